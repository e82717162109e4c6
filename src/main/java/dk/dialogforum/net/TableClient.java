package dk.dialogforum.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.util.Daemons;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A table laptop's end of the room network. Every submission is written to an on-disk outbox (and
 * synced) before it is sent, and leaves the outbox only when the host acknowledges it, which the host
 * does only once its journal holds it. After any drop the client reconnects with backoff, takes its
 * seat again with its token and resends whatever is still in the outbox; the host applies each
 * command id once. So an entry the table was shown as saved is in the meeting exactly once.
 */
public final class TableClient implements AutoCloseable {
    /** {@code REFUSED}: the host turned the laptop away for good (see {@link #refusal()}); it does not try again. */
    public enum Status { CONNECTING, CONNECTED, RECONNECTING, REFUSED, CLOSED }

    /** Why the host turned the laptop away: an error {@code code} and the host's words for it. */
    public record Refusal(String code, String message) {
    }

    /** The refusals of a join that trying again cannot mend; the laptop must be given another code or host. */
    private static final java.util.Set<String> JOIN_REFUSED = java.util.Set.of("BAD_CODE", "TOO_MANY_ATTEMPTS", "UNKNOWN_TABLE");

    /** The host refused a command for good (a closed phase, text too long …). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;

        public Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Where the host is; moved when the meeting is found at another address. */
    private volatile URI uri;
    private final String code;
    /** The seat this client was made for, if any; taken again in a meeting the laptop has not sat in. */
    private final String seatAsked;
    private volatile String tableId;
    /** The meeting the outbox's seat and entries belong to, once known. */
    private volatile String meeting;
    private volatile Refusal refusal;
    /** The seats another laptop had taken when the host said hello. */
    private volatile java.util.Set<String> taken = java.util.Set.of();
    /** The meeting this client has met at the host, if any: another one later is another meeting. */
    private volatile String met;
    /** Whether the last join asked with the seat's token rather than the code. */
    private volatile boolean joinedWithToken;
    private volatile dk.dialogforum.workshop.Workshop workshop;
    private volatile Runnable onChange = () -> { };
    private final Path outbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Daemons.named("table-client"));
    private final Map<String, CompletableFuture<Wire.Ack>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicReference<Status> status = new AtomicReference<>(Status.CONNECTING);
    private final AtomicReference<Wire.State> state = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicBoolean freshJoin = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile WebSocket socket;
    private volatile String token;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private long backoff = 100;
    /** When this laptop last sent the host anything (System.nanoTime). */
    private volatile long lastSent = System.nanoTime();

    public TableClient(URI uri, String code, String tableId, Path outbox) throws IOException {
        this.uri = uri;
        this.code = code;
        this.tableId = tableId;
        this.seatAsked = tableId;
        this.outbox = outbox;
        Files.createDirectories(outbox);
        Path known = outbox.resolve(MEETING_FILE);
        if (Files.exists(known)) {
            String id = Files.readString(known).strip();
            // Only a name the host could have given (it names a folder); anything else is as if none were kept.
            meeting = Wire.isMeetingId(id) ? id : null;
        }
        load();
    }

    /**
     * The meeting this laptop has a seat in, read from {@code outbox} without taking it (null if none): a
     * table program that restarts knows the meeting again when it is found on the network.
     */
    public static String seatedIn(Path outbox) {
        try {
            Path known = outbox.resolve(MEETING_FILE);
            if (!Files.exists(known) || !Files.exists(outbox.resolve(SEAT_FILE))) {
                return null;
            }
            String id = Files.readString(known).strip();
            return Wire.isMeetingId(id) ? id : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final String SEAT_FILE = "seat.token";
    private static final String MEETING_FILE = "meeting";
    /** The folder an other meeting's seat and entries are put aside in is named this and the meeting's id. */
    private static final String ASIDE = "meeting-";

    /** Reads the seat and the entries that wait in the outbox. */
    private void load() throws IOException {
        Path seat = outbox.resolve(SEAT_FILE);
        if (Files.exists(seat)) {
            String[] saved = Files.readString(seat).strip().split("\n");
            if (saved.length == 2 && (seatAsked == null || seatAsked.equals(saved[0]))) {
                this.tableId = saved[0];
                token = saved[1];
            }
        }
        try (Stream<Path> pending = Files.list(outbox)) {
            for (Path p : pending.filter(f -> f.getFileName().toString().endsWith(".cmd")).sorted().toList()) {
                Command c;
                long n;
                try {
                    c = Wire.MAPPER.readValue(Files.readString(p), Command.class);
                    n = Long.parseLong(p.getFileName().toString().replace(".cmd", ""));
                } catch (IOException | RuntimeException e) {
                    // Left on disk as it is: an entry that cannot be read is not sent, and not deleted.
                    java.util.logging.Logger.getLogger(TableClient.class.getName())
                            .warning("an outbox entry cannot be read and waits on disk: " + p);
                    continue;
                }
                files.put(c.commandId(), p);
                waiting.putIfAbsent(c.commandId(), new CompletableFuture<>());
                sequence.accumulateAndGet(n, Math::max);
            }
        }
    }

    public void start() {
        connect();
        timer.scheduleWithFixedDelay(this::watch, 2, 2, TimeUnit.SECONDS);
    }

    private final AtomicLong lastProgress = new AtomicLong(System.currentTimeMillis());
    private final java.util.concurrent.atomic.AtomicBoolean connecting = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The safety net under the callbacks: a connection that went quiet with entries still unacknowledged
     * is dropped and made again (which resends the outbox), and a client that is not connected and not
     * trying is made to try.
     */
    private void watch() {
        try {
            Status now = status.get();
            long quiet = System.currentTimeMillis() - lastProgress.get();
            if (now == Status.CONNECTED && (!files.isEmpty() && quiet > 4_000 || quiet > SILENT_HOST)) {
                // Entries unanswered, or not even the host's pings for a while: the connection is dead
                // though no one said so (the host's laptop lost the network, or its power).
                dropConnection();
            } else if (now != Status.CONNECTED && now != Status.CLOSED && now != Status.REFUSED && !connecting.get() && quiet > 6_000) {
                lastProgress.set(System.currentTimeMillis());
                connect();
            }
        } catch (RuntimeException e) {
            // The watchdog must keep running.
        }
        if (follows) {
            try {
                searcher.execute(this::followTheMeeting);
            } catch (RejectedExecutionException e) {
                // closed meanwhile
            }
        }
    }

    /** Whether this laptop looks for its meeting on the network when it has lost the host. */
    private volatile boolean follows;
    /** Looks for the meeting on the network, off the timer that reconnects: starting a search takes a while. */
    private final ExecutorService searcher = Executors.newSingleThreadExecutor(Daemons.named("meeting-follow"));
    /** The search for this meeting while the host is lost, and the address it listens on; on the searcher only. */
    private LanDiscovery.Browser search;
    private String searchOn;

    /**
     * From now on, while this laptop has a seat and has lost its host, it looks for its meeting on the LAN:
     * found at another address (the facilitator's laptop joined another network, or its program started
     * again on another port), it connects there, with its seat and its outbox. It listens on the laptop's
     * address of the moment, so a laptop whose own network went and came back searches where it is now.
     */
    public void followOnTheNetwork() {
        follows = true;
    }

    private void followTheMeeting() {
        boolean lost = status.get() == Status.RECONNECTING && meeting != null && tableId != null;
        String on = lost ? HostIdentity.lanAddress() : null;
        if (search != null && !java.util.Objects.equals(on, searchOn)) {
            closeSearch();
        }
        if (!lost || search != null) {
            return;
        }
        try {
            search = LanDiscovery.browse(java.net.InetAddress.getByName(on), this::follow);
            searchOn = on;
        } catch (IOException | RuntimeException e) {
            // No search on this network now; the next round tries again.
        }
    }

    private void follow(List<LanDiscovery.Found> meetings) {
        String mine = meeting;
        if (mine == null || status.get() == Status.CONNECTED) {
            return;
        }
        // The meeting may still be listed at the address it cannot be reached at, beside the new one.
        for (LanDiscovery.Found m : meetings) {
            if (!mine.equals(m.meeting())) {
                continue;
            }
            URI there;
            try {
                there = hostAt(m.address());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!there.equals(uri)) {
                moveTo(there);
                onChange.run();
                return;
            }
        }
    }

    private void closeSearch() {
        LanDiscovery.Browser b = search;
        search = null;
        searchOn = null;
        if (b != null) {
            try {
                b.close();
            } catch (IOException e) {
                // the search is over either way
            }
        }
    }

    /** Told (on the client's thread) whenever the status, the state, the seat or the pending count changes. */
    public void setOnChange(Runnable listener) {
        this.onChange = listener == null ? () -> { } : listener;
    }

    public String tableId() {
        return tableId;
    }

    /** The id of the meeting this laptop's seat and entries belong to, once known (null before). */
    public String meeting() {
        return meeting;
    }

    /** Where this client connects to the host. */
    public URI address() {
        return uri;
    }

    /** The host's WebSocket address for {@code hostPort} ("192.168.1.20:47800"), as typed, picked or found. */
    public static URI hostAt(String hostPort) {
        return URI.create("ws://" + hostPort + "/ws");
    }

    /**
     * Connects to the host at {@code to} from now on: the meeting was found there after its host's laptop
     * changed network or started again on another port. Seat, token and outbox stay as they are; a client
     * that is not connected tries the new address at once.
     */
    private void moveTo(URI to) {
        if (to.equals(uri) || status.get() == Status.CLOSED) {
            return;
        }
        uri = to;
        timer.execute(() -> {
            backoff = 100;
            if (status.get() != Status.CONNECTED) {
                connect();
            }
        });
    }

    /** The meeting's workshop, once the host has sent it. */
    public dk.dialogforum.workshop.Workshop workshop() {
        return workshop;
    }

    /** Takes a seat at {@code table} (with the join code) if the laptop has none yet. */
    public void takeSeat(String table) {
        this.tableId = table;
        join();
    }

    /**
     * Asks for the seat: with its token once it has one, with the code before. With no seat chosen yet, gives
     * the code alone, to be let in to pick one (or told at once that the code is wrong).
     */
    private void join() {
        String seat = tableId;
        String t = seat == null ? null : token;
        joinedWithToken = t != null;
        send(new Wire.Join(t == null ? code : null, seat, t));
    }

    /** The seats a laptop was connected at when this one came in (a table may still take one: a second laptop). */
    public java.util.Set<String> takenSeats() {
        return taken;
    }

    /** Why the host turned the laptop away, once it has (status {@code REFUSED}); null before. */
    public Refusal refusal() {
        return refusal;
    }

    public Status status() {
        return status.get();
    }

    public Wire.State state() {
        return state.get();
    }

    /** Entries written but not yet acknowledged by the host. */
    public int pending() {
        return files.size();
    }

    /**
     * Puts {@code command} in the outbox (durably) and sends it when connected. The future completes when
     * the host has acknowledged it — then, and only then, the table may be told it is saved.
     */
    public CompletableFuture<Wire.Ack> submit(Command command) throws IOException {
        byte[] json = Wire.MAPPER.writerFor(Command.class).writeValueAsBytes(command);
        CompletableFuture<Wire.Ack> result;
        // Not while the outbox is being put aside for another meeting (see enter).
        synchronized (files) {
            Path file = outbox.resolve(String.format("%012d.cmd", sequence.incrementAndGet()));
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(json));
                ch.force(true);
            }
            result = waiting.computeIfAbsent(command.commandId(), k -> new CompletableFuture<>());
            files.put(command.commandId(), file);
        }
        if (status.get() == Status.CONNECTED) {
            send(new Wire.Submit(token, command));
        }
        onChange.run();
        return result;
    }

    private void connect() {
        if (status.get() == Status.CLOSED || !connecting.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<WebSocket> attempt;
        try {
            attempt = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, new Listener());
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
                    // The socket is taken in the listener's onOpen: the host's hello, which asks for the
                    // seat, may arrive before this runs.
                });
    }

    /** Silence after which a connection is taken for dead: three of the host's pings missed. */
    private static final long SILENT_HOST = 3 * HostServer.PING_SECONDS * 1000 + 1000;

    private void retry() {
        if (status.get() == Status.CLOSED || status.get() == Status.REFUSED) {
            return;
        }
        status.set(Status.RECONNECTING);
        onChange.run();
        long wait = backoff;
        backoff = Math.min(5_000, backoff * 2);
        timer.schedule(this::connect, wait, TimeUnit.MILLISECONDS);
    }

    private synchronized void send(Wire.ToHost message) {
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

    private void onMessage(String text) throws IOException {
        Wire.ToTable message = Wire.MAPPER.readValue(text, Wire.ToTable.class);
        lastProgress.set(System.currentTimeMillis());
        try {
            handle(message);
        } finally {
            onChange.run();
        }
    }

    private void handle(Wire.ToTable message) throws IOException {
        if (message instanceof Wire.Hello hello) {
            if (hello.protocol() == null || hello.protocol() != Wire.PROTOCOL) {
                refuse("OTHER_VERSION", null);
                return;
            }
            if (!hello.meetingNamed()) {
                refuse("BAD_MESSAGE", null);
                return;
            }
            // The seat and entries are this meeting's before the table is shown its workshop.
            enter(hello.meeting());
            if (token == null && (code == null || code.isBlank())) {
                // No seat in this meeting and no code to ask for one with: the host is not asked in vain.
                refuse("CODE_NEEDED", null);
                return;
            }
            String before = met;
            met = hello.meeting();
            if (before != null && !before.equals(met)) {
                // The host holds another meeting now, with its own code: the one this laptop was given is
                // for the last. What was written there is put aside (above).
                refuse("NEW_MEETING", null);
                return;
            }
            join();
        } else if (message instanceof Wire.Admitted admitted) {
            dk.dialogforum.workshop.Workshop told;
            try {
                told = dk.dialogforum.workshop.WorkshopLoader.parse(admitted.workshop(), "host");
            } catch (dk.dialogforum.workshop.WorkshopException e) {
                refuse("BAD_WORKSHOP", e.getMessage());
                return;
            }
            taken = java.util.Set.copyOf(admitted.taken());
            workshop = told;
            if (tableId == null) {
                // Let in, with no seat to ask for: the table is to pick one.
                status.compareAndSet(Status.RECONNECTING, Status.CONNECTING);
            }
        } else if (message instanceof Wire.Seats seats) {
            taken = java.util.Set.copyOf(seats.taken());
        } else if (message instanceof Wire.Joined joined) {
            token = joined.token();
            tableId = joined.tableId();
            freshJoin.set(true);
            Files.writeString(outbox.resolve(SEAT_FILE), tableId + "\n" + token);
            backoff = 100;
            status.set(Status.CONNECTED);
            // The outbox is sent again from the client's own thread: reading many entries from disk must not
            // hold up the acknowledgements that arrive meanwhile on this one.
            String seat = joined.token();
            timer.execute(() -> resend(seat));
        } else if (message instanceof Wire.Ack ack) {
            settle(ack.commandId(), f -> f.complete(ack));
        } else if (message instanceof Wire.Error error) {
            if (error.commandId() != null && !"NOT_SEATED".equals(error.code())) {
                settle(error.commandId(), f -> f.completeExceptionally(new Refused(error.code(), error.message())));
            } else if ("BAD_CODE".equals(error.code()) && joinedWithToken) {
                // A seat token this host does not know (a seat file from before meetings were named):
                // the seat is asked for again with the code.
                forgetSeat();
                tableId = tableId == null ? seatAsked : tableId;
                join();
            } else if (JOIN_REFUSED.contains(error.code())) {
                refuse(error.code(), error.message());
            }
        } else if (message instanceof Wire.State s) {
            // Keep the newest meeting state. The first state after a join is taken as it is: the host may
            // be a new meeting.
            boolean fresh = freshJoin.getAndSet(false);
            state.accumulateAndGet(s, (old, now) -> fresh || old == null || now.seq() >= old.seq() ? now : old);
        } else if (message instanceof Wire.Items change && !freshJoin.get()) {
            // Changes to the table's items. The host sends a connection its states and changes from one
            // thread, in the order it makes them, so each applies to the state before it; two pushes may
            // carry the same meeting seq, so the seq is no test of news. Changes before the first state
            // on a new connection are left out: that state holds them.
            state.updateAndGet(old -> old == null ? null : old.with(change));
        }
    }

    /**
     * Makes the outbox the one of {@code id}'s meeting. A laptop that comes to another meeting than the one
     * its seat and entries belong to puts them aside, in a folder named after that meeting, and takes them
     * up again if it returns there: nothing written for one meeting is ever sent to another, or lost.
     */
    private void enter(String id) throws IOException {
        synchronized (files) {
            if (id.equals(meeting)) {
                return;
            }
            if (meeting != null) {
                Path aside = Files.createDirectories(outbox.resolve(ASIDE + meeting));
                for (Map.Entry<String, Path> e : Map.copyOf(files).entrySet()) {
                    Files.move(e.getValue(), aside.resolve(e.getValue().getFileName()));
                    files.remove(e.getKey());
                    CompletableFuture<Wire.Ack> f = waiting.remove(e.getKey());
                    if (f != null) {
                        f.completeExceptionally(new Refused("OTHER_MEETING",
                                dk.dialogforum.text.Texts.get(dk.dialogforum.text.Texts.DANISH, "net.error.OTHER_MEETING")));
                    }
                }
                Path seat = outbox.resolve(SEAT_FILE);
                if (Files.exists(seat)) {
                    Files.move(seat, aside.resolve(SEAT_FILE));
                }
                token = null;
                tableId = seatAsked;
            }
            Path back = outbox.resolve(ASIDE + id);
            if (Files.isDirectory(back)) {
                try (Stream<Path> parked = Files.list(back)) {
                    for (Path p : parked.sorted().toList()) {
                        Files.move(p, outbox.resolve(p.getFileName()));
                    }
                }
                Files.delete(back);
                load();
            }
            Files.writeString(outbox.resolve(MEETING_FILE), id);
            meeting = id;
        }
    }

    /** Refuses to go on: the host turned the laptop away, or cannot be taken part in. Tries no more. */
    private void refuse(String code, String message) {
        refusal = new Refusal(code, message);
        status.set(Status.REFUSED);
        WebSocket ws = socket;
        socket = null;
        if (ws != null) {
            ws.abort();
        }
    }

    private void forgetSeat() throws IOException {
        token = null;
        Files.deleteIfExists(outbox.resolve(SEAT_FILE));
    }

    /** Sends every entry of the outbox, oldest first; one that cannot be read waits for the next connection. */
    private void resend(String seat) {
        List<String> ids = files.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        for (String id : ids) {
            Path p = files.get(id);
            if (p == null) {
                continue;
            }
            try {
                send(new Wire.Submit(seat, Wire.MAPPER.readValue(Files.readString(p), Command.class)));
            } catch (IOException | RuntimeException e) {
                // Acknowledged meanwhile (the file is gone), or unreadable: nothing is sent for it now.
            }
        }
    }

    private void settle(String commandId, java.util.function.Consumer<CompletableFuture<Wire.Ack>> how) throws IOException {
        Path p = files.remove(commandId);
        if (p != null) {
            Files.deleteIfExists(p);
        }
        CompletableFuture<Wire.Ack> f = waiting.remove(commandId);
        if (f != null) {
            how.accept(f);
        }
        lastProgress.set(System.currentTimeMillis());
    }

    /** Cuts the connection as a failing network would (for tests and for "reconnect now"). */
    public void dropConnection() {
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
        WebSocket ws = socket;
        socket = null;
        if (ws != null) {
            ws.abort();
        }
        timer.shutdownNow();
        try {
            searcher.execute(this::closeSearch);
        } catch (RejectedExecutionException e) {
            // closed before
        }
        searcher.shutdown();
    }

    private final class Listener extends TextListener {
        @Override
        public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
            // The host is there; the JDK answers the ping itself, but the host cannot see that answer: a table
            // that has sent nothing lately says it is still here.
            lastProgress.set(System.currentTimeMillis());
            if (System.nanoTime() - lastSent > HostServer.PING_SECONDS * 500_000_000L) {
                send(new Wire.Alive());
            }
            return super.onPing(ws, message);
        }

        @Override
        public void onOpen(WebSocket ws) {
            synchronized (TableClient.this) {
                socket = ws;
                sending = CompletableFuture.completedFuture(null);
            }
            super.onOpen(ws);
        }

        Listener() {
            super(text -> {
                try {
                    onMessage(text);
                } catch (IOException | RuntimeException e) {
                    // A message we cannot read changes nothing; the outbox keeps what is unacknowledged.
                }
            });
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
