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
import io.javalin.websocket.WsContext;
import org.eclipse.jetty.websocket.api.BatchMode;
import org.eclipse.jetty.websocket.common.WebSocketSession;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    /** The joins each open connection has sent. */
    private final Map<WsContext, AtomicInteger> joins = new ConcurrentHashMap<>();

    /** The ids the host records a table's arrival under, one per seat; no table's entry may use one. */
    static final String SEAT_IDS = "seat:";

    private final MeetingEngine engine;
    private final Admission admission;
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

    /**
     * Starts serving {@code engine} on {@code port} (0 for any free port), tables seated with
     * {@code joinCode}; seat tokens are derived from {@code secret}, so they survive a restart of the host.
     */
    public HostServer(MeetingEngine engine, String joinCode, byte[] secret, String bindAddress, int port) {
        this.engine = engine;
        this.admission = new Admission(engine.workshop(), joinCode, secret);
        this.pushes = new PushScheduler(engine::snapshot, admission, admitted);
        // Derived from the secret as the tokens are, so a restarted host is the same meeting; a table id has
        // no spaces, so this is no table's token.
        this.meetingId = admission.token("meeting id").substring(0, 22);
        this.app = Javalin.create(config -> config.showJavalinBanner = false);
        // A web page elsewhere must not open the meeting's socket from a browser that visits it: a browser
        // names the page's origin, which must be this host's own. Table laptops send no origin.
        app.wsBeforeUpgrade("/ws", ctx -> {
            if (!ownOrigin(ctx.header("Origin"), ctx.header("Host"))) {
                throw new ForbiddenResponse();
            }
        });
        app.ws("/ws", ws -> {
            ws.onConnect(ctx -> {
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
            ws.onClose(this::forget);
            ws.onError(this::forget);
        });
        app.start(bindAddress, port);
        pinger.scheduleWithFixedDelay(this::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        this.unsubscribe = engine.subscribe(pushes::noteChanges);
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
        return admission.token(tableId);
    }

    /**
     * Tells {@code listener} which seats have a laptop connected now: at once, then after each burst of
     * joins and leaves (on the push thread). For the facilitator, who must know which table has dropped out.
     */
    public void onSeats(Consumer<Set<String>> listener) {
        pushes.onSeats(listener);
    }

    private void handle(WsContext ctx, String text) {
        connected.replace(ctx, System.nanoTime());
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
        if (message instanceof Wire.Join join) {
            join(ctx, join);
        } else if (message instanceof Wire.Submit submit) {
            submit(ctx, submit);
        }
        // Wire.Alive: heard, above
    }

    /** Whether a request's {@code origin} (null from table laptops) is the host it was sent to. */
    static boolean ownOrigin(String origin, String host) {
        if (origin == null) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return ("http".equals(o.getScheme()) || "https".equals(o.getScheme()))
                    && host != null
                    && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String address(WsContext ctx) {
        try {
            return String.valueOf(ctx.session.getRemoteAddress());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private void join(WsContext ctx, Wire.Join join) {
        if (joins.computeIfAbsent(ctx, c -> new AtomicInteger()).incrementAndGet() > MAX_JOINS) {
            // A laptop joins once, or a few times after a wrong code; this one floods the host.
            ctx.closeSession(POLICY_VIOLATION, "too many joins");
            return;
        }
        Admission.Decision decision = admission.decide(join, address(ctx).replaceAll(":\\d+$", ""));
        if (decision.refusal() != null) {
            Outlet.send(ctx, error(null, decision.refusal()));
            return;
        }
        if (decision.admitOnly()) {
            pushes.execute(() -> admit(ctx));
            return;
        }
        String seat = decision.tableId();
        admission.seat(ctx, seat);
        pushes.seatsChanged();
        if (!engine.snapshot().joinedTables().contains(seat)) {
            // The meeting's record that the table took part (the welcome's "N of 6 are here", the minutes).
            // One id per seat: laptops that take it at once, or again after a restart, record it once.
            engine.submit(new Command.JoinTable(SEAT_IDS + seat, seat));
        }
        // From the push thread, as the seats in use and every state and change a table is sent: a connection
        // gets them in order, the workshop first.
        pushes.execute(() -> {
            admit(ctx);
            Outlet.send(ctx, new Wire.Joined(seat, admission.token(seat)));
            Outlet.send(ctx, pushes.stateOf(seat));
        });
    }

    /** Tells a connection that gave the right code or token the meeting's workshop and the seats in use, once (push thread). */
    private void admit(WsContext ctx) {
        if (connected.containsKey(ctx) && admitted.add(ctx)) {
            if (workshopTree == null) {
                workshopTree = WorkshopWriter.toTree(engine.workshop());
            }
            Outlet.send(ctx, new Wire.Admitted(admission.seatsInUse(), workshopTree));
        }
    }

    private void submit(WsContext ctx, Wire.Submit submit) {
        Command command = submit.command();
        String commandId = command == null ? null : command.commandId();
        String tableId = admission.tableOf(submit.token());
        if (tableId == null) {
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
        engine.submit(command).whenComplete((o, e) -> {
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
        connected.remove(ctx);
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
        pushes.close();
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
