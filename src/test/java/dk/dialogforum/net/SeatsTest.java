package dk.dialogforum.net;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.testing.Await;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seat belongs to the laptop that took it. Someone who reads the join code off the projector cannot take
 * over a table: a second laptop asking for an owned seat waits for the facilitator, who lets it replace the
 * first (which is told), sit beside it, or not at all.
 */
class SeatsTest {
    private static final String CODE = "482913";
    private static final String CARD = "klyngesamarbejde";
    private static final byte[] SECRET = "the-secret-of-this-meeting".getBytes();

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<Door.View> door = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private MeetingEngine meeting() throws Exception {
        MeetingEngine engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
        open.add(engine);
        engine.execute(new Command.ChangePhase("open", Phase.card(CARD), PhaseAction.OPEN));
        return engine;
    }

    private HostServer host(MeetingEngine engine, int port) {
        HostServer host = new HostServer(engine, CODE, SECRET, "127.0.0.1", port, dir.resolve("m.journal.seats"));
        open.add(host);
        host.onDoor(door::add);
        return host;
    }

    private TableClient laptop(int port, String table, String name) throws Exception {
        TableClient c = new TableClient(URI.create("ws://127.0.0.1:" + port + "/ws"), CODE, table, dir.resolve(name));
        open.add(c);
        c.start();
        return c;
    }

    private Door.Request waiting() throws InterruptedException {
        Await.until(
                "a laptop at the door",
                () -> !door.isEmpty() && !door.get(door.size() - 1).waiting().isEmpty());
        return door.get(door.size() - 1).waiting().get(0);
    }

    /** The first laptop at Bord 3, seated. */
    private TableClient firstSeated(HostServer host) throws Exception {
        TableClient first = laptop(host.port(), "bord-3", "first");
        Await.until("the first laptop seated", () -> first.status() == TableClient.Status.CONNECTED);
        return first;
    }

    private static Command item(String id, String text) {
        return new Command.AddItem(id, "bord-3", CARD, "fordele", text);
    }

    @Test
    void aSecondLaptopWaitsForTheFacilitatorAndTheFirstIsToldWhenItIsReplaced() throws Exception {
        HostServer host = host(meeting(), 0);
        TableClient first = firstSeated(host);
        first.submit(item("from-first", "Skrevet ved bordet")).get(60, TimeUnit.SECONDS);

        // Someone who read the code off the projector asks for the same seat.
        TableClient second = laptop(host.port(), "bord-3", "second");
        Door.Request asked = waiting();
        assertEquals("bord-3", asked.tableId());
        Await.until("the second laptop told it waits", () -> "bord-3".equals(second.seatWaiting()));
        assertNull(second.tableId(), "no seat while it waits");
        assertNull(second.state(), "and nothing of the table's unrevealed items");
        assertEquals(TableClient.Status.CONNECTED, first.status(), "the first laptop sits on");

        host.answer(asked.id(), Door.Answer.REPLACE);
        Await.until(
                "the second laptop seated",
                () -> second.status() == TableClient.Status.CONNECTED
                        && "bord-3".equals(second.tableId())
                        && second.state() != null);
        Await.until("the first laptop told", () -> first.status() == TableClient.Status.REFUSED);
        assertEquals("SEAT_REPLACED", first.refusal().code());
        assertTrue(door.get(door.size() - 1).waiting().isEmpty(), "nobody waits any more");
        second.submit(item("from-second", "Skrevet på den nye computer")).get(60, TimeUnit.SECONDS);

        // The first laptop's seat is gone for good: started again, it asks the facilitator like any other.
        first.close();
        TableClient again = laptop(host.port(), "bord-3", "first");
        Await.until("the replaced laptop waits at the door", () -> "bord-3".equals(again.seatWaiting()));
        assertEquals("bord-3", waiting().tableId());
        assertNull(again.tableId());
    }

    /**
     * A facilitator who refuses a laptop the moment it shows at the door: the laptop is told it waits and then
     * that it was refused, in that order, never the other way round (which left it waiting for good).
     */
    @Test
    void aLaptopRefusedTheMomentItIsSeenWaitingIsToldItWasRefused() throws Exception {
        HostServer host = host(meeting(), 0);
        TableClient first = firstSeated(host);
        // The facilitator's answer comes as the door is shown, on the thread that shows it.
        host.onDoor(view -> {
            door.add(view);
            view.waiting().forEach(r -> host.answer(r.id(), Door.Answer.REFUSE));
        });
        TableClient stranger = laptop(host.port(), "bord-3", "stranger");
        Await.until("the stranger told", () -> "bord-3".equals(stranger.seatRefused()));
        assertNull(stranger.seatWaiting(), "it no longer waits");
        assertNull(stranger.tableId());
    }

