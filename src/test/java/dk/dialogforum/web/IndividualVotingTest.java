package dk.dialogforum.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.net.TableClient;
import dk.dialogforum.testing.DotVotes;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Individual voting from personal devices: each phone at a table is a participant of its own with one ballot,
 * a table takes no more participants than the facilitator allows, and no device can stuff the count.
 */
class IndividualVotingTest {
    private static final String CODE = "314159";
    private static final byte[] SECRET = "individual voting's own secret!!".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private static void vote(Browser phone, Workshop w, int answer) {
        for (var st : w.enquete().statements()) {
            phone.find("#statement-" + st.id() + " input[value='" + answer + "']")
                    .click();
        }
        phone.click("#review");
        // Each participant votes alone: the phone says "du", not the table's "I".
        phone.sees("Tjek dine svar, før du sender");
        phone.click("#send");
        phone.sees("Din stemmeseddel er gemt hos facilitatoren");
    }

    @Test
    void twoPhonesAtATableAreTwoBallotsAndNoDeviceCanStuffTheCount() throws Exception {
        Workshop w = TestWorkshops.workshop(r -> ((ObjectNode) r.get("voting")).put("mode", "individual"));
        MeetingEngine engine = MeetingEngine.start(w, List.of(), EventStore.inMemory());
        open.add(engine);
        engine.execute(new Command.ChangePhase("open", Phase.ENQUETE, Command.PhaseAction.OPEN));
        HostServer host = new HostServer(engine, CODE, SECRET, "127.0.0.1", 0);
        open.add(host);
        host.participantCap(3);
        String address = "http://127.0.0.1:" + host.port() + "/#code=" + CODE;

        List<Browser> phones = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            Browser phone = Browser.phone();
            open.add(phone);
            phones.add(phone);
            phone.open(address);
            phone.click("#seat-bord-1");
            vote(phone, w, 4);
        }
        assertEquals(2, engine.snapshot().enqueteBallots().size(), "two phones, two ballots");
        // A participant who changes their mind replaces their own ballot.
        phones.get(0).click("#change");
        vote(phones.get(0), w, 2);
        assertEquals(2, engine.snapshot().enqueteBallots().size(), "still two: the first phone's replaced");

        // A laptop that sends ballot after ballot under its one token counts once.
        TableClient stuffer = new TableClient(
                URI.create("ws://127.0.0.1:" + host.port() + "/ws"), CODE, "bord-1", dir.resolve("stuffer"));
        open.add(stuffer);
        stuffer.start();
        Map<String, Integer> answers = new LinkedHashMap<>();
        w.enquete().statements().forEach(st -> answers.put(st.id(), 5));
        List<String> ranking =
                w.ranking().items().stream().map(Workshop.RankItem::id).toList();
        for (int i = 0; i < 5; i++) {
            stuffer.submit(new Command.SubmitEnqueteBallot("stuff-" + i, "bord-1", "ballot-" + i, ranking, answers))
                    .get(60, TimeUnit.SECONDS);
        }
        assertEquals(3, engine.snapshot().enqueteBallots().size(), "one ballot for the laptop however many it sends");
        assertEquals(Map.of("bord-1", 3), Map.of("bord-1", host.participants().get("bord-1")));

