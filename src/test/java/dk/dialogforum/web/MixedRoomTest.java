package dk.dialogforum.web;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.net.TableClient;
import dk.dialogforum.results.Cards;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.Statements;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A whole meeting with three tables in phones' browsers and one on the desktop table program: the enquete,
 * its result revealed on every screen, a vision card, its dots and the end, with the results computed by
 * hand below.
 */
class MixedRoomTest {
    private static final String CODE = "271828";
    private static final byte[] SECRET = "the mixed room's own secret, 32b".getBytes(StandardCharsets.UTF_8);
    private static final String B = "budgetsikkerhed";
    private static final String N = "ny-faglig-tilgang";
    private static final String D = "dialog";
    private static final String S = "sammenhaeng";
    private static final String T = "tilbudsvifte";

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private static void dot(Browser b, String text, int times) {
        for (int i = 0; i < times; i++) {
            b.driver
                    .findElement(By.cssSelector("button.more[aria-label='En prik mere til " + text + "']"))
                    .click();
        }
    }

    private static void phase(MeetingEngine engine, String phase, Command.PhaseAction action) {
        engine.execute(new Command.ChangePhase(phase + "-" + action + "-" + System.nanoTime(), phase, action));
    }

    private static Map<String, Integer> laptopAnswers(Workshop w) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        w.enquete().statements().forEach(st -> answers.put(st.id(), 3));
        answers.put("kapacitet", 2);
        return answers;
    }

    @Test
    void threeBrowserTablesAndADesktopTableGiveTheResultsComputedByHand() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        MeetingEngine engine = MeetingEngine.start(w, List.of(), EventStore.inMemory());
        open.add(engine);
        HostServer host = new HostServer(engine, CODE, SECRET, "127.0.0.1", 0);
        open.add(host);
        String address = "http://127.0.0.1:" + host.port() + "/#code=" + CODE;
        phase(engine, Phase.ENQUETE, Command.PhaseAction.OPEN);

        List<Browser> phones = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            Browser phone = Browser.phone();
            open.add(phone);
            phones.add(phone);
            phone.open(address);
            phone.click("#seat-bord-" + t);
        }
        TableClient laptop = new TableClient(
                URI.create("ws://127.0.0.1:" + host.port() + "/ws"), CODE, "bord-4", dir.resolve("laptop"));
        open.add(laptop);
        laptop.start();

        // The enquete: the rankings and the answers to the first statement, table by table.
        List<List<String>> rankings = List.of(List.of(B, N, D, S, T), List.of(N, B, D, T, S), List.of(D, B, N, S, T));
        int[] kapacitet = {5, 4, 4};
        for (int t = 0; t < 3; t++) {
            Browser phone = phones.get(t);
            phone.sees("Enquete");
            phone.rank(rankings.get(t));
            phone.find("#statement-kapacitet input[value='" + kapacitet[t] + "']")
                    .click();
            // Every statement needs an answer before the ballot can go.
            phone.click("#review");
            phone.sees("Mangler svar: 2, 3, 4, 5.");
            assertEquals(false, phone.find("#send").isEnabled());
            phone.click("#back");
            for (var st :
                    w.enquete().statements().subList(1, w.enquete().statements().size())) {
                phone.find("#statement-" + st.id() + " input[value='3']").click();
            }
            phone.click("#review");
            phone.click("#send");
            phone.sees("Jeres stemmeseddel er gemt hos facilitatoren");
        }
        laptop.submit(new Command.SubmitEnqueteBallot(
                        "laptop-ballot", "bord-4", null, List.of(B, N, D, S, T), laptopAnswers(w)))
                .get(60, TimeUnit.SECONDS);

        // By hand: 5 points for a first place … 1 for a last.
        // B 5+4+4+5 = 18, N 4+5+3+4 = 16, D 3+3+5+3 = 14, S 2+1+2+2 = 7, T 1+2+1+1 = 5.
        RankingResult enquete = Rankings.enquete(engine.snapshot());
        Map<String, Integer> points = new LinkedHashMap<>();
        enquete.order().forEach(s -> points.put(s.itemId(), s.borda()));
        assertEquals(Map.of(B, 18, N, 16, D, 14, S, 7, T, 5), points);
        assertEquals(List.of(B, N, D, S, T), List.copyOf(points.keySet()));
        // Agree (4 or 5) on the first statement: 3 of the 4 that answered it.
        assertEquals(
                0.75, Statements.summarise(engine.snapshot()).of("kapacitet").shareAgreeing(), 1e-9);

        phase(engine, Phase.ENQUETE, Command.PhaseAction.CLOSE);
        phase(engine, Phase.ENQUETE, Command.PhaseAction.REVEAL);
        for (Browser phone : phones) {
            phone.sees("Resultatet: Enquete");
            phone.sees("1. Budgetsikkerhed – 18 point");
            phone.sees("75 % enige");
        }
        phones.get(0).shot("mixed-revealed");
        Accessibility.check(phones.get(0), "the revealed result");
        phase(engine, Phase.ENQUETE, Command.PhaseAction.CONCEAL);

        // A vision card: each table asks a question; the desktop table too.
        String card = w.cards().get(0).id();
        phase(engine, Phase.card(card), Command.PhaseAction.OPEN);
        for (int t = 1; t <= 3; t++) {
            Browser phone = phones.get(t - 1);
            phone.click("#field-3");
            phone.find("#itemText").sendKeys("Spørgsmål fra bord " + t);
            phone.click("#addItem");
            phone.until(
                    "the question at the host",
                    d -> d.findElement(By.id("mine")).getText().contains("Spørgsmål")
                            && !d.findElement(By.id("status")).getText().contains("venter"));
        }
        laptop.submit(new Command.AddItem("laptop-q", "bord-4", card, "spoergsmaal", "Spørgsmål fra bord 4"))
                .get(60, TimeUnit.SECONDS);
        phase(engine, Phase.card(card), Command.PhaseAction.CLOSE);

        // The dots: by hand, bord 2's question 2 + 1 = 3, bord 4's 1 + 3 = 4, bord 1's 1, bord 3's none.
        phase(engine, Phase.dots(card), Command.PhaseAction.OPEN);
        int[][] given = {{0, 2, 0, 1}, {0, 0, 0, 3}, {1, 0, 0, 0}};
        for (int t = 0; t < 3; t++) {
            Browser phone = phones.get(t);
            phone.sees("Send prikkerne");
            for (int q = 0; q < 4; q++) {
                dot(phone, "Spørgsmål fra bord " + (q + 1), given[t][q]);
            }
            phone.click("#sendDots");
            phone.sees("Gemt hos facilitatoren:");
        }
        phones.get(0).shot("mixed-dots");
        Accessibility.check(phones.get(0), "the dots");
        String bord2 = engine.snapshot().items().stream()
                .filter(i -> i.text().equals("Spørgsmål fra bord 2"))
                .findFirst()
                .orElseThrow()
                .id();
        laptop.submit(new Command.CastDots("laptop-dots", "bord-4", card, Map.of(bord2, 1)))
                .get(60, TimeUnit.SECONDS);
        Map<String, Integer> tally = new LinkedHashMap<>();
        Cards.card(engine.snapshot(), card)
                .dotTally()
                .forEach(e -> tally.put(e.item().text(), e.dots()));
        assertEquals(Map.of("Spørgsmål fra bord 4", 4, "Spørgsmål fra bord 2", 3, "Spørgsmål fra bord 1", 1), tally);
        phase(engine, Phase.dots(card), Command.PhaseAction.CLOSE);

        engine.execute(new Command.CloseMeeting("end"));
        for (Browser phone : phones) {
            phone.sees("Mødet er slut. Tak for i dag!");
            phone.sees("1 stemmeseddel i enqueten");
        }
        phones.get(0).shot("mixed-ended");
        Accessibility.check(phones.get(0), "the end");
        Snapshot s = engine.snapshot();
        assertEquals(4, s.enqueteBallots().size());
        assertEquals(4, s.items().size());
    }
}
