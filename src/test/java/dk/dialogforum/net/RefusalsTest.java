package dk.dialogforum.net;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Rejection;
import dk.dialogforum.testing.Await;
import dk.dialogforum.testing.FillingDisk;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a table laptop does with the host's refusals: only a final one removes an entry. */
class RefusalsTest {
    private static final String CODE = "482913";
    private static final String CARD = "klyngesamarbejde";
    private static final byte[] SECRET = "test-secret-for-this-meeting".getBytes();

    @TempDir
    Path dir;

    private final Workshop w = WorkshopLoader.builtIn();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private TableClient client(int port, String table) throws Exception {
        TableClient c = new TableClient(URI.create("ws://127.0.0.1:" + port + "/ws"), CODE, table, dir.resolve(table));
        open.add(c);
        c.start();
        Await.until(table + " seated", () -> c.status() == TableClient.Status.CONNECTED);
        return c;
    }

    /** A meeting of the built-in workshop in memory, with its first vision card open if {@code cardOpen}. */
    private MeetingEngine meeting(boolean cardOpen) throws Exception {
        MeetingEngine engine = MeetingEngine.start(w, List.of(), EventStore.inMemory());
        open.add(engine);
        if (cardOpen) {
            engine.submit(new Command.ChangePhase("fac-open", Phase.card(CARD), PhaseAction.OPEN))
                    .get(60, TimeUnit.SECONDS);
        }
        return engine;
    }

    /** The meeting's host on loopback, on a free port. */
    private HostServer host(MeetingEngine engine) {
        HostServer host = new HostServer(engine, CODE, SECRET, "127.0.0.1", 0);
        open.add(host);
        return host;
    }

