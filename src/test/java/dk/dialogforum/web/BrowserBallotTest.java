package dk.dialogforum.web;

import com.sun.net.httpserver.HttpServer;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table takes part from a phone's browser, served by the facilitator's own host: nothing installed. */
class BrowserBallotTest {
    private static final String CODE = "482913";
    private static final byte[] SECRET = "a secret of the meeting, 32 bytes".getBytes(StandardCharsets.UTF_8);

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private <T extends AutoCloseable> T keep(T c) {
        open.add(c);
        return c;
    }

    /** A meeting of {@code w} with {@code phase} open (none if null), kept until the test ends. */
    private MeetingEngine meeting(Workshop w, String phase) throws Exception {
        MeetingEngine engine = keep(MeetingEngine.start(w, List.of(), EventStore.inMemory()));
        if (phase != null) {
            engine.execute(new Command.ChangePhase("open", phase, Command.PhaseAction.OPEN));
        }
        return engine;
    }

    /** What the QR code holds for a host on this machine. */
    private static String address(HostServer host) {
        return "http://127.0.0.1:" + host.port() + "/#code=" + CODE;
    }

    @Test
    void aPhoneJoinsFromTheQrAddressRanksAnswersAndTheHostHoldsExactlyThatBallot() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        MeetingEngine engine = meeting(w, Phase.ENQUETE);
        HostServer host = keep(new HostServer(engine, CODE, SECRET, "127.0.0.1", 0));
        Browser phone = keep(Browser.phone());

