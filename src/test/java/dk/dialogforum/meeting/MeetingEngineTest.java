package dk.dialogforum.meeting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Command.AddItem;
import dk.dialogforum.meeting.Command.CastDots;
import dk.dialogforum.meeting.Command.ChangePhase;
import dk.dialogforum.meeting.Command.EditItem;
import dk.dialogforum.meeting.Command.HideItem;
import dk.dialogforum.meeting.Command.HighlightItem;
import dk.dialogforum.meeting.Command.MergeItems;
import dk.dialogforum.meeting.Command.ModerateText;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Command.SubmitEnqueteBallot;
import dk.dialogforum.meeting.Command.SubmitRankingBallot;
import dk.dialogforum.meeting.Command.WithdrawItem;
import dk.dialogforum.meeting.Rejection.Code;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingEngineTest {
    private static final String CARD = "klyngesamarbejde";
    private final TestMeeting m = TestMeeting.builtIn();

    @AfterEach
    void close() {
        m.close();
    }

    private List<String> seedOrder() {
        return m.itemIds();
    }

    @Test
    void theMinutesFactsAndNotesAreKeptWhileTheMeetingRunsAndAfterItsEnd() {
        m.ok(new Command.SetMeetingFacts("f1", "2026-12-04", "13.00–16.00", "Sorø", "Anne", "Bo", "KL, Region"));
        m.ok(new Command.SetNote("n1", Phase.ENQUETE, "Salen undrede sig over udsagn 3."));
        m.ok(new Command.CloseMeeting("end"));
        // The secretariat finishes the minutes after the end.
        m.ok(new Command.SetNote("n2", Phase.card(CARD), "Bord 2 vil vide mere om økonomien."));
        m.ok(new Command.SetNote("n3", Phase.ENQUETE, "Salen undrede sig over udsagn 3 og 5."));
        m.ok(new Command.SetMeetingFacts("f2", "2026-12-04", "13.00–16.00", "Sorø", "Anne", "Bo", "KL, Region, DH"));
        Snapshot s = m.snap();
        assertEquals(
                new Snapshot.Facts("2026-12-04", "13.00–16.00", "Sorø", "Anne", "Bo", "KL, Region, DH"),
                s.minutes().facts());
        assertEquals("Salen undrede sig over udsagn 3 og 5.", s.minutes().note(Phase.ENQUETE));
        assertEquals("Bord 2 vil vide mere om økonomien.", s.minutes().note(Phase.card(CARD)));
        assertEquals(s, MeetingState.replay(m.workshop(), m.engine().events()).snapshot(), "replayed the same");
        // What they may not be: a date that is none, a step the workshop lacks; tables' entries stay closed.
        assertEquals(
                Code.DATE_INVALID,
                m.run(new Command.SetMeetingFacts("f3", "4/12", "", "", "", "", ""))
                        .rejection()
                        .code());
        assertEquals(
                "»4/12« er ikke en dato. Skriv den som år-måned-dag, fx 2026-12-04.",
                m.run(new Command.SetMeetingFacts("f4", "4/12", "", "", "", "", ""))
                        .rejection()
                        .message(Texts.DANISH));
        assertEquals(
                Code.UNKNOWN_PHASE,
                m.run(new Command.SetNote("n4", "card:none", "x")).rejection().code());
        assertEquals(
                Code.MEETING_CLOSED,
                m.run(new AddItem("late", "bord-1", CARD, "fordele", "For sent"))
                        .rejection()
                        .code());
    }

    @Test
    void replayingTheLogTwiceGivesEqualStates() {
        runSomeMeeting();
        List<Event> log = m.engine().events();
        Snapshot once = MeetingState.replay(m.workshop(), log).snapshot();
        Snapshot twice = MeetingState.replay(m.workshop(), log).snapshot();
        assertEquals(once, twice);
        assertEquals(m.snap(), once);
        assertEquals(log.size(), once.seq());
    }

    private void runSomeMeeting() {
        m.open(Phase.ENQUETE);
        m.enquete("bord-1", seedOrder(), 4);
        List<String> reversed = new ArrayList<>(seedOrder());
        Collections.reverse(reversed);
        m.enquete("bord-2", reversed, 2);
        m.open(Phase.card(CARD));
        String a = m.add("bord-1", CARD, "spoergsmaal", "Hvem betaler?");
        String b = m.add("bord-2", CARD, "spoergsmaal", "Hvem skal betale?");
        m.ok(new MergeItems(m.nextId(), a, List.of(b)));
        m.ok(new HighlightItem(m.nextId(), a, true));
        m.open(Phase.dots(CARD));
        m.ok(new CastDots(m.nextId(), "bord-3", CARD, Map.of(a, 2)));
    }

    @Test
    void aRepeatedCommandIdIsAcknowledgedAgainAndAppliedOnce() {
        m.open(Phase.card(CARD));
        AddItem add = new AddItem("tablet-7-0001", "bord-1", CARD, "fordele", "Flere valgmuligheder");
        Outcome first = m.run(add);
        Outcome again = m.run(add);
        Outcome changed = m.run(new AddItem("tablet-7-0001", "bord-1", CARD, "fordele", "Something else"));
        assertEquals(Outcome.Status.ACCEPTED, first.status());
        assertEquals(Outcome.Status.DUPLICATE, again.status());
        assertEquals(first.seq(), again.seq());
        // Another command under a used id is not taken for the first: it is refused, and says why.
        assertEquals(Outcome.Status.REJECTED, changed.status());
        assertEquals(Code.DUPLICATE_ID_CONFLICT, changed.rejection().code());
        assertEquals(
                "Kommando-id'et er allerede brugt til en anden indsendelse.",
                changed.rejection().message(Texts.DANISH));
        assertEquals(1, m.snap().items().size());
        assertEquals("Flere valgmuligheder", m.snap().items().get(0).text());
    }

    @Test
    void duplicatesInOneBatchAreAppliedOnce() {
        m.open(Phase.ENQUETE);
        SubmitEnqueteBallot ballot = new SubmitEnqueteBallot("same", "bord-1", null, seedOrder(), answers(5));
        List<CompletableFuture<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            futures.add(m.engine().submit(ballot));
        }
        long accepted = futures.stream()
                .map(CompletableFuture::join)
                .filter(o -> o.status() == Outcome.Status.ACCEPTED)
                .count();
        assertEquals(1, accepted);
        assertEquals(1, m.snap().enqueteBallots().get(0).version());
    }

    /** Two different ballots under one id, however close together they come: the first counts, the other is refused. */
    @Test
    void aSecondBallotUnderTheSameIdIsRefusedInTheSameBatchToo() {
        m.open(Phase.ENQUETE);
        List<CompletableFuture<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(m.engine()
                    .submit(new SubmitEnqueteBallot("one-id", "bord-1", null, seedOrder(), answers(1 + i % 2))));
        }
        List<Outcome> outcomes = futures.stream().map(CompletableFuture::join).toList();
        int firstAnswer =
                m.snap().enqueteBallots().get(0).answers().values().iterator().next();
        for (int i = 0; i < outcomes.size(); i++) {
            boolean same = 1 + i % 2 == firstAnswer;
            Outcome o = outcomes.get(i);
            assertEquals(same, o.isAcknowledged(), "ballot " + i + ": " + o);
            if (!same) {
                assertEquals(Code.DUPLICATE_ID_CONFLICT, o.rejection().code());
            }
        }
        assertEquals(1, m.snap().enqueteBallots().size());
    }

    private Map<String, Integer> answers(int value) {
        Map<String, Integer> a = new LinkedHashMap<>();
        m.workshop().enquete().statements().forEach(s -> a.put(s.id(), value));
        return a;
    }

    /** Submits a command that must be rejected with {@code code}, and checks that nothing changed. */
    private void rejected(Command command, Code code) {
        Snapshot before = m.snap();
        Outcome o = m.run(command);
        assertEquals(Outcome.Status.REJECTED, o.status(), () -> "accepted: " + command);
        assertEquals(code, o.rejection().code(), () -> o.rejection().toString());
        assertFalse(o.rejection().message(Texts.DANISH).startsWith("!"), "Danish message missing");
        assertEquals(before, m.snap());
    }

    @Test
    void invalidCommandsAreRejectedWithTheirReasonAndChangeNothing() {
        rejected(new SubmitEnqueteBallot(m.nextId(), "bord-1", null, seedOrder(), answers(3)), Code.PHASE_NOT_OPEN);
        m.open(Phase.ENQUETE);
        rejected(new SubmitEnqueteBallot(m.nextId(), "bord-99", null, seedOrder(), answers(3)), Code.UNKNOWN_TABLE);
        rejected(
                new SubmitEnqueteBallot(m.nextId(), "bord-1", null, seedOrder().subList(0, 4), answers(3)),
                Code.NOT_A_PERMUTATION);
        List<String> twice = new ArrayList<>(seedOrder());
        twice.set(4, twice.get(0));
        rejected(new SubmitEnqueteBallot(m.nextId(), "bord-1", null, twice, answers(3)), Code.NOT_A_PERMUTATION);
        List<String> unknown = new ArrayList<>(seedOrder());
        unknown.set(4, "kaffe");
        rejected(new SubmitEnqueteBallot(m.nextId(), "bord-1", null, unknown, answers(3)), Code.NOT_A_PERMUTATION);
        Map<String, Integer> missing = answers(3);
        missing.remove("kvalitet");
        rejected(new SubmitEnqueteBallot(m.nextId(), "bord-1", null, seedOrder(), missing), Code.MISSING_ANSWER);
        rejected(
                new SubmitEnqueteBallot(m.nextId(), "bord-1", null, seedOrder(), answers(6)), Code.ANSWER_OUT_OF_SCALE);
        rejected(
                new SubmitEnqueteBallot(m.nextId(), "bord-1", null, seedOrder(), answers(-1)),
                Code.ANSWER_OUT_OF_SCALE);
        Map<String, Integer> extra = answers(3);
        extra.put("udsagn-x", 3);
        rejected(new SubmitEnqueteBallot(m.nextId(), "bord-1", null, seedOrder(), extra), Code.UNKNOWN_STATEMENT);
        rejected(new SubmitRankingBallot(m.nextId(), "bord-1", null, seedOrder()), Code.PHASE_NOT_OPEN);
        rejected(new ChangePhase(m.nextId(), "lunch", PhaseAction.OPEN), Code.UNKNOWN_PHASE);
        rejected(new ChangePhase(m.nextId(), Phase.ENQUETE, PhaseAction.OPEN), Code.PHASE_STATE);
        rejected(new ChangePhase(m.nextId(), Phase.RANKING, PhaseAction.CLOSE), Code.PHASE_STATE);
        rejected(new ChangePhase(m.nextId(), Phase.WELCOME, PhaseAction.OPEN), Code.PHASE_STATE);
        rejected(new ChangePhase(m.nextId(), Phase.RANKING, PhaseAction.REVEAL), Code.PHASE_STATE);

        rejected(new AddItem(m.nextId(), "bord-1", CARD, "fordele", "Tekst"), Code.PHASE_NOT_OPEN);
        m.open(Phase.card(CARD));
        rejected(new AddItem(m.nextId(), "bord-1", "kort-x", "fordele", "Tekst"), Code.UNKNOWN_CARD);
        rejected(new AddItem(m.nextId(), "bord-1", CARD, "felt-x", "Tekst"), Code.UNKNOWN_FIELD);
        rejected(new AddItem(m.nextId(), "bord-1", CARD, "fordele", " \n\t "), Code.TEXT_EMPTY);
        rejected(new AddItem(m.nextId(), "bord-1", CARD, "fordele", "æ".repeat(1001)), Code.TEXT_TOO_LONG);
        rejected(new AddItem(m.nextId(), "bord-1", CARD, "fordele", "broken \uD83D surrogate"), Code.TEXT_INVALID);
        rejected(new AddItem(m.nextId(), "bord-1", CARD, "fordele", "bell \u0007"), Code.TEXT_INVALID);
        rejected(new AddItem("", "bord-1", CARD, "fordele", "Tekst"), Code.BAD_COMMAND_ID);
        rejected(new AddItem(null, "bord-1", CARD, "fordele", "Tekst"), Code.BAD_COMMAND_ID);
        rejected(new AddItem("x".repeat(101), "bord-1", CARD, "fordele", "Tekst"), Code.BAD_COMMAND_ID);

        String own = m.add("bord-1", CARD, "fordele", "Fælles drift");
        String other = m.add("bord-2", CARD, "ulemper", "Lange afstande");
        rejected(new EditItem(m.nextId(), "bord-2", own, "Overtaget"), Code.NOT_OWN_ITEM);
        rejected(new WithdrawItem(m.nextId(), "bord-2", own), Code.NOT_OWN_ITEM);
        rejected(new EditItem(m.nextId(), "bord-1", "ukendt", "x"), Code.UNKNOWN_ITEM);
        rejected(new MergeItems(m.nextId(), own, List.of(other)), Code.BAD_MERGE);
        rejected(new MergeItems(m.nextId(), own, List.of(own)), Code.BAD_MERGE);
        rejected(new MergeItems(m.nextId(), own, List.of()), Code.BAD_MERGE);
        m.ok(new WithdrawItem(m.nextId(), "bord-1", own));
        rejected(new EditItem(m.nextId(), "bord-1", own, "Igen"), Code.ITEM_WITHDRAWN);
        rejected(new ModerateText(m.nextId(), own, "Igen"), Code.ITEM_WITHDRAWN);

        String q = m.add("bord-3", CARD, "spoergsmaal", "Hvad koster det?");
        rejected(new CastDots(m.nextId(), "bord-1", CARD, Map.of(q, 1)), Code.PHASE_NOT_OPEN);
        m.open(Phase.dots(CARD));
        rejected(new CastDots(m.nextId(), "bord-1", CARD, Map.of(q, 4)), Code.TOO_MANY_DOTS);
        rejected(new CastDots(m.nextId(), "bord-1", CARD, Map.of(other, 1)), Code.NO_DOT_FIELD);
        rejected(new CastDots(m.nextId(), "bord-1", CARD, Map.of(q, -1)), Code.NO_DOT_FIELD);
        rejected(new CastDots(m.nextId(), "bord-1", CARD, Map.of(q, Integer.MAX_VALUE)), Code.TOO_MANY_DOTS);

        m.ok(new Command.CloseMeeting(m.nextId()));
        rejected(new ChangePhase(m.nextId(), Phase.RANKING, PhaseAction.OPEN), Code.MEETING_CLOSED);
    }

    @Test
    void textIsKeptExactlyAsTyped() {
        m.open(Phase.card(CARD));
        String text = "  Æbler, øl og ål 🍎 — שלום, مرحبا, 你好\n<b>ikke fed</b> & \"citat\" =1+1  ";
        String id = m.add("bord-4", CARD, "fordele", text);
        assertEquals(text, m.snap().item(id).orElseThrow().text());
        String longest = "ø".repeat(1000);
        String longId = m.add("bord-4", CARD, "fordele", longest);
        assertEquals(longest, m.snap().item(longId).orElseThrow().text());
    }

    @Test
    void aNewTableBallotReplacesTheOldOne() {
        m.open(Phase.ENQUETE);
        m.enquete("bord-1", seedOrder(), 1);
        List<String> reversed = new ArrayList<>(seedOrder());
        Collections.reverse(reversed);
        m.enquete("bord-1", reversed, 5);
        m.enquete("bord-2", seedOrder(), 3);
        List<Snapshot.Ballot> ballots = m.snap().enqueteBallots();
        assertEquals(2, ballots.size());
        assertEquals(reversed, ballots.get(0).ranking());
        assertEquals(2, ballots.get(0).version());
        assertEquals(5, ballots.get(0).answers().get("kvalitet"));
    }

    @Test
    void individualBallotsCountOnePerParticipant() {
        try (TestMeeting individual =
                TestMeeting.of(TestWorkshops.workshop(r -> ((ObjectNode) r.get("voting")).put("mode", "individual")))) {
            individual.open(Phase.RANKING);
            List<String> order = individual.itemIds();
            individual.ok(new SubmitRankingBallot("a1", "bord-1", "deltager-1", order));
            individual.ok(new SubmitRankingBallot("a2", "bord-1", "deltager-2", order));
            individual.ok(new SubmitRankingBallot("a3", "bord-1", "deltager-1", order));
            assertEquals(
                    Code.BAD_BALLOT_ID,
                    individual
                            .run(new SubmitRankingBallot("a4", "bord-1", null, order))
                            .rejection()
                            .code());
            assertEquals(2, individual.snap().rankingBallots().size());
            assertEquals(2, individual.snap().rankingBallots().get(0).version());
        }
    }

    @Test
    void moderationHidesMergesHighlightsAndRewordsWithoutLosingTheTablesText() {
        m.open(Phase.card(CARD));
        String a = m.add("bord-1", CARD, "spoergsmaal", "Hvem betaler?");
        String b = m.add("bord-2", CARD, "spoergsmaal", "Hvem skal betale");
        String c = m.add("bord-3", CARD, "spoergsmaal", "Betaling?");
        String d = m.add("bord-4", CARD, "spoergsmaal", "Noget upassende");
        m.ok(new MergeItems(m.nextId(), b, List.of(c)));
        m.ok(new MergeItems(m.nextId(), a, List.of(b)));
        m.ok(new HideItem(m.nextId(), d, true));
        m.ok(new HighlightItem(m.nextId(), a, true));
        m.ok(new ModerateText(m.nextId(), a, "Hvem betaler for klyngen?"));
        Snapshot s = m.snap();
        Snapshot.Item target = s.item(a).orElseThrow();
        assertEquals(List.of(b, c), target.mergedSources());
        assertEquals("Hvem betaler for klyngen?", target.text());
        assertEquals("Hvem betaler?", target.tableText());
        assertTrue(target.moderated());
        assertTrue(target.highlighted());
        assertEquals(a, s.item(b).orElseThrow().mergedInto());
        assertEquals(a, s.item(c).orElseThrow().mergedInto());
        assertTrue(s.item(b).orElseThrow().mergedSources().isEmpty());
        assertFalse(s.item(d).orElseThrow().visible());
        assertNull(target.mergedInto());
        assertEquals(
                Code.ITEM_MERGED,
                m.run(new MergeItems(m.nextId(), b, List.of(d))).rejection().code());
    }

    @Test
    void subscribersAreToldOfEveryAppliedEventUntilTheyUnsubscribe() {
        List<Applied> seen = new CopyOnWriteArrayList<>();
        Runnable stop = m.engine().subscribe(seen::addAll);
        m.open(Phase.ENQUETE);
        m.enquete("bord-1", seedOrder(), 4);
        m.run(new SubmitEnqueteBallot(m.nextId(), "bord-x", null, seedOrder(), answers(4)));
        stop.run();
        m.phase(Phase.ENQUETE, PhaseAction.CLOSE);
        assertEquals(2, seen.size());
        assertTrue(seen.get(0).event() instanceof Event.PhaseChanged);
        assertTrue(seen.get(1).event() instanceof Event.EnqueteBallotSubmitted);
        assertEquals(List.of(2L, 3L), seen.stream().map(Applied::seq).toList());
    }

    @Test
    void phasesOpenCloseRevealAndTrackTheCurrentOne() {
        m.phase(Phase.WELCOME, PhaseAction.SHOW);
        assertEquals(Phase.WELCOME, m.snap().currentPhase());
        m.open(Phase.ENQUETE);
        m.phase(Phase.ENQUETE, PhaseAction.CLOSE);
        m.phase(Phase.ENQUETE, PhaseAction.REVEAL);
        Snapshot.PhaseStatus st = m.snap().phase(Phase.ENQUETE);
        assertTrue(st.closed());
        assertTrue(st.revealed());
        assertEquals(Phase.ENQUETE, m.snap().currentPhase());
        m.open(Phase.ENQUETE);
        assertTrue(m.snap().phase(Phase.ENQUETE).open());
        assertFalse(m.snap().phase(Phase.RANKING).everOpened());
    }

    @Test
    void aFailedJournalWriteRejectsTheCommandAndKeepsTheState() throws IOException {
        boolean[] broken = {false};
        EventStore store = new EventStore() {
            @Override
            public void append(List<Event> events) throws IOException {
                if (broken[0]) {
                    throw new IOException("disk full");
                }
            }

            @Override
            public void close() {}
        };
        Workshop w = m.workshop();
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), store)) {
            assertEquals(
                    Outcome.Status.ACCEPTED,
                    engine.execute(new ChangePhase("p1", Phase.ENQUETE, PhaseAction.OPEN))
                            .status());
            Snapshot before = engine.snapshot();
            broken[0] = true;
            Outcome o = engine.execute(new SubmitEnqueteBallot("b1", "bord-1", null, seedOrder(), answers(3)));
            assertEquals(Code.JOURNAL_FAILED, o.rejection().code());
            assertEquals(before, engine.snapshot());
            assertEquals(2, engine.events().size());
            assertTrue(engine.failed());
        }
    }
}