    private static long entriesOnDisk(Path outbox) throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(p -> p.toString().endsWith(".cmd")).count();
        }
    }

    /**
     * The facilitator's disk fills up while a table writes: the host cannot keep the item, and says so. The
     * item stays on the table's laptop, and when the meeting goes on (here: the facilitator's program started
     * again once space was made) it arrives, once.
     */
    @Test
    void anEntryTheHostCouldNotKeepWaitsOnTheLaptopAndArrivesWhenItCan() throws Exception {
        FillingDisk disk = new FillingDisk();
        MeetingEngine engine = MeetingEngine.start(w, List.of(), disk);
        HostServer host = new HostServer(engine, CODE, SECRET, "127.0.0.1", 0);
        int port = host.port();
        engine.submit(new Command.ChangePhase("fac-open", Phase.card(CARD), PhaseAction.OPEN))
                .get(60, TimeUnit.SECONDS);
        TableClient table = client(port, "bord-1");

        disk.full.set(true);
        CompletableFuture<Wire.Ack> answer = table.submit(new Command.AddItem(
                "tbl-while-full", "bord-1", CARD, w.fields().get(0).id(), "Skrevet mens disken var fuld"));
        Await.until("the host's answer", () -> "JOURNAL_FAILED".equals(table.hostTrouble()));
        assertFalse(answer.isDone(), "not refused for good: the host could not keep it");
        assertEquals(1, table.pending(), "the entry waits on the laptop");
        assertEquals(1, entriesOnDisk(dir.resolve("bord-1")), "and on its disk");

        // Space is made, and the facilitator's program starts again on the same port with its journal.
        host.close();
        engine.close();
        MeetingEngine again = MeetingEngine.start(w, disk.kept(), EventStore.inMemory());
        open.add(again);
        open.add(new HostServer(again, CODE, SECRET, "127.0.0.1", port));

        assertEquals("tbl-while-full", answer.get(60, TimeUnit.SECONDS).commandId(), "acknowledged");
        assertEquals(0, table.pending());
        assertEquals(0, entriesOnDisk(dir.resolve("bord-1")));
        assertEquals(null, table.hostTrouble(), "the trouble is over");
        assertEquals(
                1,
                again.snapshot().items().stream()
                        .filter(i -> i.text().equals("Skrevet mens disken var fuld"))
                        .count(),
                "in the meeting once");
    }

    /**
     * The disk fills up and space is made while the meeting runs: the facilitator tries again, and the
     * meeting goes on without a restart; the entry a table wrote meanwhile arrives, once.
     */
    @Test
    void theMeetingGoesOnWithoutARestartOnceSpaceIsMade() throws Exception {
        FillingDisk disk = new FillingDisk();
        MeetingEngine engine = MeetingEngine.start(w, List.of(), disk);
        open.add(engine);
        List<Throwable> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        engine.watchFailure(() -> told.add(engine.failure() == null ? new Throwable("fine") : engine.failure()));
        HostServer host = host(engine);
        engine.submit(new Command.ChangePhase("fac-open", Phase.card(CARD), PhaseAction.OPEN))
                .get(60, TimeUnit.SECONDS);
        TableClient table = client(host.port(), "bord-1");

        disk.full.set(true);
        CompletableFuture<Wire.Ack> answer = table.submit(new Command.AddItem(
                "tbl-while-full", "bord-1", CARD, w.fields().get(0).id(), "Skrevet mens disken var fuld"));
        Await.until("the host's answer", () -> "JOURNAL_FAILED".equals(table.hostTrouble()));
        assertEquals("No space left on device", engine.failure().getMessage(), "the facilitator can be told");
        assertEquals(1, told.size(), "the console is told at once");
        IOException still = assertThrows(IOException.class, engine::retry, "no space yet");
        assertEquals("No space left on device", still.getMessage());

        disk.full.set(false);
        engine.retry();
        assertEquals(null, engine.failure());
        assertEquals("fine", told.get(1).getMessage(), "and told when it is over");
        assertEquals("tbl-while-full", answer.get(60, TimeUnit.SECONDS).commandId(), "acknowledged");
        assertEquals(0, table.pending());
        assertEquals(null, table.hostTrouble(), "the trouble is over");
        assertEquals(
                1,
                engine.snapshot().items().stream()
                        .filter(i -> i.text().equals("Skrevet mens disken var fuld"))
                        .count(),
                "in the meeting once");
        assertTrue(disk.kept().stream().anyMatch(e -> e.commandId().equals("tbl-while-full")), "in its journal");
    }

    /** A refusal of the content itself is final: the entry leaves the outbox, and the table is told why. */
    @Test
    void aFinalRefusalRemovesTheEntryAndSaysWhy() throws Exception {
        MeetingEngine engine = meeting(false);
        HostServer host = host(engine);
        TableClient table = client(host.port(), "bord-1");
        // The card is not open.
        CompletableFuture<Wire.Ack> answer = table.submit(new Command.AddItem(
                "tbl-closed", "bord-1", CARD, w.fields().get(0).id(), "For tidligt"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(60, TimeUnit.SECONDS));
        Refused refused = (Refused) e.getCause();
        assertEquals("PHASE_NOT_OPEN", refused.code());
        assertEquals(0, table.pending());
        assertEquals(0, entriesOnDisk(dir.resolve("bord-1")));
    }

    /**
     * The host records a table's arrival under an id of its own ({@code seat:<table>}). A table that sends an
     * entry under such an id is refused, so it cannot make another table's arrival look like a duplicate.
     */
    @Test
    void aTableCannotUseTheHostsOwnIds() throws Exception {
        MeetingEngine engine = meeting(true);
        HostServer host = host(engine);
        TableClient mischief = client(host.port(), "bord-1");
        CompletableFuture<Wire.Ack> answer = mischief.submit(new Command.AddItem(
                "seat:bord-5", "bord-1", CARD, w.fields().get(0).id(), "Et punkt"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(60, TimeUnit.SECONDS));
        assertEquals("RESERVED_ID", ((Refused) e.getCause()).code());

        client(host.port(), "bord-5");
        Await.until(
                "bord-5 recorded as here",
                () -> engine.snapshot().joinedTables().contains("bord-5"));
        assertTrue(engine.snapshot().items().isEmpty(), "nothing was added under the host's id");
    }

    /**
     * A web page on another site, visited by someone in the room, must not reach the meeting through their
     * browser: the socket refuses a browser's other origin, and lets in the host's own pages and the laptops.
     */
    @Test
    void theSocketRefusesPagesFromOtherSites() throws Exception {
        MeetingEngine engine = meeting(false);
        HostServer host = host(engine);
        URI socket = URI.create("ws://127.0.0.1:" + host.port() + "/ws");
        HttpClient http = HttpClient.newHttpClient();
        CompletionException refused = assertThrows(
                CompletionException.class,
                () -> http.newWebSocketBuilder()
                        .header("Origin", "http://evil.example")
                        .buildAsync(socket, new WebSocket.Listener() {})
                        .join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
        assertEquals(
                403,
                ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
        WebSocket own = http.newWebSocketBuilder()
                .header("Origin", "http://127.0.0.1:" + host.port())
                .buildAsync(socket, new WebSocket.Listener() {})
                .get(60, TimeUnit.SECONDS);
        own.abort();
        client(host.port(), "bord-1"); // a table laptop, which names no origin
    }

    /**
     * A laptop that sends join after join, reading nothing, once queued a message and a whole state per join
     * until the host ran out of memory. It is now let go after {@link HostServer#MAX_JOINS}, and the other
     * tables' entries are acknowledged meanwhile.
     */
    @Test
    void aLaptopThatFloodsTheHostWithJoinsIsLetGo() throws Exception {
        MeetingEngine engine = meeting(true);
        HostServer host = host(engine);
        TableClient table = client(host.port(), "bord-1");
        WebSocket flood = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + host.port() + "/ws"), new WebSocket.Listener() {
                    @Override
                    public void onOpen(WebSocket ws) {
                        // reads nothing
                    }
                })
                .get(60, TimeUnit.SECONDS);
        String join = "{\"type\":\"join\",\"code\":\"" + CODE + "\",\"tableId\":\"bord-2\"}";
        int sent = 0;
        boolean letGo = false;
        for (; sent < 100_000 && !letGo; sent++) {
            try {
                flood.sendText(join, true).get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                letGo = true;
            }
        }
        assertTrue(letGo, "the flooding connection was let go (" + sent + " joins sent)");
        List<CompletableFuture<Wire.Ack>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(table.submit(new Command.AddItem(
                    "tbl-" + i, "bord-1", CARD, w.fields().get(0).id(), "Punkt " + i)));
        }
        for (CompletableFuture<Wire.Ack> a : answers) {
            a.get(60, TimeUnit.SECONDS);
        }
        assertEquals(20, engine.snapshot().items().size(), "the other table is served");
    }

    /** Every code a table can be refused with has its words in Danish and in English. */
    @Test
    void everyRefusalHasItsWordsInBothLanguages() {
        for (Rejection.Code code : Rejection.Code.values()) {
            for (var locale : List.of(Texts.DANISH, Texts.ENGLISH)) {
                assertTrue(Texts.has(locale, "reject." + code.name()), "reject." + code + " in " + locale);
            }
        }
        for (String code : Wire.ERROR_CODES) {
            for (var locale : List.of(Texts.DANISH, Texts.ENGLISH)) {
                assertTrue(Texts.has(locale, "net.error." + code), "net.error." + code + " in " + locale);
            }
        }
    }
}
