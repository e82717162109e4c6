package dk.dialogforum.net;

import com.fasterxml.jackson.databind.JsonNode;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.testing.Await;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import dk.dialogforum.workshop.WorkshopWriter;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table laptop taking part in a meeting, and being turned away: the seats and entries of one meeting
 * never go to another, a wrong code is said once and not tried again, and a host of another version
 * is named as such.
 */
class JoiningTest {
    private static final String CARD = "klyngesamarbejde";

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private MeetingEngine meeting() throws Exception {
        MeetingEngine e = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
        open.add(e);
        e.execute(new Command.ChangePhase("open", Phase.card(CARD), PhaseAction.OPEN));
        return e;
    }

    private HostServer host(MeetingEngine engine, String code, String secret, int port) {
        HostServer h = new HostServer(engine, code, secret.getBytes(), "127.0.0.1", port);
        open.add(h);
        return h;
    }

    private TableClient laptop(int port, String code, String table) throws Exception {
        TableClient c =
                new TableClient(URI.create("ws://127.0.0.1:" + port + "/ws"), code, table, dir.resolve("laptop"));
        open.add(c);
        c.start();
        return c;
    }

    /** A laptop that connects with {@code code}, is offered the seats, and takes {@code table}'s. */
    private TableClient seatedThroughThePicker(int port, String code, String table) throws Exception {
        TableClient c = laptop(port, code, null);
        Await.until("the seats", () -> c.workshop() != null);
        c.takeSeat(table);
        return c;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Command item(String id, String table, String text) {
        return new Command.AddItem(id, table, CARD, "fordele", text);
    }

    private static List<String> itemIds(MeetingEngine engine) {
        return engine.snapshot().items().stream().map(Snapshot.Item::id).toList();
    }

    /**
     * Dialogforum meets again next quarter, with the same laptops and the host at the same address. The
     * laptop sat as Bord 2 last time and was shut with one entry unsent. In the new meeting it is offered
     * the seats and joins with the new code, and the old entry does not turn up in the new meeting. When
     * the earlier meeting's host comes back, that entry reaches it after all.
     */
    @Test
    void aLaptopFromAnEarlierMeetingJoinsTheNextWithItsNewCodeAndTakesNothingAlong() throws Exception {
        int port = freePort();
        MeetingEngine first = meeting();
        HostServer firstHost = host(first, "111111", "secret of the first meeting", port);
        TableClient before = seatedThroughThePicker(port, "111111", "bord-2");
        Await.until("seated in the first meeting", () -> before.status() == TableClient.Status.CONNECTED);
        before.submit(item("first-1", "bord-2", "Skrevet i første møde")).get(60, TimeUnit.SECONDS);
        firstHost.close();
        before.submit(item("first-2", "bord-2", "Aldrig sendt i første møde"));
        assertEquals(1, before.pending());
        before.close();

        MeetingEngine second = meeting();
        HostServer secondHost = host(second, "222222", "secret of the second meeting", port);
        TableClient next = laptop(port, "222222", null);
        Await.until("the second meeting's seats", () -> next.workshop() != null);
        assertNull(next.tableId(), "the seat of the earlier meeting is not taken in this one");
        assertEquals(0, next.pending(), "the entry of the earlier meeting does not wait to be sent here");
        next.takeSeat("bord-5");
        Await.until("seated in the second meeting", () -> next.status() == TableClient.Status.CONNECTED);
        next.submit(item("second-1", "bord-5", "Skrevet i andet møde")).get(60, TimeUnit.SECONDS);
        Thread.sleep(500);
        assertEquals(List.of("second-1"), itemIds(second), "only what was written in the second meeting is in it");
        assertEquals(List.of("first-1"), itemIds(first));
        try (Stream<Path> kept = Files.walk(dir.resolve("laptop"))) {
            assertTrue(
                    kept.filter(p -> p.toString().endsWith(".cmd"))
                            .anyMatch(p -> read(p).contains("Aldrig sendt i første møde")),
                    "the unsent entry of the earlier meeting is kept on the laptop");
        }
        secondHost.close();
        next.close();

        // The first meeting's host again (resumed after the second): the laptop is Bord 2 there and sends what waited.
        host(first, "111111", "secret of the first meeting", port);
        TableClient back = laptop(port, "111111", null);
        Await.until(
                "the entry of the first meeting delivered", () -> itemIds(first).equals(List.of("first-1", "first-2")));
        assertEquals("bord-2", back.tableId());
        Await.until("nothing waiting", () -> back.pending() == 0);
        assertEquals(List.of("second-1"), itemIds(second));
    }

    /**
     * A wrong code is said before the table picks a seat, with nothing of the meeting told, and the laptop
     * does not keep trying it (which would lock the room's laptops out).
     */
    @Test
    void aWrongCodeIsSaidOnceAndNotTriedAgain() throws Exception {
        int port = freePort();
        MeetingEngine engine = meeting();
        host(engine, "333333", "a secret", port);
        TableClient wrong = laptop(port, "333334", null);
        Await.until("turned away", () -> wrong.status() == TableClient.Status.REFUSED);
        assertEquals("BAD_CODE", wrong.refusal().code());
        assertEquals("Koden er forkert.", wrong.refusal().message());
        assertNull(wrong.workshop(), "the meeting's workshop is not told to a laptop with a wrong code");
        assertTrue(wrong.takenSeats().isEmpty(), "nor the seats in use");
        wrong.close();

        // The same laptop with the right code: the wrong attempt left nothing in the way.
        TableClient right = seatedThroughThePicker(port, "333333", "bord-1");
        Await.until("seated", () -> right.status() == TableClient.Status.CONNECTED);
        right.submit(item("ok", "bord-1", "Med den rigtige kode")).get(60, TimeUnit.SECONDS);
        assertEquals(List.of("ok"), itemIds(engine));
    }

    /**
     * A connection that has not given the code is told only the protocol and the meeting's id: not the
     * workshop, not which seats are in use, not when they change. With the code it is let in to pick a seat.
     */
    @Test
    void aConnectionIsToldNothingOfTheMeetingBeforeTheCode() throws Exception {
        int port = freePort();
        MeetingEngine engine = meeting();
        host(engine, "444444", "a secret", port);
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        WebSocket ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new TextListener(heard::add))
                .get(60, TimeUnit.SECONDS);
        open.add(ws::abort);
        Await.until("the hello", () -> !heard.isEmpty());
        JsonNode hello = Wire.MAPPER.readTree(heard.get(0));
        assertEquals(List.of("type", "protocol", "meeting"), iterable(hello.fieldNames()));
        // Another laptop takes a seat: the one without the code is not told.
        TableClient seated = seatedThroughThePicker(port, "444444", "bord-3");
        Await.until("seated", () -> seated.status() == TableClient.Status.CONNECTED);
        Thread.sleep(500);
        assertEquals(1, heard.size(), "told more before the code: " + heard);

        ws.sendText("{\"type\":\"join\",\"code\":\"444445\",\"tableId\":null,\"token\":null}", true)
                .get();
        Await.until("the wrong code said", () -> heard.size() == 2);
        assertEquals("BAD_CODE", Wire.MAPPER.readTree(heard.get(1)).get("code").asText());

        ws.sendText("{\"type\":\"join\",\"code\":\"444444\",\"tableId\":null,\"token\":null}", true)
                .get();
        Await.until("let in", () -> heard.size() == 3);
        JsonNode admitted = Wire.MAPPER.readTree(heard.get(2));
        assertEquals("admitted", admitted.get("type").asText());
        assertEquals("[\"bord-3\"]", admitted.get("taken").toString());
        assertEquals(
                WorkshopLoader.builtIn().meeting().title(),
                admitted.get("workshop").get("meeting").get("title").asText());
        assertEquals(List.of(), itemIds(engine), "nothing changed in the meeting");
    }

