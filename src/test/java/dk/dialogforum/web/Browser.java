package dk.dialogforum.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real browser for the ballot's tests: Debian's chromium, headless, driven by Debian's chromedriver, both
 * given by path so nothing is downloaded. Each browser has its own empty profile (its own storage), as a
 * phone of its own would. Where the machine has no chromium the tests are left out, unless
 * {@code DIALOGFORUM_REQUIRE_BROWSER} is set (as the CI run sets it): then its absence fails them.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DIALOGFORUM_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER =
            Path.of(System.getenv().getOrDefault("DIALOGFORUM_CHROMEDRIVER", "/usr/bin/chromedriver"));

    final WebDriver driver;
    private final Path profile;

    private Browser(int width, int height) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("DIALOGFORUM_REQUIRE_BROWSER") != null && !present) {
            throw new IllegalStateException(
                    "no browser at " + CHROMIUM + " and " + DRIVER + " (.ci/run installs them)");
        }
        assumeTrue(present, "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        profile = Files.createTempDirectory("dialogforum-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A phone: 360×640. */
    static Browser phone() throws Exception {
        return new Browser(360, 640);
    }

    /** A laptop: 1280×720. */
    static Browser laptop() throws Exception {
        return new Browser(1280, 720);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits, up to a minute, until {@code condition} holds; its last answer. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        // The page redraws a list when the host's state comes: an element found a moment ago may be gone.
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .withMessage("waited in vain for " + what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    WebElement find(String css) {
        return until(css, d -> {
            var found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Clicks what {@code css} finds, finding it again if the page redrew it before the click landed. */
    void click(String css) {
        until("a click on " + css, d -> {
            find(css).click();
            return true;
        });
    }

    /** Waits until the page's main part holds {@code text}. */
    void sees(String text) {
        until(
                "\"" + text + "\" on the page",
                d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Puts the ballot's ranking in {@code wanted} order with the rows' ↑ buttons, as a person would. */
    void rank(java.util.List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            while (true) {
                java.util.List<WebElement> rows = driver.findElements(By.cssSelector("#ranking li"));
                int at = 0;
                while (!rows.get(at).getAttribute("data-item").equals(wanted.get(i))) {
                    at++;
                }
                if (at == i) {
                    break;
                }
                rows.get(at).findElement(By.cssSelector("button.up")).click();
            }
        }
    }

    /** The page as it looks now, in target/browser/NAME.png, to look at. */
    void shot(String name) throws Exception {
        Path dir = Path.of("target", "browser");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }
}
