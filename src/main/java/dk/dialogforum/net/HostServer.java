package dk.dialogforum.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.dialogforum.meeting.Applied;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.util.Daemons;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The facilitator's end of the room network: an embedded WebSocket server (Javalin on Jetty) that
 * seats tables with the meeting's join code, takes their commands into the engine and pushes the
 * meeting's state to them. It never touches the UI; phase changes and moderation are never accepted
 * from the network. A command is acknowledged only once the engine has made it durable.
 */
public final class HostServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HostServer.class.getName());
    /** After this many wrong join codes from one address, further tries are refused for a while. */
    static final int MAX_BAD_CODES = 5;
    static final long LOCKOUT_MILLIS = 30_000;
    /** How often each connection is pinged; a table laptop that hears nothing for three times this reconnects. */
    public static final long PING_SECONDS = 5;

    private final MeetingEngine engine;
    private final String joinCode;
    private final byte[] secret;
    private final Javalin app;
    /** The connections seated at each table: usually one, more when a table has a second laptop or a spare. */
    private final Map<String, Set<WsContext>> seated = new ConcurrentHashMap<>();
    private final Map<String, int[]> badCodes = new ConcurrentHashMap<>();
    private final Map<String, Long> lockedUntil = new ConcurrentHashMap<>();
    private final AtomicLong pushes = new AtomicLong();
    private final Runnable unsubscribe;
    /**
     * How often a table is told, at most, when it is told often: a push every this many milliseconds, after
     * a first {@link #PUSH_BURST} at once. What changes for a table that must wait goes into its next push.
     * A room's tables, whose items come a few a minute, are always told at once; under a flood of entries
     * this keeps the host from sending every laptop at a table a message per entry.
     */
    static final long PUSH_SPACING_MILLIS = 200;
    static final int PUSH_BURST = 3;
    /** Builds and sends state pushes, off the engine's writer thread. */
    private final java.util.concurrent.ScheduledExecutorService pusher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Daemons.named("table-push"));
    /** What each table is yet to be told, waiting for its next push (push thread only). */
    private final Map<String, Untold> untold = new HashMap<>();
    /** The pushes each table may have now (push thread only). */
    private final Map<String, Allowance> allowances = new HashMap<>();
    /** Whether a push is scheduled for the tables that wait (push thread only). */
    private boolean laterScheduled;
    /** Where each item is in the snapshots' list, which only grows (push thread only). */
    private final Places places = new Places();
    private final java.util.concurrent.atomic.AtomicBoolean pushScheduled = new java.util.concurrent.atomic.AtomicBoolean();
    /** Accepted batches the push thread has yet to tell the tables of. */
    private final java.util.concurrent.ConcurrentLinkedQueue<List<Applied>> accepted = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /**
     * Pings every connection now and then, so a room's Wi-Fi keeps it open and a vanished laptop is
     * noticed. Our own daemon thread: the web server's automatic pings run on a thread that outlives the
     * server and keeps the program from ending.
     */
    private final java.util.concurrent.ScheduledExecutorService pinger = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Daemons.named("table-ping"));
    /** Each open connection, with when it was last heard from (System.nanoTime): a message, or its "still here". */
    private final Map<WsContext, Long> connected = new ConcurrentHashMap<>();
    /** Silence after which a table's connection is let go: three pings unanswered. */
    static final long SILENT_TABLE_NANOS = (3 * PING_SECONDS + 1) * 1_000_000_000L;
    /** The connections that gave the join code or a seat's token, and were told the workshop (added on the push thread). */
    private final Set<WsContext> admitted = ConcurrentHashMap.newKeySet();
    /** The workshop as the admitted are told it (push thread). */
    private com.fasterxml.jackson.databind.JsonNode workshopTree;
    /** Names this meeting to the tables: the same after a restart of the host, another for every meeting. */
    private final String meetingId;
    /** token → table id, computed once: every submission looks its token up. */
    private final Map<String, String> tables = new ConcurrentHashMap<>();

    /**
     * Starts serving {@code engine} on {@code port} (0 for any free port), tables seated with
     * {@code joinCode}; seat tokens are derived from {@code secret}, so they survive a restart of the host.
     */
    public HostServer(MeetingEngine engine, String joinCode, byte[] secret, String bindAddress, int port) {
        this.engine = engine;
        this.joinCode = joinCode;
        this.secret = secret.clone();
        engine.workshop().tables().forEach(t -> tables.put(token(t.id()), t.id()));
        // Derived from the secret as the tokens are, so a restarted host is the same meeting; a table id has
        // no spaces, so this is no table's token.
        this.meetingId = token("meeting id").substring(0, 22);
        this.app = Javalin.create(config -> config.showJavalinBanner = false);
        app.ws("/ws", ws -> {
            ws.onConnect(ctx -> {
                connected.put(ctx, System.nanoTime());
                // Every message goes out at once; batching would hold answers back until a buffer fills.
                ctx.session.getRemote().setBatchMode(org.eclipse.jetty.websocket.api.BatchMode.OFF);
                // Nothing of the meeting before the code or a seat's token: that comes with being admitted.
                send(ctx, new Wire.Hello(Wire.PROTOCOL, meetingId));
            });
            ws.onMessage(ctx -> handle(ctx, ctx.message()));
            ws.onClose(this::forget);
            ws.onError(this::forget);
        });
        app.start(bindAddress, port);
        pinger.scheduleWithFixedDelay(this::ping, PING_SECONDS, PING_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        this.unsubscribe = engine.subscribe(this::noteChanges);
    }

    public int port() {
        return app.port();
    }

    /** The meeting's id on the network, as the hello gives it: derived from the host's secret, not the journal's id. */
    public String meetingId() {
        return meetingId;
    }

    /** The token of a seat: an HMAC of the table id, so only the host can make one. */
    String token(String tableId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(tableId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String tableOf(String token) {
        return token == null ? null : tables.get(token);
    }

    private void handle(WsContext ctx, String text) {
        connected.replace(ctx, System.nanoTime());
        if (text.length() > Wire.MAX_MESSAGE) {
            send(ctx, error(null, "TOO_LARGE"));
            return;
        }
        Wire.ToHost message;
        try {
            message = Wire.MAPPER.readValue(text, Wire.ToHost.class);
        } catch (JsonProcessingException | RuntimeException e) {
            send(ctx, error(null, "BAD_MESSAGE"));
            return;
        }
        if (message instanceof Wire.Alive) {
            return; // heard, above
        }
        if (message instanceof Wire.Join join) {
            join(ctx, join);
        } else if (message instanceof Wire.Submit submit) {
            submit(ctx, submit);
        }
    }

    private String address(WsContext ctx) {
        try {
            return String.valueOf(ctx.session.getRemoteAddress());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private void join(WsContext ctx, Wire.Join join) {
        String from = address(ctx).replaceAll(":\\d+$", "");
        String tableId = join.token() != null ? tableOf(join.token()) : null;
        if (tableId == null) {
            Long locked = lockedUntil.get(from);
            if (locked != null && locked > System.currentTimeMillis()) {
                send(ctx, error(null, "TOO_MANY_ATTEMPTS"));
                return;
            }
            boolean codeOk = join.code() != null && MessageDigest.isEqual(joinCode.getBytes(StandardCharsets.UTF_8),
                    join.code().getBytes(StandardCharsets.UTF_8));
            if (!codeOk) {
                int[] count = badCodes.computeIfAbsent(from, k -> new int[1]);
                synchronized (count) {
                    if (++count[0] >= MAX_BAD_CODES) {
                        lockedUntil.put(from, System.currentTimeMillis() + LOCKOUT_MILLIS);
                        count[0] = 0;
                    }
                }
                send(ctx, error(null, "BAD_CODE"));
                return;
            }
            if (join.tableId() == null) {
                // The code alone: the table is let in to pick its seat.
                pusher.execute(() -> admit(ctx));
                return;
            }
            if (engine.workshop().table(join.tableId()).isEmpty()) {
                send(ctx, error(null, "UNKNOWN_TABLE"));
                return;
            }
            tableId = join.tableId();
        }
        unseat(ctx);
        seated.compute(tableId, (t, at) -> {
            Set<WsContext> now = at == null ? ConcurrentHashMap.newKeySet() : at;
            now.add(ctx);
            return now;
        });
        seatsChanged();
        if (!engine.snapshot().joinedTables().contains(tableId)) {
            // The meeting's record that the table took part (the welcome's "N of 6 are here", the minutes).
            // One id per seat: laptops that take it at once, or again after a restart, record it once.
            engine.submit(new Command.JoinTable("seat:" + tableId, tableId));
        }
        // From the push thread, as the seats in use and every state and change a table is sent: a connection
        // gets them in order, the workshop first.
        String seat = tableId;
        pusher.execute(() -> {
            admit(ctx);
            send(ctx, new Wire.Joined(seat, token(seat)));
            send(ctx, state(engine.snapshot(), seat));
        });
    }

    /** Tells a connection that gave the right code or token the meeting's workshop and the seats in use, once (push thread). */
    private void admit(WsContext ctx) {
        if (connected.containsKey(ctx) && admitted.add(ctx)) {
            if (workshopTree == null) {
                workshopTree = dk.dialogforum.workshop.WorkshopWriter.toTree(engine.workshop());
            }
            send(ctx, new Wire.Admitted(List.copyOf(seated.keySet()), workshopTree));
        }
    }

    private void submit(WsContext ctx, Wire.Submit submit) {
        Command command = submit.command();
        String commandId = command == null ? null : command.commandId();
        String tableId = tableOf(submit.token());
        if (tableId == null) {
            send(ctx, error(commandId, "NOT_SEATED"));
            return;
        }
        if (command == null || command.facilitatorOnly() || !tableId.equals(command.table())) {
            send(ctx, error(commandId, "NOT_ALLOWED"));
            return;
        }
        engine.submit(command).whenComplete((o, e) -> {
            if (o == null) {
                send(ctx, error(commandId, "INTERNAL"));
            } else if (o.status() == Outcome.Status.REJECTED) {
                send(ctx, new Wire.Error(commandId, o.rejection().code().name(), o.rejection().message(Texts.DANISH)));
            } else {
                send(ctx, new Wire.Ack(commandId, o.seq()));
            }
        });
    }

    private Wire.Error error(String commandId, String code) {
        return new Wire.Error(commandId, code, Texts.get(Texts.DANISH, "net.error." + code));
    }

    private Wire.State state(Snapshot s, String tableId) {
        TableView v = new TableView(s, places);
        v.build(Set.of(tableId));
        return state(v, tableId);
    }

    /**
     * What the tables' states are made from, worked out once per push: the open phases and the card the
     * tables work on; then, for the tables to tell only, their items on it, and the items up for dot votes.
     */
    private static final class TableView {
        final Snapshot snapshot;
        final List<String> open;
        final Phase card;
        /** Whether the card's dot vote is open: then every table sees every change to the items. */
        final boolean dotVote;
        final Map<String, List<Wire.TableItem>> itemsByTable = new HashMap<>();
        private final Places places;
        List<Wire.DotItem> dotItems = List.of();

        TableView(Snapshot s, Places places) {
            snapshot = s;
            this.places = places;
            open = s.phases().entrySet().stream().filter(e -> e.getValue().open()).map(Map.Entry::getKey).toList();
            Workshop w = s.workshop();
            // The card the table works on: the last open card or dot-vote phase, as the table's screen follows it.
            card = open.stream().map(id -> Phase.find(w, id).orElse(null))
                    .filter(p -> p != null && (p.kind() == Phase.Kind.CARD || p.kind() == Phase.Kind.DOTS))
                    .reduce((a, b) -> b).orElse(null);
            dotVote = card != null && open.contains(Phase.dots(card.cardId()));
        }

        /** An item by its id, as it is in this snapshot; null if the snapshot has none of that id. */
        Snapshot.Item item(String id) {
            return places.item(snapshot.items(), id);
        }

        /** Builds the items of {@code tables} (all, if null) on the card, and the items up for dot votes. */
        void build(Set<String> tables) {
            if (card == null || tables != null && tables.isEmpty() && !dotVote) {
                // No table's whole state to make and no dot vote: nothing to look through all items for.
                return;
            }
            Workshop w = snapshot.workshop();
            List<Wire.DotItem> dots = new ArrayList<>();
            for (Snapshot.Item i : snapshot.items()) {
                if (!card.cardId().equals(i.cardId())) {
                    continue;
                }
                if (!i.withdrawn() && (tables == null || tables.contains(i.tableId()))) {
                    itemsByTable.computeIfAbsent(i.tableId(), t -> new ArrayList<>()).add(tableItem(i));
                }
                if (dotVote && i.visible() && w.field(i.fieldId()).map(Workshop.WorksheetField::dotVotes).orElse(false)) {
                    dots.add(new Wire.DotItem(i.id(), i.fieldId(), i.text(), i.tableId()));
                }
            }
            dotItems = List.copyOf(dots);
        }

        /** An item as its table sees it: with the text of the item it was merged into, if any. */
        Wire.TableItem tableItem(Snapshot.Item i) {
            Snapshot.Item into = i.mergedInto() == null ? null : item(i.mergedInto());
            return new Wire.TableItem(i.id(), i.fieldId(), i.text(), i.tableText(), i.hidden(), i.highlighted(),
                    into == null ? null : into.text());
        }

        /**
         * What changed for one table, given its changed {@code items}: those on the card as they are now,
         * and the ids of those it no longer has there (withdrawn). Items of other cards are left out.
         */
        Wire.Items changes(List<Snapshot.Item> items, long n) {
            List<Wire.TableItem> changed = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            for (Snapshot.Item i : items) {
                if (card == null || !card.cardId().equals(i.cardId())) {
                    continue;
                }
                if (i.withdrawn()) {
                    gone.add(i.id());
                } else {
                    changed.add(tableItem(i));
                }
            }
            return new Wire.Items(n, snapshot.seq(), changed, gone);
        }
    }

    private Wire.State state(TableView v, String tableId) {
        Snapshot s = v.snapshot;
        List<Wire.TableItem> items = v.itemsByTable.getOrDefault(tableId, List.of());
        List<Wire.DotItem> dotItems = List.of();
        Map<String, Integer> dots = Map.of();
        if (v.dotVote) {
            dotItems = v.dotItems;
            dots = s.dots().getOrDefault(v.card.cardId(), Map.of()).getOrDefault(tableId, Map.of());
        }
        int ballots = 0;
        if (v.open.contains(Phase.RANKING)) {
            ballots = (int) s.rankingBallots().stream().filter(b -> tableId.equals(b.tableId())).count();
        } else if (v.open.contains(Phase.ENQUETE)) {
            ballots = (int) s.enqueteBallots().stream().filter(b -> tableId.equals(b.tableId())).count();
        }
        return new Wire.State(pushes.incrementAndGet(), s.seq(), s.currentPhase(), v.open, s.closed(), items, dotItems, dots, ballots);
    }

    /**
     * Queues an accepted batch for the push thread. Runs on the engine's writer thread, which answers
     * every table: it only queues, and a burst of batches becomes one push per table.
     */
    private void noteChanges(List<Applied> batch) {
        if (seated.isEmpty()) {
            return;
        }
        accepted.add(batch);
        if (pushScheduled.compareAndSet(false, true)) {
            pusher.execute(this::push);
        }
    }

    /**
     * Tells the tables what the queued batches changed for them: everyone their whole state at once on a
     * phase change; everyone their whole state while a dot vote is open (the items to vote on change); a
     * table whose ballots changed its whole state (a count, and few items outside a card); otherwise each
     * table only its items that changed, so a push costs what changed, not all the table has written. A
     * table told too often lately (see {@link #PUSH_SPACING_MILLIS}) waits, and is then told all that
     * changed meanwhile, each item as it is then.
     */
    private void push() {
        pushScheduled.set(false);
        List<List<Applied>> batches = new ArrayList<>();
        for (List<Applied> b; (b = accepted.poll()) != null; ) {
            batches.add(b);
        }
        if (batches.isEmpty() && untold.isEmpty()) {
            return;
        }
        TableView v = new TableView(engine.snapshot(), places);
        Set<String> items = new java.util.LinkedHashSet<>();
        boolean everyone = false;
        for (List<Applied> batch : batches) {
            for (Applied a : batch) {
                Event e = a.event();
                if (e instanceof Event.PhaseChanged || e instanceof Event.MeetingClosed) {
                    everyone = true;
                } else if (!e.itemIds().isEmpty() || e instanceof Event.DotsCast) {
                    if (v.dotVote) {
                        seated.keySet().forEach(table -> untoldOf(table).whole = true);
                    } else {
                        items.addAll(e.itemIds());
                    }
                } else if (e instanceof Event.EnqueteBallotSubmitted b) {
                    untoldOf(b.tableId()).whole = true;
                } else if (e instanceof Event.RankingBallotSubmitted b) {
                    untoldOf(b.tableId()).whole = true;
                }
            }
        }
        long now = System.nanoTime();
        if (everyone) {
            // The room moves on: every table is told at once, and its whole state holds all it waited for.
            untold.clear();
            v.build(null);
            seated.forEach((table, at) -> {
                sendAll(at, state(v, table));
                allowanceOf(table).take(now);
            });
            return;
        }
        // Each changed item once, in the order of the events, so new items come in the order they were
        // written; then the items merged into a changed one, whose tables show its new wording. Each waits
        // for its table's next push.
        Set<String> changed = new java.util.LinkedHashSet<>(items);
        for (String id : items) {
            Snapshot.Item i = v.item(id);
            if (i != null) {
                changed.addAll(i.mergedSources());
            }
        }
        for (String id : changed) {
            Snapshot.Item i = v.item(id);
            if (i != null) {
                untoldOf(i.tableId()).items.add(id);
            }
        }
        // The tables to tell now: those seated and not told too often lately. The others wait.
        Map<String, Untold> due = new HashMap<>();
        long nextDue = Long.MAX_VALUE;
        for (var it = untold.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Untold> e = it.next();
            if (!seated.containsKey(e.getKey())) {
                // No one there: a table that sits down gets its whole state.
                it.remove();
                continue;
            }
            long wait = allowanceOf(e.getKey()).waitFor(now);
            if (wait == 0) {
                due.put(e.getKey(), e.getValue());
                it.remove();
            } else {
                nextDue = Math.min(nextDue, now + wait);
            }
        }
        v.build(due.entrySet().stream().filter(e -> e.getValue().whole).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet()));
        due.forEach((table, u) -> {
            Set<WsContext> at = seated.get(table);
            if (at == null) {
                return;
            }
            if (u.whole) {
                sendAll(at, state(v, table));
            } else {
                List<Snapshot.Item> ofTable = new ArrayList<>(u.items.size());
                for (String id : u.items) {
                    Snapshot.Item i = v.item(id);
                    if (i != null) {
                        ofTable.add(i);
                    }
                }
                Wire.Items changes = v.changes(ofTable, pushes.incrementAndGet());
                if (changes.changed().isEmpty() && changes.gone().isEmpty()) {
                    return;
                }
                sendAll(at, changes);
            }
            allowanceOf(table).take(now);
        });
        if (nextDue != Long.MAX_VALUE && !laterScheduled) {
            try {
                pusher.schedule(() -> {
                    laterScheduled = false;
                    push();
                }, Math.max(0, nextDue - now), java.util.concurrent.TimeUnit.NANOSECONDS);
                laterScheduled = true;
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing: no one is to be told
            }
        }
    }

    private Allowance allowanceOf(String table) {
        return allowances.computeIfAbsent(table, t -> new Allowance());
    }

    /**
     * The pushes a table may have now (a token bucket): {@link #PUSH_BURST} at most, one more every
     * {@link #PUSH_SPACING_MILLIS}.
     */
    private static final class Allowance {
        private static final long SPACING = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(PUSH_SPACING_MILLIS);
        /** Saved time, in nanoseconds: PUSH_BURST × SPACING is a full allowance, SPACING one push. */
        private long saved = PUSH_BURST * SPACING;
        private long at = System.nanoTime();

        private void refill(long now) {
            saved = Math.min(PUSH_BURST * SPACING, saved + (now - at));
            at = now;
        }

        /** How long a push must wait from {@code now}: 0 if the table may have one now. */
        long waitFor(long now) {
            refill(now);
            return saved >= SPACING ? 0 : SPACING - saved;
        }

        /** A push made now; one the room cannot wait for (a phase change) is made even with none left. */
        void take(long now) {
            refill(now);
            saved = Math.max(0, saved - SPACING);
        }
    }

    private Untold untoldOf(String table) {
        return untold.computeIfAbsent(table, t -> new Untold());
    }

    /** What one table waits to be told: its whole state, or these items (in the order they changed). */
    private static final class Untold {
        boolean whole;
        final Set<String> items = new java.util.LinkedHashSet<>();
    }

    /**
     * The place of each item in the snapshots' list of items. An item keeps its place and new items come
     * last, so the places are learnt once, as items arrive, not worked out anew for every push.
     */
    private static final class Places {
        private final Map<String, Integer> place = new HashMap<>();

        Snapshot.Item item(List<Snapshot.Item> items, String id) {
            for (int k = place.size(); k < items.size(); k++) {
                place.put(items.get(k).id(), k);
            }
            Integer at = place.get(id);
            return at == null || at >= items.size() ? null : items.get(at);
        }
    }

    /** Sends one message to every connection at a seat, written out once. */
    private void sendAll(java.util.Collection<WsContext> at, Wire.ToTable message) {
        String text;
        try {
            text = WRITER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            LOG.log(Level.WARNING, "a message to a table could not be written", e);
            return;
        }
        // Written out in UTF-8 once for all the connections at a table, not once for each.
        java.nio.ByteBuffer encoded = java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        for (WsContext ctx : at) {
            sendText(ctx, text, encoded);
        }
    }

    /** Takes {@code ctx} from the seat it had, if any; a seat with no connection left is no longer listed. */
    private void unseat(WsContext ctx) {
        for (String table : seated.keySet()) {
            seated.computeIfPresent(table, (t, at) -> {
                at.remove(ctx);
                return at.isEmpty() ? null : at;
            });
        }
    }

    /**
     * Sends without waiting for the network: answers are sent from the engine's writer thread, which a
     * slow or vanished table must never hold up. A table that misses a message asks again on reconnecting.
     */
    private void send(WsContext ctx, Wire.ToTable message) {
        sendAll(List.of(ctx), message);
    }

    private static void sendText(WsContext ctx, String text, java.nio.ByteBuffer encoded) {
        try {
            if (ctx.session instanceof org.eclipse.jetty.websocket.common.WebSocketSession session) {
                // A frame of the bytes already written out; each connection reads them with its own position.
                // A session of another kind (none in this web server) is sent the string.
                session.getCoreSession().sendFrame(new org.eclipse.jetty.websocket.core.Frame(
                        org.eclipse.jetty.websocket.core.OpCode.TEXT, encoded.duplicate()), FRAME_FAILED, false);
                return;
            }
            ctx.session.getRemote().sendString(text, SEND_FAILED);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not send to a table", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = Wire.MAPPER.writerFor(Wire.ToTable.class);
    private static final org.eclipse.jetty.util.Callback FRAME_FAILED = org.eclipse.jetty.util.Callback.from(() -> { },
            x -> LOG.log(Level.FINE, "a message to a table was not delivered", x));
    private static final org.eclipse.jetty.websocket.api.WriteCallback SEND_FAILED = new org.eclipse.jetty.websocket.api.WriteCallback() {
        @Override
        public void writeFailed(Throwable x) {
            LOG.log(Level.FINE, "a message to a table was not delivered", x);
        }
    };

    /** A connection that closed or failed: no more pings, and its seat waits for the table to come back. */
    private void forget(WsContext ctx) {
        connected.remove(ctx);
        admitted.remove(ctx);
        unseat(ctx);
        seatsChanged();
    }

    private final java.util.concurrent.atomic.AtomicBoolean seatsScheduled = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Tells the laptops still picking a seat which seats are in use now, from the push thread (so after
     * their hello), once for a burst of joins and leaves.
     */
    private void seatsChanged() {
        if (!seatsScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            pusher.execute(this::tellSeats);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: no one is to be told
        }
    }

    private volatile java.util.function.Consumer<Set<String>> onSeats;

    /**
     * Tells {@code listener} which seats have a laptop connected now: at once, then after each burst of
     * joins and leaves (on the push thread). For the facilitator, who must know which table has dropped out.
     */
    public void onSeats(java.util.function.Consumer<Set<String>> listener) {
        onSeats = listener;
        seatsChanged();
    }

    private void tellSeats() {
        seatsScheduled.set(false);
        java.util.function.Consumer<Set<String>> listener = onSeats;
        if (listener != null) {
            try {
                listener.accept(Set.copyOf(seated.keySet()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the seats in use could not be shown", e);
            }
        }
        Set<WsContext> seatedNow = new HashSet<>();
        seated.values().forEach(seatedNow::addAll);
        List<WsContext> picking = admitted.stream().filter(c -> !seatedNow.contains(c)).toList();
        if (!picking.isEmpty()) {
            sendAll(picking, new Wire.Seats(List.copyOf(seated.keySet())));
        }
    }

    private void ping() {
        long now = System.nanoTime();
        for (Map.Entry<WsContext, Long> at : connected.entrySet()) {
            WsContext ctx = at.getKey();
            if (now - at.getValue() > SILENT_TABLE_NANOS) {
                // Asleep, hung, or off the network: its socket may stay open for many minutes, so it is let go
                // now. A table that wakes connects again and is the same table.
                LOG.log(Level.FINE, "a table fell silent: {0}", address(ctx));
                try {
                    ctx.session.disconnect();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "could not close a silent table's connection", e);
                }
                forget(ctx);
                continue;
            }
            try {
                ctx.sendPing();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "could not ping a table", e);
            }
        }
    }

    @Override
    public void close() {
        unsubscribe.run();
        pinger.shutdownNow();
        pusher.shutdownNow();
        // Said to every laptop, so each knows at once that this host is gone and looks for it again.
        for (WsContext ctx : connected.keySet()) {
            try {
                ctx.closeSession(1001, "closed");
            } catch (RuntimeException e) {
                // gone already
            }
        }
        app.stop();
    }
}
