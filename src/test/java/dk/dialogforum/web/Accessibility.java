package dk.dialogforum.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ballot's pages checked against WCAG 2.1 A and AA by axe-core, run in the page itself. The checker
 * comes from npm (.ci/run installs it and names it in {@code DIALOGFORUM_AXE}); the program never ships it.
 */
final class Accessibility {
    private static final Path AXE = Path.of(
            System.getenv().getOrDefault("DIALOGFORUM_AXE", "/tmp/dialogforum-axe/node_modules/axe-core/axe.min.js"));

    private Accessibility() {}

    /** Fails with every rule the page breaks now, each with the elements that break it. */
    @SuppressWarnings("unchecked")
    static void check(Browser b, String where) throws Exception {
        boolean present = Files.isRegularFile(AXE);
        if (System.getenv("DIALOGFORUM_REQUIRE_BROWSER") != null && !present) {
            throw new IllegalStateException("no axe-core at " + AXE + " (.ci/run installs it)");
        }
        assumeTrue(present, "axe-core is not installed (.ci/run installs it)");
        var js = (org.openqa.selenium.JavascriptExecutor) b.driver;
        js.executeScript(Files.readString(AXE));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
                + " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))"
                + ".catch(e => done([{id: 'axe failed', help: String(e), nodes: []}]));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        assertTrue(
                violations.isEmpty(),
                where + ": "
                        + violations.stream()
                                .map(v -> v.get("id") + " (" + v.get("help") + "): " + v.get("nodes"))
                                .collect(Collectors.joining("\n")));
    }
}
