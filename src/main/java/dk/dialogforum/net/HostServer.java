package dk.dialogforum.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.text.Texts;
import dk.dialogforum.util.Daemons;
import dk.dialogforum.workshop.WorkshopWriter;
import io.javalin.Javalin;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.websocket.WsContext;
import org.eclipse.jetty.websocket.api.BatchMode;
import org.eclipse.jetty.websocket.common.WebSocketSession;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The facilitator's end of the room network: an embedded WebSocket server (Javalin on Jetty) that lets
 * tables in ({@link Admission}), takes their commands into the engine and has their state pushed to them
 * ({@link PushScheduler}). It never touches the UI; phase changes and moderation are never accepted from
 * the network. A command is acknowledged only once the engine has made it durable.
 */
public final class HostServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HostServer.class.getName());
    /** How often each connection is pinged; a table laptop that hears nothing for three times this reconnects. */
    public static final long PING_SECONDS = 5;
    /** Silence after which a table's connection is let go: three pings unanswered. */
    static final long SILENT_TABLE_NANOS = (3 * PING_SECONDS + 1) * 1_000_000_000L;

    /** Joins one connection may send; a laptop needs one, and a few more after wrong codes. */
    static final int MAX_JOINS = 20;

    private static final int POLICY_VIOLATION = 1008;
    private static final int UNSUPPORTED_DATA = 1003;
    /** The joins each open connection has sent. */
    private final Map<WsContext, AtomicInteger> joins = new ConcurrentHashMap<>();

    /** The ids the host records a table's arrival under, one per seat; no table's entry may use one. */
    static final String SEAT_IDS = "seat:";

    private final MeetingEngine engine;
    private final Admission admission;
    private final Door door;
    private final ConnectionLimits limits = new ConnectionLimits();
    /** The seat token each seated connection joined with. */
    private final Map<WsContext, String> tokens = new ConcurrentHashMap<>();

    private final PushScheduler pushes;
    private final Javalin app;
    private final Runnable unsubscribe;
    /**
     * Pings every connection now and then, so a room's Wi-Fi keeps it open and a vanished laptop is
     * noticed. Our own daemon thread: the web server's automatic pings run on a thread that outlives the
     * server and keeps the program from ending.
     */
    private final ScheduledExecutorService pinger =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("table-ping"));
    /** Each open connection, with when it was last heard from (System.nanoTime): a message, or its "still here". */
    private final Map<WsContext, Long> connected = new ConcurrentHashMap<>();
    /** The connections that gave the join code or a seat's token, and were told the workshop (added on the push thread). */
    private final Set<WsContext> admitted = ConcurrentHashMap.newKeySet();
    /** The workshop as the admitted are told it (push thread). */
    private JsonNode workshopTree;
    /** Names this meeting to the tables: the same after a restart of the host, another for every meeting. */
    private final String meetingId;

    /** A meeting served with its seats in memory only: for tests and previews. */
    public HostServer(MeetingEngine engine, String joinCode, byte[] secret, String bindAddress, int port) {
        this(engine, joinCode, secret, bindAddress, port, null);
    }

    /**
     * Starts serving {@code engine} on {@code port} (0 for any free port), tables seated with
     * {@code joinCode}; the meeting's id on the network is derived from {@code secret}, and the seats'
     * owners are kept in {@code seatsFile} (null: in memory), so both survive a restart of the host.
     */
    public HostServer(
            MeetingEngine engine, String joinCode, byte[] secret, String bindAddress, int port, Path seatsFile) {
        this.engine = engine;
        this.admission = new Admission(engine.workshop(), joinCode, secret, new SeatBook(seatsFile));
        this.door = new Door(admission, new Door.Seater() {
            @Override
            public void seat(WsContext ctx, String tableId, String token) {
                seatAt(ctx, tableId, token);
            }

            @Override
            public void refuse(WsContext ctx) {
                pushes.execute(() -> Outlet.send(ctx, error(null, "SEAT_REFUSED")));
            }
        });
        this.pushes = new PushScheduler(engine::snapshot, admission, admitted);
        // Derived from the secret, so a restarted host is the same meeting, and another meeting another.
        this.meetingId = admission.derive("meeting id").substring(0, 22);
        this.app = Javalin.create(WebSockets::configure);
        // A page elsewhere must not open the socket from a browser that visits it; table laptops send no origin.
        app.wsBeforeUpgrade("/ws", ctx -> {
            if (!ConnectionLimits.ownOrigin(ctx.header("Origin"), ctx.header("Host"))) {
                throw new ForbiddenResponse();
            }
            // An address over its share is turned away before the upgrade: a refused flood costs little.
            if (!limits.mayOpen(ctx.req().getRemoteAddr())) {
                throw new TooManyRequestsResponse();
            }
        });
        app.ws("/ws", ws -> {
            ws.onConnect(ctx -> {
                if (!limits.admit(ConnectionLimits.address(ctx))) {
                    ctx.closeSession(POLICY_VIOLATION, "too many connections from this address");
                    return;
                }
                connected.put(ctx, System.nanoTime());
                // Every message goes out at once; batching would hold answers back until a buffer fills.
                ctx.session.getRemote().setBatchMode(BatchMode.OFF);
                // A laptop that stops reading is let go, not sent to without end (see Outlet).
                if (ctx.session instanceof WebSocketSession session) {
                    session.getCoreSession().setMaxOutgoingFrames(Outlet.MAX_UNSENT_FRAMES);
                }
                // Nothing of the meeting before the code or a seat's token: that comes with being admitted.
                Outlet.send(ctx, new Wire.Hello(Wire.PROTOCOL, meetingId));
            });
            ws.onMessage(ctx -> handle(ctx, ctx.message()));
            // The protocol is text: a binary frame is answered by closing, with the reason.
            ws.onBinaryMessage(ctx -> ctx.closeSession(UNSUPPORTED_DATA, "text messages only"));
            ws.onClose(this::forget);
            ws.onError(this::forget);
        });
        BallotPages.serve(app);
        app.start(bindAddress, port);
        pinger.scheduleWithFixedDelay(this::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        // Wrong codes a minute old are forgotten: the facilitator's warning ends by itself.
        pinger.scheduleWithFixedDelay(door::codesTried, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        this.unsubscribe = engine.subscribe(pushes::noteChanges);
    }

    /** In individual voting, the participants a table may have: one more is refused ({@code TABLE_FULL}). */
    public void participantCap(int cap) {
        admission.participantCap(cap);
    }

    /** In individual voting, the participants each table has had so far, by table id. */
    public Map<String, Integer> participants() {
        return admission.participants();
    }

    public int port() {
        return app.port();
    }

    /** The meeting's id on the network, as the hello gives it: derived from the host's secret, not the journal's id. */
    public String meetingId() {
        return meetingId;
    }

    /**
     * Tells {@code listener} who waits at the door (laptops asking for a seat another owns) and whether the
     * join code is being guessed: at once, then on each change. For the facilitator, who decides.
     */
    public void onDoor(Consumer<Door.View> listener) {
        door.listen(listener);
    }

    /** The facilitator's answer to a laptop waiting for an owned seat: let it take the seat, or not. */
    public void answer(String requestId, Door.Answer answer) {
        door.answer(requestId, answer);
    }

    /**
     * Tells {@code listener} which seats have a laptop connected now: at once, then after each burst of
     * joins and leaves (on the push thread). For the facilitator, who must know which table has dropped out.
     */
    public void onSeats(Consumer<Set<String>> listener) {
        pushes.onSeats(listener);
    }

    private void handle(WsContext ctx, String text) {
        if (connected.replace(ctx, System.nanoTime()) == null) {
            return; // turned away, or closed meanwhile: its messages are no work of the meeting's
        }
        if (!limits.message(ctx)) {
            ctx.closeSession(POLICY_VIOLATION, "too many messages");
            return;
        }
        if (text.length() > Wire.MAX_MESSAGE) {
            Outlet.send(ctx, error(null, "TOO_LARGE"));
            return;
        }
        Wire.ToHost message;
        try {
            message = Wire.MAPPER.readValue(text, Wire.ToHost.class);
        } catch (JsonProcessingException | RuntimeException e) {
            Outlet.send(ctx, error(null, "BAD_MESSAGE"));
            return;
        }
        if (message == null) {
            Outlet.send(ctx, error(null, "BAD_MESSAGE"));
        } else if (message instanceof Wire.Join join) {
            join(ctx, join);
        } else if (message instanceof Wire.Submit submit) {
            submit(ctx, submit);
        }
        // Wire.Alive: heard, above
    }

    private void join(WsContext ctx, Wire.Join join) {
        if (joins.computeIfAbsent(ctx, c -> new AtomicInteger()).incrementAndGet() > MAX_JOINS) {
            // A laptop joins once, or a few times after a wrong code; this one floods the host.
            ctx.closeSession(POLICY_VIOLATION, "too many joins");
            return;
        }
        // A connection that asks again no longer waits for what it asked before.
        door.withdraw(ctx);
        String from = ConnectionLimits.address(ctx);
        Admission.Decision decision = admission.decide(join, from);
        if (decision.refusal() != null) {
            if ("BAD_CODE".equals(decision.refusal()) || "TOO_MANY_ATTEMPTS".equals(decision.refusal())) {
                door.codesTried(); // the facilitator's warning follows the code being guessed
            }
            Outlet.send(ctx, error(null, decision.refusal()));
            return;
        }
        if (decision.admitOnly()) {
            pushes.execute(() -> admit(ctx));
            return;
        }
        if (decision.waiting()) {
            // Another laptop owns the seat: told it waits before the door shows it, so an answer comes after.
            pushes.execute(() -> {
                admit(ctx);
                Outlet.send(ctx, error(null, "SEAT_WAIT"));
            });
            door.wait(ctx, decision.tableId(), from, join.token());
            return;
        }
        seatAt(ctx, decision.tableId(), decision.token());
    }

    /**
     * Seats {@code ctx} at {@code seat} with {@code token}. Laptops at the seat with another token (one the
     * facilitator replaced) are told so and let go.
     */
    private void seatAt(WsContext ctx, String seat, String token) {
        for (WsContext other : admission.seated().getOrDefault(seat, Set.of())) {
            if (other != ctx && !seat.equals(admission.tableOf(tokens.get(other)))) {
                pushes.execute(() -> {
                    Outlet.send(other, error(null, "SEAT_REPLACED"));
                    other.closeSession(1000, "seat given to another laptop");
                });
            }
        }
        tokens.put(ctx, token);
        admission.seat(ctx, seat);
        pushes.seatsChanged();
        if (!engine.snapshot().joinedTables().contains(seat)) {
            // The record that the table took part (welcome, minutes): one id per seat, so recorded once.
            engine.submit(new Command.JoinTable(SEAT_IDS + seat, seat));
        }
        // From the push thread, as every state and change a table is sent: in order, the workshop first.
        pushes.execute(() -> {
            admit(ctx);
            Outlet.send(ctx, new Wire.Joined(seat, token));
            Outlet.send(ctx, pushes.stateOf(seat));
        });
    }

    /** Tells a connection that gave the right code or token the meeting's workshop and the seats in use, once (push thread). */
    private void admit(WsContext ctx) {
        if (connected.containsKey(ctx) && admitted.add(ctx)) {
            if (workshopTree == null) {
                workshopTree = WorkshopWriter.toTree(engine.workshop());
            }
            Outlet.send(ctx, new Wire.Admitted(List.copyOf(admission.ownedSeats()), workshopTree));
        }
    }

    private void submit(WsContext ctx, Wire.Submit submit) {
        Command command = submit.command();
        String commandId = command == null ? null : command.commandId();
        String tableId = admission.tableOf(submit.token());
        if (tableId == null || !submit.token().equals(tokens.get(ctx))) {
            // No seat, or not this connection's: a token is good only on the connection that joined with it.
            Outlet.send(ctx, error(commandId, "NOT_SEATED"));
            return;
        }
        if (command == null || command.facilitatorOnly() || !tableId.equals(command.table())) {
            Outlet.send(ctx, error(commandId, "NOT_ALLOWED"));
            return;
        }
        if (commandId != null && commandId.startsWith(SEAT_IDS)) {
            // The host's own ids: an entry under one would make a table's arrival look already recorded.
            Outlet.send(ctx, error(commandId, "RESERVED_ID"));
            return;
        }
        engine.submit(admission.own(command, submit.token())).whenComplete((o, e) -> {
            if (o == null) {
                Outlet.send(ctx, error(commandId, "INTERNAL"));
            } else if (o.status() == Outcome.Status.REJECTED) {
                Outlet.send(
                        ctx,
                        new Wire.Error(
                                commandId,
                                o.rejection().code().name(),
                                o.rejection().message(Texts.DANISH)));
            } else {
                Outlet.send(ctx, new Wire.Ack(commandId, o.seq()));
            }
        });
    }

    private static Wire.Error error(String commandId, String code) {
        return new Wire.Error(commandId, code, Texts.get(Texts.DANISH, "net.error." + code));
    }

    /** A connection that closed or failed: no more pings, and its seat waits for the table to come back. */
    private void forget(WsContext ctx) {
        door.withdraw(ctx);
        tokens.remove(ctx);
        if (connected.remove(ctx) != null) {
            limits.closed(ConnectionLimits.address(ctx), ctx);
        }
        joins.remove(ctx);
        admitted.remove(ctx);
        admission.unseat(ctx);
        pushes.seatsChanged();
    }

    private void ping() {
        long now = System.nanoTime();
        for (Map.Entry<WsContext, Long> at : connected.entrySet()) {
            WsContext ctx = at.getKey();
            if (now - at.getValue() > SILENT_TABLE_NANOS) {
                // Asleep, hung, or off the network: its socket may stay open for many minutes, so it is let go
                // now. A table that wakes connects again and is the same table.
                LOG.log(Level.FINE, "a table fell silent: {0}", ConnectionLimits.address(ctx));
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
        boolean ended = engine.snapshot().closed();
        if (ended) {
            // The meeting has ended: every table is told so, with its state as it ends, before it is let go.
            CompletableFuture<Void> told = new CompletableFuture<>();
            pushes.execute(() -> {
                admission.seated().forEach((table, at) -> Outlet.sendAll(at, pushes.stateOf(table)));
                told.complete(null);
            });
            try {
                told.get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.WARNING, "the tables could not all be told that the meeting ended", e);
            }
        }
        pushes.close();
        // Said to every laptop, so each knows at once that this host is gone (and, unless the meeting ended,
        // looks for it again).
        for (WsContext ctx : connected.keySet()) {
            try {
                ctx.closeSession(ended ? 1000 : 1001, ended ? "the meeting has ended" : "closed");
            } catch (RuntimeException e) {
                // gone already
            }
        }
        app.stop();
    }
}