    /**
     * A laptop that goes to sleep or hangs keeps its socket open: it answers nothing. The host lets it go
     * after three unanswered pings, so the facilitator sees the table has dropped out; a laptop that is
     * there but has nothing to send stays.
     */
    @Test
    void aLaptopThatFallsSilentIsLetGoAndAnIdleOneStays() throws Exception {
        int port = freePort();
        MeetingEngine engine = meeting();
        HostServer host = host(engine, "444444", "a secret", port);
        AtomicReference<Set<String>> seats = new AtomicReference<>();
        host.onSeats(seats::set);
        TableClient idle = laptop(port, "444444", "bord-1");
        // The silent one: a socket that takes Bord 2's seat, and then says nothing (the JDK still answers pings).
        WebSocket silent = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new TextListener(t -> {}))
                .get(60, TimeUnit.SECONDS);
        open.add(silent::abort);
        silent.sendText("{\"type\":\"join\",\"code\":\"444444\",\"tableId\":\"bord-2\",\"token\":null}", true)
                .get();
        Await.until("both seats in use", () -> Set.of("bord-1", "bord-2").equals(seats.get()));
        long from = System.nanoTime();
        for (long end = from + 30_000_000_000L; !Set.of("bord-1").equals(seats.get()); Thread.sleep(100)) {
            assertTrue(System.nanoTime() < end, "the silent laptop let go: " + seats.get());
        }
        long after = (System.nanoTime() - from) / 1_000_000_000L;
        assertTrue(after >= 3 * HostServer.PING_SECONDS - 1, "not let go before three pings: " + after + " s");
        assertEquals(TableClient.Status.CONNECTED, idle.status(), "the idle laptop stays");
        assertEquals(Set.of("bord-1", "bord-2"), engine.snapshot().joinedTables(), "both tables took part");
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    /**
     * Two laptops take the same seat (a second laptop at a table, or a spare while the first is thought
     * dead): both follow the meeting, and each sees what the other wrote for the table. The meeting counts
     * the table as here once.
     */
    @Test
    void twoLaptopsAtOneTableBothFollowTheMeetingOnceTheFacilitatorAddsTheSecond() throws Exception {
        int port = freePort();
        MeetingEngine engine = meeting();
        HostServer host = host(engine, "444444", "a secret", port);
        List<Door.View> door = new java.util.concurrent.CopyOnWriteArrayList<>();
        host.onDoor(door::add);
        List<TableClient> both = new ArrayList<>();
        for (String box : List.of("first", "second")) {
            TableClient c =
                    new TableClient(URI.create("ws://127.0.0.1:" + port + "/ws"), "444444", "bord-3", dir.resolve(box));
            open.add(c);
            c.start();
            if (box.equals("second")) {
                // The seat is the first laptop's: the facilitator lets the second sit beside it.
                Await.until(
                        "the facilitator asked",
                        () -> !door.get(door.size() - 1).waiting().isEmpty());
                host.answer(door.get(door.size() - 1).waiting().get(0).id(), Door.Answer.ADD);
            }
            Await.until("seated", () -> c.status() == TableClient.Status.CONNECTED && c.state() != null);
            both.add(c);
        }
        // The meeting records that the table took part, once however many laptops sit at it.
        Await.until(
                "the table recorded as here",
                () -> engine.snapshot().joinedTables().equals(Set.of("bord-3")));
        assertEquals(
                1,
                engine.events().stream()
                        .filter(e -> e instanceof Event.TableJoined)
                        .count(),
                "one record of the table joining");
        both.get(0).submit(item("from-first", "bord-3", "Fra den første")).get(60, TimeUnit.SECONDS);
        both.get(1).submit(item("from-second", "bord-3", "Fra den anden")).get(60, TimeUnit.SECONDS);
        engine.execute(new Command.ChangePhase("dots", Phase.dots(CARD), PhaseAction.OPEN));
        for (TableClient c : both) {
            Await.until(
                    "both laptops on the dot vote, with both items",
                    () -> c.state() != null
                            && c.state().openPhases().contains(Phase.dots(CARD))
                            && c.state().items().stream()
                                    .map(Wire.TableItem::id)
                                    .toList()
                                    .equals(List.of("from-first", "from-second")));
        }
    }

