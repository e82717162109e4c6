package dk.dialogforum.journal;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damage in the middle of a journal costs the damaged record, never the meeting after it. */
class JournalDamageTest {
    private static final String CARD = "31-maalgrupper";
    private final Workshop workshop = WorkshopLoader.builtIn();

    @TempDir
    Path dir;

    /** A journal of a meeting with {@code items} items, and the events it holds. */
    private List<Event> meeting(Path file, int items) throws IOException {
        try (MeetingEngine engine = MeetingEngine.start(workshop, List.of(), Journal.create(file, workshop))) {
            engine.execute(new Command.ChangePhase("p", Phase.card(CARD), PhaseAction.OPEN));
            for (int i = 0; i < items; i++) {
                Outcome o = engine.execute(new Command.AddItem(
                        "i" + i, "bord-" + (1 + i % 6), CARD, "fordele", "Punkt " + i + " – æøå 会议 🚌"));
                assertEquals(Outcome.Status.ACCEPTED, o.status());
            }
            return engine.events();
        }
    }

    @Test
    void aFlippedByteAnywhereInTheMiddleCostsAtMostTheRecordItIsIn() throws Exception {
        Path original = dir.resolve("original" + Journal.SUFFIX);
        List<Event> written = meeting(original, 200);
        byte[] clean = Files.readAllBytes(original);
        int tried = 0;
        // Every 7th byte of the middle half: payloads, lengths, checksums and markers alike.
        for (int at = clean.length / 4; at < clean.length * 3 / 4; at += 7) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] bytes = clean.clone();
                bytes[at] ^= (byte) bit;
                Path file = dir.resolve("flip-" + at + "-" + bit + Journal.SUFFIX);
                Files.write(file, bytes);
                Recovery r = Journal.read(file);
                List<Event> lost = new ArrayList<>(written);
                lost.removeAll(r.events());
                assertTrue(
                        lost.size() <= 1,
                        "a flip at byte " + at + " lost " + lost.size() + " events: " + r.message(Texts.ENGLISH));
                assertTrue(written.containsAll(r.events()), "a flip at byte " + at + " changed an event");
                assertEquals(written.size() - lost.size(), r.events().size());
                Files.delete(file);
                tried++;
            }
        }
        assertTrue(tried > 1000, "tried " + tried);
    }

    @Test
    void aDamagedMeetingIsResumedWithoutTheDamagedRecordAndItsOriginalIsKept() throws Exception {
        Path file = dir.resolve("m" + Journal.SUFFIX);
        List<Event> written = meeting(file, 40);
        byte[] bytes = Files.readAllBytes(file);
        int middle = indexOf(bytes, "Punkt 20 ".getBytes(StandardCharsets.UTF_8));
        bytes[middle] ^= 0x10;
        bytes[middle + 1] ^= 0x10;
        Files.write(file, bytes);

        Journals.Unfinished listed = new Journals(dir).unfinished().get(0);
        assertTrue(listed.resumable());
        assertTrue(
                listed.problems(Texts.ENGLISH)
                        .matches("Record \\d+ of 42 is damaged and is left out; \\d+ records"
                                + " after it are intact\\."),
                listed.problems(Texts.ENGLISH));

        try (MeetingSession session = MeetingSession.resume(file)) {
            Recovery r = session.recovery().orElseThrow();
            assertEquals(written.size() - 1, session.engine().events().size());
            assertTrue(
                    r.message(Texts.ENGLISH).contains("The original journal is kept unchanged as m.journal.damaged-"));
            assertTrue(Files.exists(r.original()));
            assertTrue(Arrays.equals(bytes, Files.readAllBytes(r.original())));
            assertEquals(
                    Outcome.Status.ACCEPTED,
                    session.engine()
                            .execute(new Command.AddItem("after", "bord-2", CARD, "fordele", "Efter skaden"))
                            .status());
        }
        Recovery again = Journal.read(file);
        assertEquals(Recovery.Cut.NONE, again.cut());
        assertEquals(written.size(), again.events().size());
        assertEquals("Efter skaden", ((Event.ItemAdded) again.events().get(written.size() - 1)).text());
    }

    @Test
    void editsOfAnItemWhoseRecordWasDamagedAreLeftOutWithItAndSaidSo() throws Exception {
        Path file = dir.resolve("m" + Journal.SUFFIX);
        try (MeetingEngine engine = MeetingEngine.start(workshop, List.of(), Journal.create(file, workshop))) {
            engine.execute(new Command.ChangePhase("p", Phase.card(CARD), PhaseAction.OPEN));
            engine.execute(new Command.AddItem("a", "bord-1", CARD, "fordele", "Et punkt der går tabt"));
            engine.execute(new Command.AddItem("b", "bord-2", CARD, "fordele", "Et punkt der bliver"));
            engine.execute(new Command.EditItem("a2", "bord-1", "a", "Rettet"));
        }
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, "tabt".getBytes(StandardCharsets.UTF_8));
        bytes[at] ^= 0x01;
        Files.write(file, bytes);
        Recovery r = Journal.read(file);
        assertEquals(3, r.events().size()); // opened, phase, item b
        assertEquals(
                "Record 3 of 5 is damaged and is left out; 2 records after it are intact. 1 later record built on"
                        + " a damaged one (such as an edit of an item that was lost) and is left out too.",
                r.problems(Texts.ENGLISH));
    }

    @Test
    void aJournalOfTheFirstFormatStillOpensAndGoesOnInItsFormat() throws Exception {
        Path file = dir.resolve("old" + Journal.SUFFIX);
        List<Event> events = meeting(dir.resolve("new" + Journal.SUFFIX), 5);
        Files.write(file, firstFormat(Files.readAllBytes(dir.resolve("new" + Journal.SUFFIX))));
        Journal.Opened opened = Journal.open(file);
        assertEquals(events, opened.recovery().events());
        try (MeetingEngine engine = MeetingEngine.start(workshop, events, opened.journal())) {
            engine.execute(new Command.AddItem("later", "bord-3", CARD, "fordele", "Senere"));
        }
        byte[] now = Files.readAllBytes(file);
        assertEquals('1', now[3]);
        assertEquals(events.size() + 1, Journal.read(file).events().size());
        // Damage in a first-format journal is found and stepped over all the same.
        now[indexOf(now, "Punkt 3 ".getBytes(StandardCharsets.UTF_8))] ^= 0x04;
        Files.write(file, now);
        Recovery r = Journal.read(file);
        assertEquals(events.size(), r.events().size());
        assertFalse(r.damage().isEmpty());
    }

    /** The same journal in the first format: magic DFJ1, one header, one opening, no markers. */
    private static byte[] firstFormat(byte[] second) {
        ByteBuffer in = ByteBuffer.wrap(second);
        ByteBuffer out = ByteBuffer.allocate(second.length);
        out.put(JournalCodec.MAGIC_1);
        int pos = JournalCodec.MAGIC.length;
        int record = 0;
        while (pos < second.length) {
            int length = in.getInt(pos + 4);
            if (record != 1 && record != 3) { // the copies of the header and the opening are new in format 2
                out.put(second, pos + 4, 8 + length);
            }
            record++;
            pos += JournalCodec.RECORD_HEADER + length;
        }
        byte[] result = new byte[out.position()];
        out.flip().get(result);
        return result;
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
