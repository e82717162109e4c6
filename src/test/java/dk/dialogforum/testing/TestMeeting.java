package dk.dialogforum.testing;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A meeting in memory with short ways to send commands, for tests. Clock: 1000, 2000, 3000 … ms. */
public final class TestMeeting implements AutoCloseable {
    private final MeetingEngine engine;
    private int counter;

    private TestMeeting(MeetingEngine engine) {
        this.engine = engine;
    }

    public static TestMeeting of(Workshop workshop) {
        AtomicLong clock = new AtomicLong();
        try {
            return new TestMeeting(
                    MeetingEngine.start(workshop, List.of(), EventStore.inMemory(), () -> clock.addAndGet(1000)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestMeeting builtIn() {
        return of(WorkshopLoader.builtIn());
    }

    public MeetingEngine engine() {
        return engine;
    }

    public Workshop workshop() {
        return engine.workshop();
    }

    public Snapshot snap() {
        return engine.snapshot();
    }

    public String nextId() {
        return "cmd-" + (++counter);
    }

    public Outcome run(Command c) {
        return engine.execute(c);
    }

    /** Runs a command that must be accepted. */
    public Outcome ok(Command c) {
        Outcome o = engine.execute(c);
        if (o.status() != Outcome.Status.ACCEPTED) {
            throw new AssertionError("not accepted: " + c + " → " + o);
        }
        return o;
    }

    public Outcome phase(String phase, PhaseAction action) {
        return ok(new Command.ChangePhase(nextId(), phase, action));
    }

    public Outcome open(String phase) {
        return phase(phase, PhaseAction.OPEN);
    }

    public Outcome enquete(String table, List<String> ranking, Map<String, Integer> answers) {
        return ok(new Command.SubmitEnqueteBallot(nextId(), table, null, ranking, answers));
    }

    /** An enquete ballot in which every statement gets {@code answer}. */
    public Outcome enquete(String table, List<String> ranking, int answer) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        workshop().enquete().statements().forEach(s -> answers.put(s.id(), answer));
        return enquete(table, ranking, answers);
    }

    public Outcome ranking(String table, List<String> ranking) {
        return ok(new Command.SubmitRankingBallot(nextId(), table, null, ranking));
    }

    /** Adds an item and returns its id. */
    public String add(String table, String card, String field, String text) {
        return ok(new Command.AddItem(nextId(), table, card, field, text)).commandId();
    }

    public List<String> itemIds() {
        return workshop().ranking().items().stream().map(Workshop.RankItem::id).toList();
    }

    @Override
    public void close() {
        try {
            engine.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