    /**
     * The facilitator ends the meeting and starts the next at the same address while a laptop is still
     * connected: the laptop does not offer the last meeting's code to the new one, and asks for the new.
     */
    @Test
    void aLaptopStillConnectedWhenTheHostStartsTheNextMeetingAsksForItsCode() throws Exception {
        int port = freePort();
        HostServer firstHost = host(meeting(), "555555", "the first", port);
        TableClient c = laptop(port, "555555", "bord-1");
        Await.until("seated", () -> c.status() == TableClient.Status.CONNECTED);
        firstHost.close();
        MeetingEngine second = meeting();
        host(second, "666666", "the second", port);
        Await.until("told of the new meeting", () -> c.status() == TableClient.Status.REFUSED);
        assertEquals("NEW_MEETING", c.refusal().code());
        Thread.sleep(300);
        assertTrue(second.snapshot().items().isEmpty());
    }

    /**
     * The host's laptop loses the network (or its power): no one closes the connection, it just goes
     * silent. A laptop with nothing waiting to be sent must still notice, from the host's missing pings,
     * and look for the host again.
     */
    @Test
    void aHostThatFallsSilentIsLookedForAgain() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        String workshop = Wire.MAPPER.writeValueAsString(WorkshopWriter.toTree(WorkshopLoader.builtIn()));
        Javalin silent = Javalin.create(c -> c.showJavalinBanner = false);
        silent.ws("/ws", ws -> {
            ws.onConnect(ctx -> {
                connections.incrementAndGet();
                ctx.send("{\"type\":\"hello\",\"protocol\":" + Wire.PROTOCOL + ",\"meeting\":\"m1\"}");
            });
            // Seats the laptop, then says nothing more, and never pings.
            ws.onMessage(ctx -> {
                ctx.send("{\"type\":\"admitted\",\"taken\":[],\"workshop\":" + workshop + "}");
                ctx.send("{\"type\":\"joined\",\"tableId\":\"bord-1\",\"token\":\"t\"}");
            });
        });
        silent.start("127.0.0.1", 0);
        open.add(silent::stop);
        TableClient laptop = laptop(silent.port(), "123456", "bord-1");
        Await.until("seated", () -> laptop.status() == TableClient.Status.CONNECTED);
        long end = System.currentTimeMillis() + 60_000;
        while (connections.get() < 2) {
            assertTrue(System.currentTimeMillis() < end, "the laptop never looked for the silent host again");
            Thread.sleep(100);
        }
    }

    /** A host that speaks another version of the messages: the laptop says so instead of misreading it. */
    @Test
    void aHostOfAnotherVersionIsNamedAsSuch() throws Exception {
        Javalin older = Javalin.create(c -> c.showJavalinBanner = false);
        older.ws(
                "/ws",
                ws -> ws.onConnect(
                        ctx -> ctx.send("{\"type\":\"hello\",\"protocol\":1,\"meeting\":\"m1\",\"workshop\":null}")));
        older.start("127.0.0.1", 0);
        open.add(older::stop);
        TableClient laptop = laptop(older.port(), "123456", "bord-1");
        Await.until("turned away", () -> laptop.status() == TableClient.Status.REFUSED);
        assertEquals("OTHER_VERSION", laptop.refusal().code());
        assertNull(laptop.workshop());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The facilitator's laptop joins another network, or its program starts again on another port, while a
     * seated laptop has an entry it could not send: the laptop finds its meeting announced at the new address
     * and goes there by itself, the same table, and the entry is in the meeting once.
     */
    @Test
    void aSeatedLaptopFollowsItsMeetingToTheAddressItIsAnnouncedAt() throws Exception {
        String lan = HostIdentity.lanAddress();
        Assumptions.assumeFalse(lan.startsWith("127."), "this machine has no LAN interface to multicast on");
        MeetingEngine engine = meeting();
        HostServer before = host(engine, "123456", "secret", 0);
        TableClient c = new TableClient(
                URI.create("ws://127.0.0.1:" + before.port() + "/ws"), "123456", "bord-2", dir.resolve("laptop"));
        open.add(c);
        c.followOnTheNetwork();
        c.start();
        Await.until(
                "seated",
                () -> c.status() == TableClient.Status.CONNECTED
                        && "bord-2".equals(c.tableId())
                        && c.meeting() != null);
        before.close();
        Await.until("the host lost", () -> c.status() == TableClient.Status.RECONNECTING);
        var saved =
                c.submit(new Command.AddItem("tbl-moved", "bord-2", CARD, "fordele", "Skrevet mens mødet flyttede"));

        HostServer after = new HostServer(engine, "123456", "secret".getBytes(), "0.0.0.0", 0);
        open.add(after);
        try (LanDiscovery.Announcement announced = LanDiscovery.announce(
                InetAddress.getByName(lan), "Dialogforum-test " + after.port(), after.meetingId(), after.port())) {
            saved.get(60, TimeUnit.SECONDS);
            assertEquals(
                    URI.create("ws://" + lan + ":" + after.port() + "/ws"),
                    c.address(),
                    "it went where the meeting is");
            Await.until("connected there", () -> c.status() == TableClient.Status.CONNECTED);
            assertEquals("bord-2", c.tableId(), "the same table");
            assertEquals(0, c.pending());
            List<Snapshot.Item> items = engine.snapshot().items();
            assertEquals(1, items.size());
            assertEquals("Skrevet mens mødet flyttede", items.get(0).text());
            assertEquals("bord-2", items.get(0).tableId());
        }
    }
}