    @Test
    void theFacilitatorCanRefuseALaptopItThenPicksAnotherSeat() throws Exception {
        MeetingEngine engine = meeting();
        HostServer host = host(engine, 0);
        TableClient first = firstSeated(host);
        TableClient stranger = laptop(host.port(), "bord-3", "stranger");
        host.answer(waiting().id(), Door.Answer.REFUSE);
        Await.until("the stranger told", () -> "bord-3".equals(stranger.seatRefused()));
        assertNull(stranger.seatWaiting());
        assertNull(stranger.tableId());
        CompletableFuture<Wire.Ack> sneaked = stranger.submit(item("sneaked", "Ind ad bagdøren"));
        assertFalse(sneaked.isDone());
        assertEquals(TableClient.Status.CONNECTED, first.status());
        stranger.takeSeat("bord-4");
        Await.until("the stranger at a free seat", () -> "bord-4".equals(stranger.tableId()));
        ExecutionException e = assertThrows(ExecutionException.class, () -> sneaked.get(60, TimeUnit.SECONDS));
        assertEquals("NOT_ALLOWED", ((Refused) e.getCause()).code(), "an entry for another table stays refused");
        assertTrue(engine.snapshot().items().isEmpty());
    }

    @Test
    void aSeatIsKeptAcrossRestartsOfTheLaptopAndTheHostAndItsTokenIsNoDerivedName() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        MeetingEngine engine = meeting();
        HostServer host = host(engine, port);
        TableClient laptop = laptop(port, "bord-3", "laptop");
        Await.until("seated", () -> laptop.status() == TableClient.Status.CONNECTED);
        Path seats = dir.resolve("m.journal.seats");
        assertTrue(Files.exists(seats));
        if (seats.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(seats)));
        }
        String kept = Files.readString(seats);

        // The host is started again with the same secret: the laptop sits at its table without asking anyone.
        host.close();
        HostServer restarted = host(engine, port);
        Await.until("back at its seat", () -> laptop.status() == TableClient.Status.CONNECTED);
        laptop.submit(item("after-restart", "Efter genstart")).get(60, TimeUnit.SECONDS);
        assertTrue(door.stream().allMatch(v -> v.waiting().isEmpty()), "the facilitator was never asked");

        // The laptop starts again too.
        laptop.close();
        TableClient same = laptop(restarted.port(), "bord-3", "laptop");
        Await.until("seated again", () -> same.status() == TableClient.Status.CONNECTED);
        assertEquals("bord-3", same.tableId());

        // Another meeting with the same secret gives the same table another token: it is drawn, not derived.
        Path elsewhere = dir.resolve("other.seats");
        SeatBook other = new SeatBook(elsewhere);
        String drawn = other.give("bord-3", true);
        assertFalse(kept.contains(drawn));
        assertNotEquals(drawn, new SeatBook(null).give("bord-3", true));
    }

    /**
     * The host gave a laptop its seat and stopped before the laptop heard so: asked again, the seat is that
     * laptop's (known by the key it offered), not another laptop's to wait for.
     */
    @Test
    void aLaptopThatAsksAgainForTheSeatItWasGivenIsTheSameLaptop() {
        Path seats = dir.resolve("m.journal.seats");
        Admission before = new Admission(WorkshopLoader.builtIn(), CODE, SECRET, new SeatBook(seats));
        String key = "k".repeat(32);
        Admission.Decision given = before.decide(new Wire.Join(CODE, "bord-3", key), "10.0.0.3");
        assertEquals(key, given.token());
        // The host starts again, and the answer never reached the laptop: it asks as before.
        Admission after = new Admission(WorkshopLoader.builtIn(), CODE, SECRET, new SeatBook(seats));
        Admission.Decision again = after.decide(new Wire.Join(CODE, "bord-3", key), "10.0.0.3");
        assertEquals("bord-3", again.tableId());
        assertFalse(again.waiting(), "its own seat, not another laptop's");
        Admission.Decision other = after.decide(new Wire.Join(CODE, "bord-3", "o".repeat(32)), "10.0.0.4");
        assertTrue(other.waiting(), "another laptop still waits for the facilitator");
    }

    @Test
    void wrongCodesFromManyAddressesSlowEveryoneDownAndTellTheFacilitator() {
        Admission admission = new Admission(WorkshopLoader.builtIn(), CODE, SECRET, new SeatBook(null));
        for (int i = 0; i < Admission.MAX_BAD_CODES_ROOM; i++) {
            String code = String.format("%06d", i);
            assertEquals(
                    "BAD_CODE",
                    admission
                            .decide(new Wire.Join(code, null, null), "10.0.0." + i)
                            .refusal(),
                    "each address guesses once");
        }
        assertTrue(admission.turnedAwayLastMinute(System.currentTimeMillis()) >= Admission.GUESSING);
        assertEquals(
                "TOO_MANY_ATTEMPTS",
                admission
                        .decide(new Wire.Join(CODE, "bord-1", null), "10.0.1.1")
                        .refusal(),
                "even the right code waits while the room is being guessed at");
    }

    @Test
    void theFacilitatorIsToldWhenCodesAreGuessed() throws Exception {
        MeetingEngine engine = meeting();
        HostServer host = host(engine, 0);
        List<TableClient> guessers = new ArrayList<>();
        for (int i = 0; i < Admission.GUESSING; i++) {
            TableClient g = new TableClient(
                    URI.create("ws://127.0.0.1:" + host.port() + "/ws"),
                    String.format("%06d", 100_000 + i),
                    "bord-1",
                    dir.resolve("guess-" + i));
            open.add(g);
            g.start();
            guessers.add(g);
            Await.until("refused", () -> g.status() == TableClient.Status.REFUSED);
        }
        Await.until("the warning", () -> door.get(door.size() - 1).guessing());
        assertEquals(Admission.GUESSING, door.get(door.size() - 1).wrongCodes());
    }
}
