package dk.dialogforum.journal;

import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Event;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventBinaryTest {
    static final List<Event> EVERY_KIND = List.of(
            new Event.MeetingOpened("o", 1, "m-1"),
            new Event.PhaseChanged("p", 2, "card:x", PhaseAction.REVEAL),
            new Event.TableJoined("j", 3, "bord-2"),
            new Event.EnqueteBallotSubmitted(
                    "e", 4, "bord-1", "deltager 1", List.of("a", "b"), Map.of("s1", 0, "s2", 5)),
            new Event.RankingBallotSubmitted("r", 5, "bord-1", null, List.of("b", "a")),
            new Event.ItemAdded("i", 6, "bord-1", "x", "fordele", "Æble 🍎 שלום\n\"quoted\""),
            new Event.ItemEdited("ed", 7, "bord-1", "i", ""),
            new Event.ItemWithdrawn("w", 8, "bord-1", "i"),
            new Event.ItemModerated("mo", 9, "i", "x".repeat(10_000)),
            new Event.ItemHidden("h", 10, "i", true),
            new Event.ItemHighlighted("hl", 11, "i", false),
            new Event.ItemsMerged("mg", 12, "i", List.of("j", "k")),
            new Event.DotsCast("d", 13, "bord-3", "x", Map.of("i", 2, "k", 1)),
            new Event.MeetingClosed("c", 14),
            new Event.MeetingFactsSet("f", 15, "2026-12-04", "13–16", "Sorø", "Anne Facilitator", "", "中文 🙂"),
            new Event.NoteSet("n", 16, "card:x", "Salen var enig:\nبلديات"));

    /** A kind of event added to the meeting and not to the journal's encoding fails here first. */
    @Test
    void theListHoldsEveryKindOfEvent() {
        Set<Class<?>> listed = EVERY_KIND.stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> kinds = Set.of(Event.class.getPermittedSubclasses());
        assertEquals(kinds, listed, "every kind of event, once");
        assertEquals(kinds.size(), EVERY_KIND.size(), "every kind of event, once");
    }

    @Test
    void everyKindOfEventReadsBackEqual() throws IOException {
        List<Event> all = new java.util.ArrayList<>(EVERY_KIND);
        // A participant's own dots in individual voting, under a tag of their own.
        all.add(new Event.DotsCast("d2", 17, "bord-3", "x", Map.of("i", 1), "participant-abc"));
        for (Event e : all) {
            byte[] bytes = EventBinary.encode(e);
            assertEquals(e, EventBinary.decode(bytes, 0, bytes.length));
        }
    }

    @Test
    void aTruncatedOrPaddedRecordIsRefused() throws IOException {
        byte[] bytes = EventBinary.encode(EVERY_KIND.get(5));
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] part = Arrays.copyOf(bytes, cut);
            assertThrows(IOException.class, () -> EventBinary.decode(part, 0, part.length));
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IOException.class, () -> EventBinary.decode(longer, 0, longer.length));
        byte[] badTag = bytes.clone();
        badTag[0] = 99;
        assertThrows(IOException.class, () -> EventBinary.decode(badTag, 0, badTag.length));
    }
}
