package dk.dialogforum.meeting;

import dk.dialogforum.workshop.Workshop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one writer of a meeting. Commands are queued and handled in order by a single thread, which
 * checks each against the state, makes the resulting events durable in the {@link EventStore} (many
 * commands share one write — group commit), applies them, and only then answers the senders and tells
 * the subscribers. Readers take immutable {@link Snapshot}s and never see an event that is not durable.
 */
public final class MeetingEngine implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(MeetingEngine.class.getName());
    private static final int MAX_BATCH = 4096;

    private record Pending(Command command, CompletableFuture<Outcome> result) {}

    private final Workshop workshop;
    private final EventStore store;
    private final LongSupplier clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Consumer<List<Applied>>> subscribers = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock(true);
    private final List<Event> log = new ArrayList<>();
    private final Thread writer;
    private MeetingState state;
    private volatile Snapshot cached;
    private volatile boolean running = true;
    private volatile boolean failed;
    /** Why the journal cannot be written, while {@link #failed}. */
    private volatile Throwable failure;

    private final List<Runnable> failureWatchers = new CopyOnWriteArrayList<>();

    private MeetingEngine(
            Workshop workshop, List<Event> recovered, EventStore store, LongSupplier clock, DoubleConsumer replayed) {
        this.workshop = Objects.requireNonNull(workshop);
        this.store = Objects.requireNonNull(store);
        this.clock = clock;
        this.state = MeetingState.replay(workshop, recovered, replayed);
        this.log.addAll(recovered);
        this.writer = new Thread(this::run, "meeting-writer");
        this.writer.setDaemon(true);
    }

    /**
     * Starts a meeting. With no events, a new meeting is opened (its first event written durably before
     * this returns); otherwise the recovered events are the meeting so far and the store continues them.
     */
    public static MeetingEngine start(Workshop workshop, List<Event> recovered, EventStore store, LongSupplier clock)
            throws IOException {
        return start(workshop, recovered, store, clock, fraction -> {});
    }

    /**
     * {@link #start(Workshop, List, EventStore, LongSupplier)}, telling {@code replayed} the share of the
     * recovered events folded into the meeting now and then.
     */
    public static MeetingEngine start(
            Workshop workshop, List<Event> recovered, EventStore store, LongSupplier clock, DoubleConsumer replayed)
            throws IOException {
        MeetingEngine engine = new MeetingEngine(workshop, recovered, store, clock, replayed);
        if (recovered.isEmpty()) {
            String meetingId = UUID.randomUUID().toString();
            Event opened = new Event.MeetingOpened("open-" + meetingId, clock.getAsLong(), meetingId);
            store.append(List.of(opened));
            engine.state.apply(opened);
            engine.log.add(opened);
        }
        engine.writer.start();
        return engine;
    }

    public static MeetingEngine start(Workshop workshop, List<Event> recovered, EventStore store) throws IOException {
        return start(workshop, recovered, store, System::currentTimeMillis);
    }

    public Workshop workshop() {
        return workshop;
    }

    /** Queues a command; the future completes once its event is durable (or it is rejected). */
    public CompletableFuture<Outcome> submit(Command command) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        if (!running) {
            result.complete(Outcome.rejected(command.commandId(), Rejection.of(Rejection.Code.MEETING_CLOSED)));
            return result;
        }
        queue.add(new Pending(command, result));
        return result;
    }

    /** Submits and waits for the answer. */
    public Outcome execute(Command command) {
        return submit(command).join();
    }

    /** The meeting as it is now: only durable events, never a half-applied batch. */
    public Snapshot snapshot() {
        Snapshot s = cached;
        if (s != null) {
            return s;
        }
        lock.lock();
        try {
            if (cached == null) {
                cached = state.snapshot();
            }
            return cached;
        } finally {
            lock.unlock();
        }
    }

    /** Every durable event of the meeting so far, in order. */
    public List<Event> events() {
        lock.lock();
        try {
            return List.copyOf(log);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells {@code listener} of each batch of applied events, on the writer thread, after they are
     * durable. The listener must return quickly (hand work to its own thread). Returns the way to stop.
     */
    public Runnable subscribe(Consumer<List<Applied>> listener) {
        subscribers.add(listener);
        return () -> subscribers.remove(listener);
    }

    public boolean failed() {
        return failed;
    }

    /** Why the meeting cannot keep changes now (its journal cannot be written), or null if it can. */
    public Throwable failure() {
        return failed ? failure : null;
    }

    /**
     * Calls {@code watcher} (on whatever thread it happens) each time the meeting stops being able to keep
     * changes, and when it can again. Returns the way to stop.
     */
    public Runnable watchFailure(Runnable watcher) {
        failureWatchers.add(watcher);
        return () -> failureWatchers.remove(watcher);
    }

    /**
     * Tries the journal again after it failed (space was freed, a drive came back): if it can be written,
     * the meeting accepts changes again, and the entries the tables kept meanwhile are taken when they are
     * sent again. Throws if it still cannot be written.
     */
    public void retry() throws IOException {
        lock.lock();
        try {
            if (!failed) {
                return;
            }
            try {
                store.check();
            } catch (IOException | RuntimeException e) {
                failure = e;
                throw e instanceof IOException io ? io : new IOException(e);
            }
            failed = false;
            failure = null;
        } finally {
            lock.unlock();
        }
        LOG.info("the journal can be written again; the meeting accepts changes");
        tellFailureWatchers();
    }

    private void fail(Throwable cause) {
        boolean first = !failed;
        failure = cause;
        failed = true;
        if (first) {
            tellFailureWatchers();
        }
    }

    private void tellFailureWatchers() {
        for (Runnable w : failureWatchers) {
            try {
                w.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a failure watcher failed", e);
            }
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                handle(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // Whatever happens, the writer goes on: the batch is refused as not final (the tables keep
                // their entries and send them again), and the state is what the durable log says.
                LOG.log(Level.SEVERE, "meeting writer failed", e);
                recoverState();
                for (Pending p : batch) {
                    p.result()
                            .complete(Outcome.rejected(p.command().commandId(), Rejection.of(Rejection.Code.INTERNAL)));
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void handle(List<Pending> batch) {
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<Event> fresh = new ArrayList<>();
        List<Applied> applied = new ArrayList<>();
        lock.lock();
        try {
            long durableSeq = state.seq();
            for (Pending p : batch) {
                outcomes.add(decide(p.command(), fresh, applied));
            }
            if (!fresh.isEmpty()) {
                try {
                    store.append(fresh);
                    log.addAll(fresh);
                    cached = null;
                } catch (IOException | RuntimeException | Error e) {
                    LOG.log(Level.SEVERE, "journal write failed; the meeting stops accepting changes", e);
                    fail(e);
                    state = MeetingState.replay(workshop, log);
                    applied.clear();
                    for (int i = 0; i < outcomes.size(); i++) {
                        Outcome o = outcomes.get(i);
                        if (o.isAcknowledged() && o.seq() > durableSeq) {
                            outcomes.set(
                                    i, Outcome.rejected(o.commandId(), Rejection.of(Rejection.Code.JOURNAL_FAILED)));
                        }
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(outcomes.get(i));
        }
        if (!applied.isEmpty()) {
            List<Applied> view = List.copyOf(applied);
            for (Consumer<List<Applied>> s : subscribers) {
                try {
                    s.accept(view);
                } catch (RuntimeException | Error e) {
                    LOG.log(Level.WARNING, "a meeting subscriber failed", e);
                }
            }
        }
    }

    /** After an unexpected failure mid-batch: the state again exactly as the durable log says. */
    private void recoverState() {
        lock.lock();
        try {
            state = MeetingState.replay(workshop, log);
            cached = null;
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "the meeting's state could not be rebuilt", e);
        } finally {
            lock.unlock();
        }
    }

    private Outcome decide(Command command, List<Event> fresh, List<Applied> applied) {
        String id = command.commandId();
        if (!Decider.validCommandId(id)) {
            return Outcome.rejected(id, Rejection.of(Rejection.Code.BAD_COMMAND_ID));
        }
        if (failed) {
            return Outcome.rejected(id, Rejection.of(Rejection.Code.JOURNAL_FAILED));
        }
        long earlier = state.seqOf(id);
        if (earlier >= 0) {
            // A resend is acknowledged again; another command under a used id is refused.
            Event before =
                    earlier <= log.size() ? log.get((int) earlier - 1) : fresh.get((int) (earlier - log.size() - 1));
            return Resends.same(command, before)
                    ? Outcome.duplicate(id, earlier)
                    : Outcome.rejected(id, Rejection.of(Rejection.Code.DUPLICATE_ID_CONFLICT));
        }
        try {
            Event event = Decider.decide(command, state, clock.getAsLong());
            state.apply(event);
            fresh.add(event);
            applied.add(new Applied(event, state.seq()));
            return Outcome.accepted(id, state.seq(), event);
        } catch (RejectedException e) {
            return Outcome.rejected(id, e.rejection());
        }
    }

    /** Handles everything already queued, then stops the writer and closes the store. */
    @Override
    public void close() throws IOException {
        running = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Pending p = queue.poll(); p != null; p = queue.poll()) {
            p.result().complete(Outcome.rejected(p.command().commandId(), Rejection.of(Rejection.Code.MEETING_CLOSED)));
        }
        store.close();
    }
}
