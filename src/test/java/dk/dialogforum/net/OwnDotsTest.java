package dk.dialogforum.net;

import dk.dialogforum.meeting.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table laptop keeps the dots its participant gave, as the host acknowledged them, so that started again it
 * shows them: only the seat's participant's, only what was acknowledged, and only in the meeting they were given in.
 */
class OwnDotsTest {
    @TempDir
    Path folder;

    private static final String MEETING = "m-20261205-0900-aaaaaaaa";

    private static Map<String, Integer> inOrder(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void theDotsAcknowledgedAreKeptForTheSeatsParticipantInTheOrderGiven() throws Exception {
        Outbox outbox = new Outbox(folder);
        outbox.enter(MEETING);
        outbox.keepSeat(new Outbox.Seat("bord-1", "token-a"));
        Map<String, Integer> given = inOrder("q2", 2, "q1", 1);
        outbox.put(new Command.CastDots("c1", "bord-1", "card-1", given));
        assertEquals(Map.of(), outbox.ownDots("card-1"), "kept before the host holds it");
        outbox.acknowledged(new Wire.Ack("c1", 7));
        assertEquals(
                List.copyOf(given.entrySet()),
                List.copyOf(outbox.ownDots("card-1").entrySet()));
        assertEquals(Map.of(), outbox.ownDots("card-2"));

        // Started again: read from the disk.
        assertEquals(given, new Outbox(folder).ownDots("card-1"));

        // A set refused for good is not the participant's.
        outbox.put(new Command.CastDots("c2", "bord-1", "card-1", Map.of("q3", 3)));
        outbox.settle("c2", f -> f.completeExceptionally(new Refused("TOO_MANY_DOTS", "")));
        assertEquals(given, outbox.ownDots("card-1"));

        // The next participant at the laptop (a new token) has given none.
        outbox.keepSeat(new Outbox.Seat("bord-1", "token-b"));
        assertEquals(Map.of(), outbox.ownDots("card-1"));
        outbox.put(new Command.CastDots("c3", "bord-1", "card-2", Map.of("q1", 1)));
        outbox.acknowledged(new Wire.Ack("c3", 8));
        assertEquals(Map.of("q1", 1), outbox.ownDots("card-2"));
        outbox.keepSeat(new Outbox.Seat("bord-1", "token-a"));
        assertEquals(Map.of(), outbox.ownDots("card-1"), "only the last participant's are kept");
    }

    @Test
    void anotherMeetingsSeatStartsWithNoneAndTheFirstMeetingsComeBackWithIt() throws Exception {
        Outbox outbox = new Outbox(folder);
        outbox.enter(MEETING);
        outbox.keepSeat(new Outbox.Seat("bord-1", "token-a"));
        outbox.put(new Command.CastDots("c1", "bord-1", "card-1", Map.of("q1", 2)));
        outbox.acknowledged(new Wire.Ack("c1", 3));

        outbox.enter("m-20261205-1300-bbbbbbbb");
        assertEquals(Map.of(), outbox.ownDots("card-1"));
        outbox.enter(MEETING);
        assertEquals(Map.of("q1", 2), outbox.ownDots("card-1"));
    }

    @Test
    void aDamagedRecordShowsNoneAndIsWrittenAfreshByTheNextSet() throws Exception {
        Outbox outbox = new Outbox(folder);
        outbox.enter(MEETING);
        outbox.keepSeat(new Outbox.Seat("bord-1", "token-a"));
        Files.writeString(folder.resolve(OwnDots.FILE), "{\"token\":\"token-a\",\"cards\":{\"card-1\":");
        assertEquals(Map.of(), outbox.ownDots("card-1"));
        outbox.put(new Command.CastDots("c1", "bord-1", "card-1", Map.of("q1", 1)));
        outbox.acknowledged(new Wire.Ack("c1", 3));
        assertEquals(Map.of("q1", 1), outbox.ownDots("card-1"));
        try (var left = Files.list(folder)) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".tmp")), "a half-written record left");
        }
    }
}
