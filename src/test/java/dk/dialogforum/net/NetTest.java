package dk.dialogforum.net;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.Statements;
import dk.dialogforum.testing.Await;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Host and table laptops over real sockets on loopback. */
class NetTest {
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

    private MeetingEngine engine() throws Exception {
        MeetingEngine e = MeetingEngine.start(w, List.of(), EventStore.inMemory());
        open.add(e);
        return e;
    }

    private HostServer host(MeetingEngine engine) {
        HostServer h = new HostServer(engine, CODE, SECRET, "127.0.0.1", 0);
        open.add(h);
        return h;
    }

    private TableClient client(HostServer host, String table, String outbox) throws Exception {
        TableClient c =
                new TableClient(URI.create("ws://127.0.0.1:" + host.port() + "/ws"), CODE, table, dir.resolve(outbox));
        open.add(c);
        c.start();
        return c;
    }

    /** A laptop on a bare socket that keeps every message it is sent in {@code heard}, not yet seated. */
    private WebSocket bareLaptop(HostServer host, List<String> heard) throws Exception {
        WebSocket ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + host.port() + "/ws"), new TextListener(heard::add))
                .get(60, TimeUnit.SECONDS);
        open.add(() -> ws.abort());
        return ws;
    }

    /** The card opened, and Bord 1's laptop seated at it. */
    private TableClient seatedAtOpenCard(MeetingEngine engine, HostServer host) throws Exception {
        engine.execute(new Command.ChangePhase("open", Phase.card(CARD), PhaseAction.OPEN));
        TableClient table = client(host, "bord-1", "outbox-1");
        Await.until("Bord 1 seated", () -> table.status() == TableClient.Status.CONNECTED);
        return table;
    }

    /** The bare laptop asks for {@code table}'s seat with the join code. */
    private static void join(WebSocket ws, String table) throws Exception {
        ws.sendText("{\"type\":\"join\",\"code\":\"" + CODE + "\",\"tableId\":\"" + table + "\",\"token\":null}", true)
                .get(60, TimeUnit.SECONDS);
    }

    private Map<String, Integer> answers(int v) {
        Map<String, Integer> a = new LinkedHashMap<>();
        w.enquete().statements().forEach(s -> a.put(s.id(), v));
        return a;
    }

    @Test
    void tablesRunAMeetingOverTheNetworkAndTheResultsEqualThoseEnteredByHand() throws Exception {
        MeetingEngine engine = engine();
        HostServer host = host(engine);
        List<TableClient> tables = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            tables.add(client(host, "bord-" + i, "outbox-" + i));
        }
        Await.until("all seated", () -> tables.stream().allMatch(t -> t.status() == TableClient.Status.CONNECTED));

        engine.execute(new Command.ChangePhase("p1", Phase.ENQUETE, PhaseAction.OPEN));
        Await.until(
                "the phase change reaches every table",
                () -> tables.stream()
                        .allMatch(
                                t -> t.state() != null && t.state().openPhases().contains(Phase.ENQUETE)));

        List<String> items =
                w.ranking().items().stream().map(Workshop.RankItem::id).toList();
        List<List<String>> rankings = List.of(
                items,
                List.of(items.get(1), items.get(0), items.get(2), items.get(3), items.get(4)),
                List.of(items.get(4), items.get(3), items.get(2), items.get(1), items.get(0)));
        List<CompletableFuture<Wire.Ack>> acks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            acks.add(tables.get(i)
                    .submit(new Command.SubmitEnqueteBallot(
                            "t" + i + "-ballot", "bord-" + (i + 1), null, rankings.get(i), answers(i + 3))));
        }
        engine.execute(new Command.ChangePhase("p2", Phase.card(CARD), PhaseAction.OPEN));
        Await.until(
                "card open at every table",
                () -> tables.stream()
                        .allMatch(
                                t -> t.state() != null && t.state().openPhases().contains(Phase.card(CARD))));
        for (int i = 0; i < 3; i++) {
            acks.add(tables.get(i)
                    .submit(new Command.AddItem(
                            "t" + i + "-item",
                            "bord-" + (i + 1),
                            CARD,
                            "fordele",
                            "Fælles drift fra bord " + (i + 1) + " – æøå 🍎")));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        tables.forEach(t -> assertEquals(0, t.pending()));

        // The same ballots and items entered by hand give the same results.
        try (TestMeeting byHand = TestMeeting.of(w)) {
            byHand.open(Phase.ENQUETE);
            for (int i = 0; i < 3; i++) {
                byHand.enquete("bord-" + (i + 1), rankings.get(i), answers(i + 3));
            }
            Snapshot net = engine.snapshot();
            assertEquals(Rankings.enquete(byHand.snap()), Rankings.enquete(net));
            assertEquals(Statements.summarise(byHand.snap()), Statements.summarise(net));
            assertEquals(
                    Set.of(
                            "Fælles drift fra bord 1 – æøå 🍎",
                            "Fælles drift fra bord 2 – æøå 🍎",
                            "Fælles drift fra bord 3 – æøå 🍎"),
                    net.items().stream().map(Snapshot.Item::text).collect(Collectors.toSet()));
        }
    }

    @Test
    void closingTheMeetingLeavesNothingRunningThatKeepsTheProgramOpen() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        MeetingEngine engine = engine();
        HostServer host = host(engine);
        TableClient table = client(host, "bord-1", "outbox-1");
        Await.until("seated", () -> table.status() == TableClient.Status.CONNECTED);
        table.close();
        host.close();
        engine.close();
        // The facilitator closes the window: the program must end, so no thread of ours may hold it.
        Await.until(
                "only daemon threads left of the meeting's",
                () -> Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
                        .findAny()
                        .isEmpty());
    }

    @Test
    void droppedConnectionsLoseNothingAndDoubleNothing() throws Exception {
        MeetingEngine engine = engine();
        engine.execute(new Command.ChangePhase("p", Phase.card(CARD), PhaseAction.OPEN));
        HostServer host = host(engine);
        TableClient table = client(host, "bord-2", "outbox");
        Await.until("seated", () -> table.status() == TableClient.Status.CONNECTED);
        List<CompletableFuture<Wire.Ack>> acks = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            acks.add(table.submit(new Command.AddItem("drop-" + i, "bord-2", CARD, "ulemper", "Punkt " + i)));
            if (i % 60 == 30) {
                table.dropConnection();
            }
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        Snapshot s = engine.snapshot();
        assertEquals(300, s.items().size());
        assertEquals(300, s.items().stream().map(Snapshot.Item::id).distinct().count());
        assertEquals(0, table.pending());
    }

    @Test
    void theOutboxKeepsEntriesUntilAHostAcknowledgesThem() throws Exception {
        MeetingEngine engine = engine();
        engine.execute(new Command.ChangePhase("p", Phase.card(CARD), PhaseAction.OPEN));
        // No host yet: the entries wait in the outbox, on disk.
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        TableClient offline =
                new TableClient(URI.create("ws://127.0.0.1:" + port + "/ws"), CODE, "bord-4", dir.resolve("box"));
        offline.start();
        for (int i = 0; i < 5; i++) {
            offline.submit(new Command.AddItem("wait-" + i, "bord-4", CARD, "fordele", "Venter " + i));
        }
        assertEquals(5, offline.pending());
        offline.close(); // the laptop is shut
        HostServer host = new HostServer(engine, CODE, SECRET, "127.0.0.1", port);
        open.add(host);
        TableClient again =
                new TableClient(URI.create("ws://127.0.0.1:" + port + "/ws"), CODE, "bord-4", dir.resolve("box"));
        open.add(again);
        assertEquals(5, again.pending());
        again.start();
        Await.until("the outbox delivered", () -> again.pending() == 0);
        assertEquals(5, engine.snapshot().items().size());
    }

    @Test
    void aThousandBadMessagesChangeNothingAndEachGetsItsError() throws Exception {
        MeetingEngine engine = engine();
        engine.execute(new Command.ChangePhase("p", Phase.card(CARD), PhaseAction.OPEN));
        engine.execute(new Command.ChangePhase("q", Phase.ENQUETE, PhaseAction.OPEN));
        HostServer host = host(engine);
        AtomicInteger replies = new AtomicInteger();
        List<String> codes = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> seated = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + host.port() + "/ws"), new TextListener(text -> {
                    if (text.contains("\"joined\"")) {
                        int at = text.indexOf("\"token\":\"") + 9;
                        seated.complete(text.substring(at, text.indexOf('"', at)));
                    }
                    if (text.contains("\"error\"") || text.contains("\"ack\"")) {
                        replies.incrementAndGet();
                        int at = text.indexOf("\"code\":\"");
                        codes.add(at < 0 ? "ack" : text.substring(at + 8, text.indexOf('"', at + 8)));
                    }
                }))
                .get(60, TimeUnit.SECONDS);
        ws.sendText("{\"type\":\"join\",\"code\":\"" + CODE + "\",\"tableId\":\"bord-1\",\"token\":null}", true)
                .get();
        String token = seated.get(60, TimeUnit.SECONDS);
        // One accepted item, which is then replayed many times.
        ws.sendText(
                        submit(
                                token,
                                "{\"type\":\"addItem\",\"commandId\":\"ok-1\",\"tableId\":\"bord-1\",\"cardId\":\""
                                        + CARD + "\",\"fieldId\":\"fordele\",\"text\":\"Godt\"}"),
                        true)
                .get();
        Await.until("first ack", () -> replies.get() == 1);
        Snapshot before = engine.snapshot();
        String forged = token.substring(1) + "x";
        List<String> bad = new ArrayList<>();
        String big = "x".repeat(40_000);
        for (int i = 0; i < 1000; i++) {
            bad.add(
                    switch (i % 12) {
                        case 0 -> "{not json";
                        case 1 -> "{\"type\":\"explode\"}";
                        case 2 -> "{\"type\":\"submit\",\"token\":42,\"command\":\"nope\"}";
                        case 3 ->
                            "{\"type\":\"submit\",\"token\":\"" + token
                                    + "\",\"command\":{\"type\":\"addItem\",\"commandId\":\"big-" + i
                                    + "\",\"tableId\":\"bord-1\",\"cardId\":\"" + CARD
                                    + "\",\"fieldId\":\"fordele\",\"text\":\"" + big + "\"}}";
                        case 4 -> submit(null, addItem("anon-" + i, "bord-1", "Uden plads"));
                        case 5 -> submit(forged, addItem("forged-" + i, "bord-2", "Falsk"));
                        case 6 -> submit(token, addItem("other-" + i, "bord-2", "Andet bords"));
                        case 7 ->
                            submit(
                                    token,
                                    "{\"type\":\"changePhase\",\"commandId\":\"ph-" + i
                                            + "\",\"phase\":\"ranking\",\"action\":\"OPEN\"}");
                        case 8 ->
                            submit(
                                    token,
                                    "{\"type\":\"enqueteBallot\",\"commandId\":\"perm-" + i
                                            + "\",\"tableId\":\"bord-1\",\"ballotId\":null,\"ranking\":[\"dialog\",\"dialog\"],\"answers\":{}}");
                        case 9 ->
                            submit(
                                    token,
                                    "{\"type\":\"addItem\",\"commandId\":\"card-" + i
                                            + "\",\"tableId\":\"bord-1\",\"cardId\":\"nowhere\",\"fieldId\":\"fordele\",\"text\":\"x\"}");
                        case 10 -> submit(token, addItem("long-" + i, "bord-1", "ø".repeat(1001)));
                        default ->
                            submit(
                                    token,
                                    "{\"type\":\"addItem\",\"commandId\":\"ok-1\",\"tableId\":\"bord-1\",\"cardId\":\""
                                            + CARD + "\",\"fieldId\":\"fordele\",\"text\":\"Godt\"}");
                    });
        }
        for (String m : bad) {
            ws.sendText(m, true).get(60, TimeUnit.SECONDS);
        }
        Await.until("an answer to every message", () -> replies.get() == 1001);
        assertEquals(before, engine.snapshot(), "a bad message changed the meeting");
        assertTrue(
                codes.containsAll(List.of(
                        "BAD_MESSAGE",
                        "TOO_LARGE",
                        "NOT_SEATED",
                        "NOT_ALLOWED",
                        "NOT_A_PERMUTATION",
                        "UNKNOWN_CARD",
                        "TEXT_TOO_LONG",
                        "ack")),
                codes.stream().distinct().toList().toString());
        // The server is still serving.
        ws.sendText(submit(token, addItem("after", "bord-1", "Stadig her")), true)
                .get();
        Await.until("served after the storm", () -> engine.snapshot().items().size() == 2);
        ws.abort();
    }

    private static String addItem(String id, String table, String text) {
        return "{\"type\":\"addItem\",\"commandId\":\"" + id + "\",\"tableId\":\"" + table + "\",\"cardId\":\"" + CARD
                + "\",\"fieldId\":\"fordele\",\"text\":\"" + text + "\"}";
    }

    private static String submit(String token, String command) {
        return "{\"type\":\"submit\",\"token\":" + (token == null ? "null" : "\"" + token + "\"") + ",\"command\":"
                + command + "}";
    }

    /**
     * A table is sent its whole state on joining and on a phase change, and after that only what changed
     * among its items. Those changes must add up: after adding, editing, withdrawing, hiding, highlighting,
     * merging across tables and rewording a merge's target, each table shows what a table joining now is
     * sent whole.
     */
    @Test
    void theChangesATableIsSentAddUpToTheStateATableJoiningNowGets() throws Exception {
        MeetingEngine engine = engine();
        HostServer host = host(engine);
        TableClient one = client(host, "bord-1", "outbox-1");
        TableClient two = client(host, "bord-2", "outbox-2");
        Await.until(
                "both seated",
                () -> one.status() == TableClient.Status.CONNECTED && two.status() == TableClient.Status.CONNECTED);
        engine.execute(new Command.ChangePhase("open", Phase.card(CARD), PhaseAction.OPEN));
        List<String> ones = new ArrayList<>();
        List<String> twos = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String table = i % 2 == 0 ? "bord-1" : "bord-2";
            String id = "item-" + i;
            engine.execute(new Command.AddItem(
                    id, table, CARD, i % 3 == 0 ? "spoergsmaal" : "fordele", "Punkt " + i + " – æøå"));
            (i % 2 == 0 ? ones : twos).add(id);
        }
        engine.execute(new Command.EditItem("e1", "bord-1", ones.get(3), "Punkt rettet af bordet"));
        engine.execute(new Command.WithdrawItem("w1", "bord-2", twos.get(4)));
        engine.execute(new Command.HideItem("h1", ones.get(5), true));
        engine.execute(new Command.HighlightItem("l1", twos.get(6), true));
        // Bord 2's question merged into Bord 1's, whose wording the facilitator then changes.
        engine.execute(new Command.MergeItems("m1", ones.get(0), List.of(twos.get(1))));
        Await.until(
                "Bord 2 sees the merge",
                () -> two.state() != null
                        && two.state().items().stream()
                                .anyMatch(
                                        i -> i.id().equals(twos.get(1)) && "Punkt 0 – æøå".equals(i.mergedIntoText())));
        engine.execute(new Command.ModerateText("t1", ones.get(0), "Spørgsmålet, som facilitatoren formulerede det"));
        for (int i = 40; i < 44; i++) {
            engine.execute(new Command.AddItem("item-" + i, "bord-1", CARD, "ulemper", "Sent punkt " + i));
        }
        // A burst the host tells the tables of in one push: Bord 2 writes two questions, the second is merged
        // into a new one of Bord 1's, which is reworded. Bord 2's new items must come in the order written.
        List<CompletableFuture<?>> burst = List.of(
                engine.submit(new Command.AddItem("item-44", "bord-1", CARD, "spoergsmaal", "Bord 1's nye spørgsmål")),
                engine.submit(new Command.AddItem("item-45", "bord-2", CARD, "spoergsmaal", "Bord 2's første")),
                engine.submit(new Command.AddItem("item-46", "bord-2", CARD, "spoergsmaal", "Bord 2's andet")),
                engine.submit(new Command.MergeItems("m2", "item-44", List.of("item-46"))),
                engine.submit(new Command.ModerateText("t2", "item-44", "Samlet spørgsmål")));
        burst.forEach(CompletableFuture::join);
        long seq = engine.snapshot().seq();
        Await.until(
                "Bord 1 up to date", () -> one.state() != null && one.state().seq() >= seq);
        // Bord 2 wrote nothing since: only the rewording tells it of the new text.
        Await.until(
                "Bord 2 sees the new wording of the item its question was merged into",
                () -> two.state().items().stream()
                        .anyMatch(i -> i.id().equals(twos.get(1))
                                && "Spørgsmålet, som facilitatoren formulerede det".equals(i.mergedIntoText())));
        Await.until(
                "Bord 2 sees the burst",
                () -> two.state().items().stream()
                        .anyMatch(i -> i.id().equals("item-46") && "Samlet spørgsmål".equals(i.mergedIntoText())));
        List<Wire.TableItem> oneSaw = one.state().items();
        List<Wire.TableItem> twoSaw = two.state().items();
        // The laptops start again: each joins with its seat and is sent its table's state whole.
        one.close();
        two.close();
        TableClient oneNow = client(host, "bord-1", "outbox-1");
        TableClient twoNow = client(host, "bord-2", "outbox-2");
        Await.until("joined now", () -> oneNow.state() != null && twoNow.state() != null);
        assertEquals(
                oneNow.state().items(), oneSaw, "Bord 1's items, changed bit by bit, as a table joining now gets them");
        assertEquals(
                twoNow.state().items(), twoSaw, "Bord 2's items, changed bit by bit, as a table joining now gets them");
        assertEquals(25, oneSaw.size());
        assertEquals(21, twoSaw.size(), "Bord 2's 22 items less the one withdrawn");
    }

    /**
     * A table writing fast is not sent one message per entry at each of its laptops: after a first few at
     * once, a laptop is told at most once per {@link PushScheduler#PUSH_SPACING_MILLIS}, and then of all that
     * changed meanwhile, in the order it was written. A second laptop at the table, listening on a bare socket, counts the messages.
     */
    @Test
    void aTableWritingFastIsToldInFewMessagesOfEveryItemInOrder() throws Exception {
        MeetingEngine engine = engine();
        HostServer host = host(engine);
        TableClient writer = seatedAtOpenCard(engine, host);
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        WebSocket other = bareLaptop(host, heard);
        List<Door.View> door = new java.util.concurrent.CopyOnWriteArrayList<>();
        host.onDoor(door::add);
        join(other, "bord-1");
        // The seat is the writer's: the facilitator lets the second laptop sit beside it.
        Await.until(
                "the facilitator asked",
                () -> !door.get(door.size() - 1).waiting().isEmpty());
        host.answer(door.get(door.size() - 1).waiting().get(0).id(), Door.Answer.ADD);
        Await.until(
                "both laptops at Bord 1",
                () -> writer.status() == TableClient.Status.CONNECTED
                        && List.copyOf(heard).stream().anyMatch(m -> m.startsWith("{\"type\":\"state\"")));
        List<String> written = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            String id = "fast-" + i;
            writer.submit(new Command.AddItem(id, "bord-1", CARD, "fordele", "Punkt " + i + " ✓"))
                    .get(60, TimeUnit.SECONDS);
            written.add(id);
        }
        Wire.State[] seen = new Wire.State[1];
        int[] changes = new int[1];
        Await.until("the other laptop has every item", () -> {
            seen[0] = null;
            changes[0] = 0;
            for (String m : List.copyOf(heard)) {
                try {
                    Wire.ToTable message = Wire.MAPPER.readValue(m, Wire.ToTable.class);
                    if (message instanceof Wire.State s) {
                        seen[0] = s;
                    } else if (message instanceof Wire.Items i && seen[0] != null) {
                        seen[0] = seen[0].with(i);
                        changes[0]++;
                    }
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
            return seen[0] != null && seen[0].items().size() == written.size();
        });
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(
                written, seen[0].items().stream().map(Wire.TableItem::id).toList(), "every item, in the order written");
        assertTrue(
                changes[0] <= elapsed / PushScheduler.PUSH_SPACING_MILLIS + PushScheduler.PUSH_BURST,
                changes[0] + " messages for 30 items in " + elapsed + " ms: more than one per "
                        + PushScheduler.PUSH_SPACING_MILLIS + " ms");
    }

    /**
     * In a dot vote a table's dots are its own: a table casting them is told, and the other tables are not sent
     * the whole card's items to vote on again for each cast. A laptop at Bord 2, on a bare socket, counts what
     * it is sent while Bord 1 casts its dots ten times; then the facilitator hides an item, which every table
     * is told of.
     */
    @Test
    void aTableCastingDotsIsToldAndTheOthersAreNotSentTheCardAgain() throws Exception {
        MeetingEngine engine = engine();
        HostServer host = host(engine);
        engine.execute(new Command.ChangePhase("open", Phase.card(CARD), PhaseAction.OPEN));
        String a = "q-1";
        String b = "q-2";
        engine.execute(new Command.AddItem(a, "bord-1", CARD, "spoergsmaal", "Hvem betaler?"));
        engine.execute(new Command.AddItem(b, "bord-2", CARD, "spoergsmaal", "Hvem følger op?"));
        engine.execute(new Command.ChangePhase("dots", Phase.dots(CARD), PhaseAction.OPEN));
        TableClient caster = client(host, "bord-1", "outbox-1");
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        WebSocket other = bareLaptop(host, heard);
        join(other, "bord-2");
        Await.until(
                "both tables seated, Bord 2 with the items to vote on",
                () -> caster.status() == TableClient.Status.CONNECTED
                        && List.copyOf(heard).stream()
                                .anyMatch(m -> m.startsWith("{\"type\":\"state\"") && m.contains("Hvem følger op?")));
        int before = heard.size();
        for (int i = 0; i < 10; i++) {
            // Acknowledged, or the wait fails with why it was refused.
            caster.submit(new Command.CastDots("cast-" + i, "bord-1", CARD, Map.of(i % 2 == 0 ? a : b, 1)))
                    .get(60, TimeUnit.SECONDS);
        }
        Await.until(
                "Bord 1 told of its last dots",
                () -> caster.state() != null && caster.state().dots().equals(Map.of(b, 1)));
        engine.execute(new Command.HideItem("hide", a, true));
        Await.until("Bord 2 told the hidden item is no longer voted on", () -> {
            List<String> now = List.copyOf(heard);
            String last = now.get(now.size() - 1);
            return now.size() > before && !last.contains("Hvem betaler?");
        });
        List<String> since = List.copyOf(heard).subList(before, heard.size());
        assertEquals(1, since.size(), "Bord 2 was sent only the change it sees, not a message per cast: " + since);
    }

    /**
     * The longest entry the workshop allows, in letters of up to four bytes each (emoji, Chinese, Arabic, a
     * musical symbol), arrives whole and as written, acknowledged — several times what the host reads a
     * message into to begin with.
     */
    @Test
    void theLongestEntryInLettersOfAnyScriptArrivesAsWritten() throws Exception {
        MeetingEngine engine = engine();
        HostServer host = host(engine);
        TableClient table = seatedAtOpenCard(engine, host);
        String[] letters = {"🙂", "中", "ع", "ø", "𝄞"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < w.textLimit(); i++) {
            text.append(letters[i % letters.length]);
        }
        assertTrue(text.toString().getBytes(StandardCharsets.UTF_8).length > 2 * WebSockets.INPUT_BUFFER);
        table.submit(new Command.AddItem("long", "bord-1", CARD, "fordele", text.toString()))
                .get(60, TimeUnit.SECONDS);
        assertEquals(
                text.toString(), engine.snapshot().item("long").orElseThrow().text(), "the entry as written");
    }

    /** Changes apply to a table's items in their place, new ones last, withdrawn ones out, even at the same seq. */
    @Test
    void changesApplyToTheItemsATableHas() {
        Wire.TableItem a = new Wire.TableItem("a", "fordele", "A", "A", false, false, null);
        Wire.TableItem b = new Wire.TableItem("b", "fordele", "B", "B", false, false, null);
        Wire.TableItem c = new Wire.TableItem("c", "ulemper", "C", "C", false, false, null);
        Wire.State state = new Wire.State(
                1,
                10,
                Phase.card(CARD),
                List.of(Phase.card(CARD)),
                false,
                List.of(a, b, c),
                List.of(),
                Map.of(),
                0,
                null,
                null);
        Wire.TableItem b2 = new Wire.TableItem("b", "fordele", "B rettet", "B", true, false, null);
        Wire.TableItem d = new Wire.TableItem("d", "ulemper", "D", "D", false, false, null);
        Wire.State after = state.with(new Wire.Items(2, 12, List.of(d, b2), List.of("a")));
        assertEquals(List.of(b2, c, d), after.items());
        assertEquals(12, after.seq());
        // A second push at the same meeting seq (the host's state had moved on while it made the first) applies too.
        Wire.TableItem e = new Wire.TableItem("e", "fordele", "E", "E", false, false, null);
        assertEquals(
                List.of(b2, c, d, e),
                after.with(new Wire.Items(3, 12, List.of(e), List.of())).items());
    }
}
