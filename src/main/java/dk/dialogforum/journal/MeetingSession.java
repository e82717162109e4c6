package dk.dialogforum.journal;

import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.workshop.Workshop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/** An open meeting: its engine writing to its journal, and, if it was recovered, what recovery found. */
public final class MeetingSession implements AutoCloseable {
    /** The share of resuming that reading the journal takes (measured: about 280 of 380 ms for 100k events). */
    private static final double READ_SHARE = 0.7;

    private final MeetingEngine engine;
    private final Path journalFile;
    private final Recovery recovery;

    private MeetingSession(MeetingEngine engine, Journal journal, Recovery recovery) {
        this(engine, journal.file(), recovery);
    }

    private MeetingSession(MeetingEngine engine, Path journalFile, Recovery recovery) {
        this.engine = engine;
        this.journalFile = journalFile;
        this.recovery = recovery;
    }

    /**
     * A meeting whose engine already writes somewhere of its own (its store closes with it), shown as
     * journalled in {@code journalFile}: for whoever puts something between an engine and its journal.
     */
    public static MeetingSession of(MeetingEngine engine, Path journalFile) {
        return new MeetingSession(engine, journalFile, null);
    }

    /** A new meeting on {@code workshop}, journalled in {@code journals}. */
    public static MeetingSession start(Workshop workshop, Journals journals) throws IOException {
        Journal journal = Journal.create(journals.newJournalFile(), workshop);
        return new MeetingSession(startEngine(workshop, List.of(), journal), journal, null);
    }

    /** Continues an unfinished meeting from its journal, after a crash or a normal stop. */
    public static MeetingSession resume(Path journalFile) throws IOException, JournalException {
        return resume(journalFile, fraction -> {});
    }

    /**
     * {@link #resume(Path)}, telling {@code progress} how far it has come: a fraction of the whole (reading
     * the journal, then folding its events into the meeting), rising, from any thread, now and then; 1 at the end.
     */
    public static MeetingSession resume(Path journalFile, DoubleConsumer progress)
            throws IOException, JournalException {
        Journal.Opened opened = Journal.open(journalFile, f -> progress.accept(READ_SHARE * f));
        Recovery r = opened.recovery();
        try {
            MeetingEngine engine = MeetingEngine.start(
                    r.workshop(),
                    r.events(),
                    opened.journal(),
                    System::currentTimeMillis,
                    f -> progress.accept(READ_SHARE + (1 - READ_SHARE) * f));
            return new MeetingSession(engine, opened.journal(), r);
        } catch (IllegalStateException e) {
            opened.journal().close();
            throw new JournalException(
                    "journal.error.replay", String.valueOf(journalFile.getFileName()), e.getMessage());
        }
    }

    /** Continues a saved meeting file in a new journal. */
    public static MeetingSession open(Path meetingFile, Journals journals) throws IOException, JournalException {
        MeetingFile file = MeetingFile.open(meetingFile);
        Journal journal = Journal.create(journals.newJournalFile(), file.workshop());
        journal.append(file.events());
        return new MeetingSession(startEngine(file.workshop(), file.events(), journal), journal, null);
    }

    private static MeetingEngine startEngine(Workshop workshop, List<Event> events, Journal journal)
            throws IOException {
        try {
            return MeetingEngine.start(workshop, events, journal);
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    public MeetingEngine engine() {
        return engine;
    }

    public Path journalFile() {
        return journalFile;
    }

    public Optional<Recovery> recovery() {
        return Optional.ofNullable(recovery);
    }

    /** Save / Save as: the whole meeting in one file, written atomically. */
    public void saveAs(Path target) throws IOException {
        new MeetingFile(engine.workshop(), engine.events()).save(target);
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