        phone.open(address(host));
        phone.sees("Vælg jeres bord.");
        phone.shot("seat");
        Accessibility.check(phone, "choosing the seat");
        phone.click("#seat-bord-2");
        phone.sees("Enquete");
        assertTrue(phone.page().contains("Bord 2"), "the phone says which table it is");
        List<String> wanted = new ArrayList<>(
                w.ranking().items().stream().map(Workshop.RankItem::id).toList());
        java.util.Collections.reverse(wanted);
        phone.rank(wanted);
        phone.shot("enquete-ranked");
        // On a phone a challenge's title keeps its words whole, and its description reads across the row, not in
        // a strip between the buttons.
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) ((org.openqa.selenium.JavascriptExecutor) phone.driver)
                .executeScript("return [...document.querySelectorAll('#ranking li')].map((li) => {"
                        + " const title = li.querySelector('.rank-title');"
                        + " const word = document.createElement('span');"
                        + " word.style.whiteSpace = 'nowrap';"
                        + " word.textContent = title.textContent.split(/\\s+/)"
                        + "   .reduce((a, b) => (b.length > a.length ? b : a), '');"
                        + " title.append(word);"
                        + " const longest = word.getBoundingClientRect().width;"
                        + " word.remove();"
                        + " return [title.textContent, longest <= title.getBoundingClientRect().width,"
                        + "   li.querySelector('.rank-description').getBoundingClientRect().width"
                        + "     / li.getBoundingClientRect().width]; })");
        assertEquals(w.ranking().items().size(), rows.size());
        for (List<Object> row : rows) {
            assertEquals(true, row.get(1), "a word of \"" + row.get(0) + "\" is broken");
            double share = ((Number) row.get(2)).doubleValue();
            assertTrue(share >= 0.6, "the description of \"" + row.get(0) + "\" has " + share + " of its row");
        }
        Map<String, Integer> answers =
                Map.of("kapacitet", 5, "inddragelse", 4, "taettere-2021", 0, "kvalitet", 1, "egen-tilbudsvifte", 3);
        for (var st : w.enquete().statements()) {
            Integer value = answers.get(st.id());
            if (value != null) {
                phone.find("#statement-" + st.id() + " input[value='" + value + "']")
                        .click();
            }
        }
        phone.shot("enquete-answered");
        Accessibility.check(phone, "the enquete");
        phone.click("#review");
        phone.sees("Tjek jeres svar, før I sender");
        Accessibility.check(phone, "the review");
        phone.click("#send");
        phone.sees("Jeres stemmeseddel er gemt hos facilitatoren");
        phone.shot("enquete-receipt");
        Accessibility.check(phone, "the receipt");

        Snapshot s = engine.snapshot();
        assertEquals(1, s.enqueteBallots().size());
        Snapshot.Ballot ballot = s.enqueteBallots().get(0);
        assertEquals("bord-2", ballot.tableId());
        assertEquals(wanted, ballot.ranking());
        Map<String, Integer> expected = new java.util.HashMap<>();
        w.enquete().statements().forEach(st -> {
            if (answers.containsKey(st.id())) {
                expected.put(st.id(), answers.get(st.id()));
            }
        });
        assertEquals(expected, ballot.answers());
    }

    @Test
    void aTablesTextIsShownAsTextNeverRunAsAScript() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        MeetingEngine engine = meeting(w, Phase.card(w.cards().get(0).id()));
        HostServer host = keep(new HostServer(engine, CODE, SECRET, "127.0.0.1", 0));
        Browser phone = keep(Browser.phone());
        phone.open(address(host));
        phone.click("#seat-bord-1");
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        phone.find("#itemText").sendKeys(hostile);
        phone.click("#addItem");
        phone.until("the item at the host", d -> engine.snapshot().items().size() == 1);
        assertEquals(hostile, engine.snapshot().items().get(0).text());
        phone.until(
                "the item listed as the table wrote it",
                d -> d.findElement(By.id("mine")).getText().contains(hostile));
        assertThrows(
                NoAlertPresentException.class, () -> phone.driver.switchTo().alert());
        phone.shot("card-item");
        Accessibility.check(phone, "a card with an item");
    }

    /**
     * A page from another origin on the same network cannot open the meeting's socket from a visitor's browser;
     * the host's own page can (the tests above).
     */
    @Test
    void aPageFromAnotherOriginCannotOpenTheMeetingsSocket() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        MeetingEngine engine = meeting(w, null);
        HostServer host = keep(new HostServer(engine, CODE, SECRET, "127.0.0.1", 0));
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String page = "<!doctype html><title>waiting</title><script>"
                + "const s = new WebSocket('ws://127.0.0.1:" + host.port() + "/ws');"
                + "s.onmessage = () => { document.title = 'heard the meeting'; };"
                + "s.onerror = () => { document.title = 'refused'; };"
                + "</script>";
        other.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        other.start();
        keep(() -> other.stop(0));
        Browser visitor = keep(Browser.laptop());
        visitor.open("http://127.0.0.1:" + other.getAddress().getPort() + "/");
        String title = visitor.until("the socket's answer", d -> d.getTitle().equals("waiting") ? null : d.getTitle());
        assertEquals("refused", title);
    }

    /**
     * Entries are never lost or doubled in a browser: a reload in the middle of writing keeps the words and the
     * seat; items written while the host is down wait in the browser, which says so, and arrive once each when
     * it is back on its address.
     */
    @Test
    void entriesWrittenWhileTheHostIsDownArriveOnceWhenItIsBack(@TempDir Path dir) throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        MeetingEngine engine = meeting(w, Phase.card(w.cards().get(0).id()));
        Path seats = dir.resolve("seats");
        HostServer first = new HostServer(engine, CODE, SECRET, "127.0.0.1", 0, seats);
        int port = first.port();
        Browser phone = keep(Browser.phone());
        phone.open(address(first));
        phone.click("#seat-bord-3");
        phone.find("#itemText").sendKeys("Før");
        phone.click("#addItem");
        phone.until("the first item at the host", d -> engine.snapshot().items().size() == 1);

        phone.find("#itemText").sendKeys("Halvt skrevet");
        phone.driver.navigate().refresh();
        phone.until(
                "the words kept over a reload",
                d -> "Halvt skrevet".equals(d.findElement(By.id("itemText")).getDomProperty("value")));
        assertTrue(phone.page().contains("Bord 3"), "still at its table");
        phone.find("#itemText").clear();

        first.close();
        phone.sees("genopretter forbindelsen");
        for (String text : List.of("Under nedbrud 1", "Under nedbrud 2")) {
            phone.find("#itemText").sendKeys(text);
            phone.click("#addItem");
        }
        phone.sees("2 venter på at blive sendt");
        phone.sees("Ligger klar på denne computer");
        phone.shot("held-while-down");
        assertEquals(1, engine.snapshot().items().size());

        keep(new HostServer(engine, CODE, SECRET, "127.0.0.1", port, seats));
        phone.until("both items at the host", d -> engine.snapshot().items().size() == 3);
        phone.until(
                "nothing waiting",
                d -> !d.findElement(By.id("status")).getText().contains("venter"));
        List<String> texts = engine.snapshot().items().stream()
                .map(Snapshot.Item::text)
                .sorted()
                .toList();
        assertEquals(List.of("Før", "Under nedbrud 1", "Under nedbrud 2"), texts, "each once");
        phone.until(
                "listed as the host has them",
                d -> d.findElement(By.id("mine")).getText().contains("Under nedbrud 2"));
    }

    /** On a laptop's browser the rows are dragged into place, and the page speaks English at a click. */
    @Test
    void onALaptopRowsAreDraggedIntoPlaceAndThePageSpeaksEnglish() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        MeetingEngine engine = meeting(w, Phase.ENQUETE);
        HostServer host = keep(new HostServer(engine, CODE, SECRET, "127.0.0.1", 0));
        Browser laptop = keep(Browser.laptop());
        laptop.open(address(host));
        laptop.sees("Vælg jeres bord.");
        laptop.click("#language");
        laptop.sees("Choose your table.");
        laptop.click("#seat-bord-4");
        laptop.sees("Survey");
        List<WebElement> rows = laptop.driver.findElements(By.cssSelector("#ranking li"));
        String second = rows.get(1).getAttribute("data-item");
        WebElement handle = rows.get(1).findElement(By.cssSelector(".handle"));
        new Actions(laptop.driver)
                .moveToElement(handle)
                .clickAndHold()
                .moveToElement(rows.get(0), 0, -rows.get(0).getSize().getHeight() / 2 + 2)
                .release()
                .perform();
        laptop.until(
                "the dragged row first",
                d -> second.equals(
                        d.findElements(By.cssSelector("#ranking li")).get(0).getAttribute("data-item")));
        laptop.shot("laptop-enquete");
        Accessibility.check(laptop, "the enquete on a laptop, in English");
    }

    /**
     * A table edits and withdraws its own item and sees what the facilitator did to another; then it sends its
     * live-ranking ballot.
     */
    @Test
    void aTableEditsAndWithdrawsItsItemsSeesTheFacilitatorsHandAndRanksLive() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        String card = w.cards().get(0).id();
        MeetingEngine engine = meeting(w, Phase.card(card));
        HostServer host = keep(new HostServer(engine, CODE, SECRET, "127.0.0.1", 0));
        Browser phone = keep(Browser.phone());
        phone.open(address(host));
        phone.click("#seat-bord-5");
        for (String text : List.of("Første tanke", "Anden tanke")) {
            phone.find("#itemText").sendKeys(text);
            phone.click("#addItem");
        }
        phone.until("both at the host", d -> engine.snapshot().items().size() == 2);
        String first = engine.snapshot().items().stream()
                .filter(i -> i.text().equals("Første tanke"))
                .findFirst()
                .orElseThrow()
                .id();
        String second = engine.snapshot().items().stream()
                .filter(i -> i.text().equals("Anden tanke"))
                .findFirst()
                .orElseThrow()
                .id();

        phone.click("li[data-item='" + first + "'] button.edit");
        WebElement area = phone.find("li[data-item='" + first + "'] textarea");
        area.clear();
        area.sendKeys("Første tanke, skarpere");
        phone.click("li[data-item='" + first + "'] button.primary");
        phone.until(
                "the edit at the host",
                d -> engine.snapshot().item(first).orElseThrow().text().equals("Første tanke, skarpere"));

        phone.click("li[data-item='" + second + "'] button.withdraw");
        phone.click("li[data-item='" + second + "'] button.danger");
        phone.until(
                "withdrawn at the host",
                d -> !engine.snapshot().item(second).orElseThrow().visible());
        phone.until(
                "gone from the table's list",
                d -> !d.findElement(By.id("mine")).getText().contains("Anden tanke"));

        engine.execute(new Command.HighlightItem("hl", first, true));
        phone.sees("Fremhævet af facilitatoren");
        engine.execute(new Command.ChangePhase("close", Phase.card(card), Command.PhaseAction.CLOSE));
        engine.execute(new Command.ChangePhase("live", Phase.RANKING, Command.PhaseAction.OPEN));
        phone.sees("Løbende rangordning");
        List<String> wanted =
                w.ranking().items().stream().map(Workshop.RankItem::id).toList();
        phone.rank(wanted);
        phone.click("#review");
        phone.click("#send");
        phone.sees("Jeres stemmeseddel er gemt hos facilitatoren");
        assertEquals(wanted, engine.snapshot().rankingBallots().get(0).ranking());
    }
}
