package dk.dialogforum.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.dialogforum.meeting.Applied;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.text.Texts;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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

    private final MeetingEngine engine;
    private final String joinCode;
    private final byte[] secret;
    private final Javalin app;
    private final Map<String, WsContext> seated = new ConcurrentHashMap<>();
    private final Map<String, int[]> badCodes = new ConcurrentHashMap<>();
    private final Map<String, Long> lockedUntil = new ConcurrentHashMap<>();
    private final AtomicLong pushes = new AtomicLong();
    private final Runnable unsubscribe;
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
        this.app = Javalin.create(config -> config.showJavalinBanner = false);
        app.ws("/ws", ws -> {
            ws.onConnect(ctx -> {
                ctx.enableAutomaticPings();
                send(ctx, new Wire.Hello(dk.dialogforum.workshop.WorkshopWriter.toTree(engine.workshop())));
            });
            ws.onMessage(ctx -> handle(ctx, ctx.message()));
            ws.onClose(ctx -> seated.values().remove(ctx));
            ws.onError(ctx -> seated.values().remove(ctx));
        });
        app.start(bindAddress, port);
        this.unsubscribe = engine.subscribe(this::broadcast);
    }

    public int port() {
        return app.port();
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
            if (join.tableId() == null || engine.workshop().table(join.tableId()).isEmpty()) {
                send(ctx, error(null, "UNKNOWN_TABLE"));
                return;
            }
            tableId = join.tableId();
        }
        seated.put(tableId, ctx);
        send(ctx, new Wire.Joined(tableId, token(tableId)));
        send(ctx, state(engine.snapshot()));
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

    private Wire.State state(Snapshot s) {
        List<String> open = s.phases().entrySet().stream().filter(e -> e.getValue().open()).map(Map.Entry::getKey).toList();
        return new Wire.State(pushes.incrementAndGet(), s.seq(), s.currentPhase(), open, s.closed());
    }

    private void broadcast(List<Applied> batch) {
        boolean changesWhatTablesSee = batch.stream().anyMatch(a -> a.event() instanceof dk.dialogforum.meeting.Event.PhaseChanged
                || a.event() instanceof dk.dialogforum.meeting.Event.MeetingClosed);
        if (!changesWhatTablesSee || seated.isEmpty()) {
            return;
        }
        Wire.State state = state(engine.snapshot());
        seated.values().forEach(ctx -> send(ctx, state));
    }

    private void send(WsContext ctx, Wire.ToTable message) {
        try {
            ctx.send(Wire.MAPPER.writerFor(Wire.ToTable.class).writeValueAsString(message));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.log(Level.FINE, "could not send to a table", e);
        }
    }

    @Override
    public void close() {
        unsubscribe.run();
        app.stop();
    }
}
