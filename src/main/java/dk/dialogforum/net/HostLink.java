package dk.dialogforum.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.dialogforum.net.TableClient.Status;
import dk.dialogforum.util.Daemons;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A table laptop's connection to the host: a WebSocket, made again with backoff after any drop, and a
 * watchdog that drops a connection gone quiet. It knows nothing of the meeting: the table client reads
 * what the host says ({@code onText}) and moves the status on from connected to refused.
 */
final class HostLink implements AutoCloseable {
    /** Silence after which a connection is taken for dead: three of the host's pings missed. */
    private static final long SILENT_HOST = 3 * HostServer.PING_SECONDS * 1000 + 1000;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("table-client"));
    private final AtomicReference<Status> status = new AtomicReference<>(Status.CONNECTING);
    private final AtomicLong lastProgress = new AtomicLong(System.currentTimeMillis());
    private final AtomicBoolean connecting = new AtomicBoolean();
    private final Consumer<String> onText;
    private final Runnable onChange;
    /** Where the host is; moved when the meeting is found at another address. */
    private volatile URI uri;

    private volatile WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private volatile long backoff = 100;
    /** When this laptop last sent the host anything (System.nanoTime). */
    private volatile long lastSent = System.nanoTime();

    HostLink(URI uri, Consumer<String> onText, Runnable onChange) {
        this.uri = uri;
        this.onText = onText;
        this.onChange = onChange;
    }

    URI address() {
        return uri;
    }

    Status status() {
        return status.get();
    }

    void status(Status now) {
        status.set(now);
    }

    boolean status(Status expected, Status now) {
        return status.compareAndSet(expected, now);
    }

    /** Connects, and from then on checks every 2 s that the connection lives; {@code watching} runs with it. */
    void start(BooleanSupplier entriesWait, Runnable watching) {
        connect();
        timer.scheduleWithFixedDelay(
                () -> {
                    watch(entriesWait.getAsBoolean());
                    watching.run();
                },
                2,
                2,
                TimeUnit.SECONDS);
    }

    /** Runs {@code work} on the link's own thread. */
    void execute(Runnable work) {
        timer.execute(work);
    }

    /** Runs {@code work} on the link's own thread after {@code millis}; nothing once closed. */
    void later(long millis, Runnable work) {
        try {
            timer.schedule(work, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed
        }
    }

    /** The host said something: the connection lives. */
    void heard() {
        lastProgress.set(System.currentTimeMillis());
    }

    /** The host took the seat, or moved: the next drop starts its backoff afresh. */
    void resetBackoff() {
        backoff = 100;
    }

    /**
     * The safety net under the callbacks: a connection that went quiet with entries still unacknowledged
     * is dropped and made again (which resends the outbox), and a link that is not connected and not
     * trying is made to try.
     */
    private void watch(boolean entriesWait) {
        try {
            Status now = status.get();
            long quiet = System.currentTimeMillis() - lastProgress.get();
            if (now == Status.CONNECTED && (entriesWait && quiet > 4_000 || quiet > SILENT_HOST)) {
                // Entries unanswered, or not even the host's pings for a while: the connection is dead
                // though no one said so (the host's laptop lost the network, or its power).
                dropConnection();
            } else if (now != Status.CONNECTED
                    && now != Status.CLOSED
                    && now != Status.REFUSED
                    && now != Status.ENDED
                    && !connecting.get()
                    && quiet > 6_000) {
                lastProgress.set(System.currentTimeMillis());
                connect();
            }
        } catch (RuntimeException e) {
            // The watchdog must keep running.
        }
    }

    /**
     * Connects to the host at {@code to} from now on; a link that is not connected tries the new address at
     * once.
     */
    void moveTo(URI to) {
        if (to.equals(uri) || status.get() == Status.CLOSED) {
            return;
        }
        uri = to;
        timer.execute(() -> {
            resetBackoff();
            if (status.get() != Status.CONNECTED) {
                connect();
            }
        });
    }

    private void connect() {
        if (status.get() == Status.CLOSED || !connecting.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<WebSocket> attempt;
        try {
            attempt = http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, new Listener());
        } catch (RuntimeException e) {
            connecting.set(false);
            retry();
            return;
        }
        attempt.whenComplete((ws, e) -> {
            connecting.set(false);
            if (e != null) {
                retry();
            }
            // The socket is taken in the listener's onOpen: the host's hello, which asks for the seat, may
            // arrive before this runs.
        });
    }

    private void retry() {
        if (status.get() == Status.CLOSED || status.get() == Status.REFUSED || status.get() == Status.ENDED) {
            return;
        }
        status.set(Status.RECONNECTING);
        onChange.run();
        long wait = backoff;
        backoff = Math.min(5_000, backoff * 2);
        timer.schedule(this::connect, wait, TimeUnit.MILLISECONDS);
    }

    /** Sends {@code message} if connected; with no connection it is dropped (the outbox sends again). */
    synchronized void send(Wire.ToHost message) {
        WebSocket ws = socket;
        if (ws == null) {
            return;
        }
        String text;
        try {
            text = Wire.MAPPER.writerFor(Wire.ToHost.class).writeValueAsString(message);
        } catch (JsonProcessingException e) {
            return;
        }
        lastSent = System.nanoTime();
        sending = sending.handle((x, e) -> null).thenCompose(x -> ws.sendText(text, true));
    }

    /** Cuts the connection for good: the host turned the laptop away. */
    void abort() {
        WebSocket ws = socket;
        socket = null;
        if (ws != null) {
            ws.abort();
        }
    }

    /** Cuts the connection as a failing network would, and reconnects. */
    void dropConnection() {
        WebSocket ws = socket;
        socket = null;
        if (ws != null) {
            ws.abort();
            // An aborted socket tells its listener nothing: reconnect as after any other drop.
            retry();
        }
    }

    @Override
    public void close() {
        status.set(Status.CLOSED);
        abort();
        timer.shutdownNow();
    }

    private final class Listener extends TextListener {
        Listener() {
            super(onText);
        }

        @Override
        public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
            // The host is there; the JDK answers the ping itself, but the host cannot see that answer: a table
            // that has sent nothing lately says it is still here.
            heard();
            if (System.nanoTime() - lastSent > HostServer.PING_SECONDS * 500_000_000L) {
                send(new Wire.Alive());
            }
            return super.onPing(ws, message);
        }

        @Override
        public void onOpen(WebSocket ws) {
            synchronized (HostLink.this) {
                socket = ws;
                sending = CompletableFuture.completedFuture(null);
            }
            super.onOpen(ws);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            if (status.get() != Status.CLOSED) {
                retry();
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (status.get() != Status.CLOSED) {
                retry();
            }
        }
    }
}
