package dk.dialogforum.journal;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {
    private static final String CARD = "31-maalgrupper";
    private final Workshop workshop = WorkshopLoader.builtIn();

    @TempDir
    Path dir;

    /** A journal with the meeting opened, the card phase opened and {@code items} items: 2 + items events. */
    private Path journalWith(int items) throws IOException {
        Path file = dir.resolve("m" + Journal.SUFFIX);
        try (MeetingEngine engine = MeetingEngine.start(workshop, List.of(), Journal.create(file, workshop))) {
            engine.execute(new Command.ChangePhase("p", Phase.card(CARD), PhaseAction.OPEN));
            for (int i = 0; i < items; i++) {
                Outcome o = engine.execute(new Command.AddItem(
                        "i" + i, "bord-" + (1 + i % 6), CARD, "fordele", "Punkt nummer " + i + " med æøå"));
                assertEquals(Outcome.Status.ACCEPTED, o.status());
            }
        }
        return file;
    }

    @Test
    void resumingABigJournalSaysHowFarItHasComeUntilItIsOpen() throws Exception {
        Path file = dir.resolve("big" + Journal.SUFFIX);
        int items = 20_000;
        try (MeetingEngine engine = MeetingEngine.start(workshop, List.of(), Journal.create(file, workshop))) {
            engine.execute(new Command.ChangePhase("p", Phase.card(CARD), PhaseAction.OPEN));
            List<CompletableFuture<Outcome>> sent = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                sent.add(engine.submit(
                        new Command.AddItem("i" + i, "bord-" + (1 + i % 6), CARD, "fordele", "Punkt " + i)));
            }
            sent.forEach(f -> assertEquals(Outcome.Status.ACCEPTED, f.join().status()));
        }
        List<Double> told = new CopyOnWriteArrayList<>();
        try (MeetingSession resumed = MeetingSession.resume(file, told::add)) {
            assertEquals(items + 2, resumed.engine().snapshot().seq());
            assertEquals(1.0, told.get(told.size() - 1), "whole once it is open");
        }
        assertTrue(told.stream().allMatch(f -> f >= 0 && f <= 1), told.toString());
        long reading = told.stream().filter(f -> f > 0 && f < 0.7).distinct().count();
        long folding = told.stream().filter(f -> f > 0.7 && f < 1).distinct().count();
        assertTrue(reading >= 4, "reading the journal is told as it goes: " + told);
        assertTrue(folding >= 4, "folding its events into the meeting is told as it goes: " + told);
    }

    @Test
    void aJournalReadsBackTheSameMeeting() throws Exception {
        Path file = journalWith(10);
        Recovery r = Journal.read(file);
        assertEquals(12, r.events().size());
        assertEquals(Recovery.Cut.NONE, r.cut());
        assertEquals(workshop, r.workshop());
        assertEquals("The meeting was recovered with 12 events.", r.message(Texts.ENGLISH));
        Snapshot s = MeetingState.replay(r.workshop(), r.events()).snapshot();
        assertEquals("Punkt nummer 9 med æøå", s.items().get(9).text());
    }

    @Test
    void aTornLastRecordIsCutAtTheLastGoodRecord() throws Exception {
        Path file = journalWith(10);
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size - 5);
        }
        Journal.Opened opened = Journal.open(file);
        Recovery r = opened.recovery();
        assertEquals(11, r.events().size());
        assertEquals(Recovery.Cut.TORN, r.cut());
        assertTrue(
                r.message(Texts.ENGLISH)
                        .startsWith("The meeting was recovered with 11 events. An unfinished last record of "),
                r.message(Texts.ENGLISH));
        assertTrue(r.message(Texts.DANISH).contains("blev udeladt"));
        // The meeting goes on: the cut tail is gone and new events follow the last good one.
        try (MeetingEngine engine = MeetingEngine.start(r.workshop(), r.events(), opened.journal())) {
            assertEquals(
                    Outcome.Status.ACCEPTED,
                    engine.execute(new Command.AddItem("i9", "bord-4", CARD, "fordele", "Igen"))
                            .status());
        }
        Recovery again = Journal.read(file);
        assertEquals(Recovery.Cut.NONE, again.cut());
        assertEquals(12, again.events().size());
        assertEquals("Igen", ((Event.ItemAdded) again.events().get(11)).text());
    }

    @Test
    void aFlippedByteInTheLastRecordLosesThatRecordAlone() throws Exception {
        Path file = journalWith(10);
        byte[] bytes = Files.readAllBytes(file);
        int lastRecord = lastRecordOffset(bytes);
        bytes[lastRecord + 20] ^= 0x01;
        Files.write(file, bytes);
        Recovery r = Journal.read(file);
        assertEquals(11, r.events().size());
        assertEquals(Recovery.Cut.DAMAGED, r.cut());
        assertEquals(
                "The meeting was recovered with 11 events. Record 12 of 12 is damaged and is left out; "
                        + "no records follow it.",
                r.message(Texts.ENGLISH));
    }

    @Test
    void aFlippedByteInTheMiddleLosesThatRecordAlone() throws Exception {
        Path file = journalWith(10);
        byte[] bytes = Files.readAllBytes(file);
        List<Integer> offsets = recordOffsets(bytes);
        bytes[offsets.get(7) + 16] ^= 0x40; // the 5th event (after the header, the opening and their copies)
        Files.write(file, bytes);
        Recovery r = Journal.read(file);
        assertEquals(11, r.events().size());
        assertEquals(Recovery.Cut.DAMAGED, r.cut());
        assertEquals(
                "Record 5 of 12 is damaged and is left out; 7 records after it are intact.", r.problems(Texts.ENGLISH));
        assertEquals("Post 5 af 12 er beskadiget og udelades; 7 poster efter den er hele.", r.problems(Texts.DANISH));
    }

    @Test
    void aDamagedHeaderIsReadFromItsCopyAndABrokenStartOrAForeignFileIsRefusedWithAMessage() throws Exception {
        Path file = journalWith(1);
        byte[] bytes = Files.readAllBytes(file);
        bytes[30] ^= 0x01;
        Files.write(file, bytes);
        Recovery r = Journal.read(file);
        assertEquals(3, r.events().size());
        assertEquals(
                "The start of the journal was damaged; its copy was used, and nothing was lost by it.",
                r.problems(Texts.ENGLISH));
        List<Integer> offsets = recordOffsets(bytes);
        bytes[offsets.get(1) + 30] ^= 0x01;
        Files.write(file, bytes);
        JournalException e = assertThrows(JournalException.class, () -> Journal.read(file));
        assertEquals("The journal m.journal is damaged at its start and cannot be resumed.", e.message(Texts.ENGLISH));
        Path other = dir.resolve("notes.journal");
        Files.writeString(other, "hello");
        JournalException foreign = assertThrows(JournalException.class, () -> Journal.read(other));
        assertEquals("notes.journal is not a Dialogforum journal.", foreign.message(Texts.ENGLISH));
    }

    @Test
    void aJournalInUseCannotBeOpenedTwice() throws Exception {
        Path file = dir.resolve("busy" + Journal.SUFFIX);
        try (Journal journal = Journal.create(file, workshop)) {
            assertThrows(JournalInUseException.class, () -> Journal.open(file));
            assertTrue(journal.file().toFile().exists());
        }
    }

    @Test
    void unfinishedMeetingsAreFoundAndResumedAndClosedOnesAreNot() throws Exception {
        Journals journals = new Journals(dir.resolve("journals"));
        Snapshot before;
        Path journalFile;
        try (MeetingSession session = MeetingSession.start(workshop, journals)) {
            session.engine().execute(new Command.ChangePhase("p", Phase.ENQUETE, PhaseAction.OPEN));
            session.engine()
                    .execute(new Command.SubmitEnqueteBallot(
                            "b",
                            "bord-2",
                            null,
                            workshop.ranking().items().stream()
                                    .map(Workshop.RankItem::id)
                                    .toList(),
                            Map.of(
                                    "kapacitet",
                                    5,
                                    "inddragelse",
                                    4,
                                    "taettere-2021",
                                    3,
                                    "kvalitet",
                                    2,
                                    "egen-tilbudsvifte",
                                    0)));
            before = session.engine().snapshot();
            journalFile = session.journalFile();
        }
        List<Journals.Unfinished> unfinished = journals.unfinished();
        assertEquals(1, unfinished.size());
        assertEquals(journalFile, unfinished.get(0).file());
        assertEquals("Dialogforum: Rammeaftale 2018", unfinished.get(0).title());
        assertEquals(3, unfinished.get(0).events());
        try (MeetingSession resumed = MeetingSession.resume(journalFile)) {
            assertEquals(before, resumed.engine().snapshot());
            assertEquals(Recovery.Cut.NONE, resumed.recovery().orElseThrow().cut());
            assertEquals(
                    Outcome.Status.ACCEPTED,
                    resumed.engine().execute(new Command.CloseMeeting("end")).status());
        }
        assertTrue(journals.unfinished().isEmpty());
        assertFalse(Files.exists(journalFile));
    }

    @Test
    void aMeetingFileHoldsTheWholeMeetingAndReopens() throws Exception {
        Journals journals = new Journals(dir.resolve("journals"));
        Path saved = dir.resolve("referat").resolve("Dialogforum 2018" + MeetingFile.EXTENSION);
        Snapshot before;
        try (MeetingSession session = MeetingSession.start(workshop, journals)) {
            session.engine().execute(new Command.ChangePhase("p", Phase.card(CARD), PhaseAction.OPEN));
            session.engine().execute(new Command.AddItem("a", "bord-1", CARD, "ulemper", "Lang transport 🚌"));
            session.saveAs(saved);
            session.engine().execute(new Command.AddItem("b", "bord-1", CARD, "ulemper", "Mindre nærhed"));
            session.saveAs(saved); // Save again over the first file
            before = session.engine().snapshot();
        }
        try (var files = Files.list(saved.getParent())) {
            assertEquals(List.of(saved), files.toList(), "no temporary file is left beside the meeting file");
        }
        MeetingFile file = MeetingFile.open(saved);
        assertEquals(4, file.events().size());
        try (MeetingSession reopened = MeetingSession.open(saved, journals)) {
            assertEquals(before, reopened.engine().snapshot());
            assertEquals(
                    Outcome.Status.DUPLICATE,
                    reopened.engine()
                            .execute(new Command.AddItem("b", "bord-1", CARD, "ulemper", "Mindre nærhed"))
                            .status());
        }
    }

    @Test
    void brokenMeetingFilesGiveTheirMessage() throws Exception {
        Path notJson = dir.resolve("a.dialogforum");
        Files.writeString(notJson, "{\"kind\": ");
        assertTrue(assertThrows(JournalException.class, () -> MeetingFile.open(notJson))
                .message(Texts.ENGLISH)
                .startsWith("a.dialogforum: invalid JSON at line 1, column 10"));
        Path other = dir.resolve("b.dialogforum");
        Files.writeString(other, "{\"kind\": \"spreadsheet\"}");
        assertEquals(
                "b.dialogforum is not a Dialogforum meeting file.",
                assertThrows(JournalException.class, () -> MeetingFile.open(other))
                        .message(Texts.ENGLISH));
        // A log whose second event edits an item that was never added.
        Path good = dir.resolve("c.dialogforum");
        new MeetingFile(
                        workshop,
                        List.of(
                                new Event.MeetingOpened("o", 1, "m"),
                                new Event.ItemEdited("e", 2, "bord-1", "ghost", "Boo")))
                .save(good);
        JournalException e = assertThrows(JournalException.class, () -> MeetingFile.open(good));
        assertEquals(
                "c.dialogforum: $.events[1]: the event cannot be used: event names an unknown item: ghost",
                e.message(Texts.ENGLISH));
        assertEquals(
                "The meeting file nothing.dialogforum does not exist.",
                assertThrows(JournalException.class, () -> MeetingFile.open(dir.resolve("nothing.dialogforum")))
                        .message(Texts.ENGLISH));
    }

    private static List<Integer> recordOffsets(byte[] bytes) {
        List<Integer> offsets = new ArrayList<>();
        int pos = JournalCodec.MAGIC.length;
        while (pos < bytes.length) {
            offsets.add(pos);
            int length = ByteBuffer.wrap(bytes, pos + 4, 4).getInt();
            pos += JournalCodec.RECORD_HEADER + length;
        }
        return offsets;
    }

    private static int lastRecordOffset(byte[] bytes) {
        List<Integer> offsets = recordOffsets(bytes);
        return offsets.get(offsets.size() - 1);
    }

    @Test
    void theStartScreenReadsOnlyTheNewestEndedMeetings() throws Exception {
        Journals journals = new Journals(dir.resolve("many"));
        long now = System.currentTimeMillis();
        for (int i = 0; i < 7; i++) {
            try (MeetingSession s = MeetingSession.start(WorkshopLoader.builtIn(), journals)) {
                s.engine().execute(new Command.JoinTable("j", "bord-" + (1 + i % 6)));
                s.engine().execute(new Command.CloseMeeting("end"));
            }
        }
        List<Path> done;
        try (var files = Files.list(journals.folder())) {
            done = files.sorted().toList();
        }
        assertEquals(7, done.size());
        // One of the older ones is damaged beyond reading: not read, so not listed as a problem either.
        Files.write(done.get(0), new byte[] {1, 2, 3});
        for (int i = 0; i < done.size(); i++) {
            Files.setLastModifiedTime(
                    done.get(i), java.nio.file.attribute.FileTime.fromMillis(now - 60_000L * (7 - i)));
        }
        Journals.Found found = journals.notFiled().and(journals.filed(5));
        List<Path> newest = new ArrayList<>(done.subList(2, 7));
        java.util.Collections.reverse(newest);
        assertEquals(newest, found.ended().stream().map(Journals.Ended::file).toList());
        assertEquals(List.of(), found.unfinished(), "nothing unfinished, and the older ended ones are not read");
    }
}