        // The table is full at three: a fourth device is told so and takes no part.
        Browser fourth = Browser.phone();
        open.add(fourth);
        fourth.open(address);
        fourth.click("#seat-bord-1");
        fourth.sees("Bordet har ikke plads til flere deltagere");
        fourth.shot("table-full");
        // Said once, where the seats are, in the colour of a problem; the line at the top says only how it is
        // connected.
        String full = fourth.find("#main .problem").getText();
        assertTrue(full.startsWith("Bordet har ikke plads til flere deltagere"), full);
        String status = fourth.find("#status").getText();
        assertFalse(status.contains("Bordet har ikke plads"), "said twice: " + status);
        assertEquals(3, host.participants().get("bord-1"));
        assertEquals(3, engine.snapshot().enqueteBallots().size());
    }

    /** A table laptop going round the table: each person it is handed to is a participant with a ballot of their own. */
    @Test
    void aLaptopGoingRoundTheTableGivesEachPersonABallot() throws Exception {
        Workshop w = TestWorkshops.workshop(r -> ((ObjectNode) r.get("voting")).put("mode", "individual"));
        MeetingEngine engine = MeetingEngine.start(w, List.of(), EventStore.inMemory());
        open.add(engine);
        engine.execute(new Command.ChangePhase("open", Phase.ENQUETE, Command.PhaseAction.OPEN));
        HostServer host = new HostServer(engine, CODE, SECRET, "127.0.0.1", 0);
        open.add(host);
        TableClient laptop = new TableClient(
                URI.create("ws://127.0.0.1:" + host.port() + "/ws"), CODE, "bord-2", dir.resolve("laptop"));
        open.add(laptop);
        laptop.start();
        Map<String, Integer> answers = new LinkedHashMap<>();
        w.enquete().statements().forEach(st -> answers.put(st.id(), 3));
        List<String> ranking =
                w.ranking().items().stream().map(Workshop.RankItem::id).toList();
        for (int person = 1; person <= 3; person++) {
            laptop.submit(new Command.SubmitEnqueteBallot("person-" + person, "bord-2", "b", ranking, answers))
                    .get(60, TimeUnit.SECONDS);
            laptop.nextParticipant();
            int had = person;
            long until = System.currentTimeMillis() + 60_000;
            while (host.participants().get("bord-2") <= had && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
        }
        assertEquals(3, engine.snapshot().enqueteBallots().size(), "three people, three ballots");
        assertEquals(4, host.participants().get("bord-2"), "and the fourth waiting for the laptop");
    }

    /** Each participant has a set of dots of their own; the table's dots are theirs together. */
    @Test
    void eachParticipantHasDotsOfTheirOwnAndTheTableHasThemAll() throws Exception {
        Workshop w = TestWorkshops.workshop(r -> ((ObjectNode) r.get("voting")).put("mode", "individual"));
        MeetingEngine engine = MeetingEngine.start(w, List.of(), EventStore.inMemory());
        open.add(engine);
        String card = DotVotes.twoQuestionsOpenForDots(engine);
        HostServer host = new HostServer(engine, CODE, SECRET, "127.0.0.1", 0);
        open.add(host);
        String address = "http://127.0.0.1:" + host.port() + "/#code=" + CODE;
        int[][] given = {{3, 0}, {1, 2}};
        List<Browser> phones = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            Browser phone = Browser.phone();
            open.add(phone);
            phones.add(phone);
            phone.open(address);
            phone.click("#seat-bord-1");
            phone.sees("Send prikkerne");
            // Each participant has the whole budget: three dots.
            for (int n = 0; n < given[p][0]; n++) {
                phone.click("button.more[aria-label='En prik mere til Hvem betaler?']");
            }
            for (int n = 0; n < given[p][1]; n++) {
                phone.click("button.more[aria-label='En prik mere til Hvem bestemmer?']");
            }
            phone.click("#sendDots");
            phone.sees("Gemt hos facilitatoren:");
        }
        Map<String, Integer> table = engine.snapshot().dots().get(card).get("bord-1");
        assertEquals(Map.of("q1", 4, "q2", 2), table, "the table's dots are both participants'");
        // The first participant changes their mind: only their own set is replaced.
        Browser first = phones.get(0);
        first.driver.navigate().refresh();
        first.sees("Send prikkerne");
        first.click("button.less[aria-label='En prik mindre til Hvem betaler?']");
        first.click("button.more[aria-label='En prik mere til Hvem bestemmer?']");
        first.click("#sendDots");
        first.until(
                "the new set at the host",
                d -> Map.of("q1", 3, "q2", 3)
                        .equals(engine.snapshot().dots().get(card).get("bord-1")));
    }
}
