package dk.dialogforum.net;

import dk.dialogforum.meeting.Applied;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.util.Daemons;
import io.javalin.websocket.WsContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Tells the seated tables what the meeting's accepted changes mean for them, on a thread of its own (off
 * the engine's writer): a burst of batches becomes one push per table, and a table told often lately waits
 * (see {@link #PUSH_SPACING_MILLIS}). Also tells who is picking a seat, and the facilitator, which seats
 * are in use.
 */
final class PushScheduler implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PushScheduler.class.getName());
    /**
     * How often a table is told, at most, when it is told often: a push every this many milliseconds, after
     * a first {@link #PUSH_BURST} at once. What changes for a table that must wait goes into its next push.
     * A room's tables, whose items come a few a minute, are always told at once; under a flood of entries
     * this keeps the host from sending every laptop at a table a message per entry, while a table is still
     * told of its entries within a frame or three (at 200 ms, half of them waited 100 ms or more).
     */
    static final long PUSH_SPACING_MILLIS = 40;

    static final int PUSH_BURST = 3;

    private final Supplier<Snapshot> snapshot;
    private final Admission admission;
    private final TableProjection projection = new TableProjection();
    /** The connections let in and not yet gone: those not seated are picking a seat. */
    private final Set<WsContext> admitted;

    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("table-push"));
    /** Accepted batches the push thread has yet to tell the tables of. */
    private final ConcurrentLinkedQueue<List<Applied>> accepted = new ConcurrentLinkedQueue<>();

    private final AtomicBoolean pushScheduled = new AtomicBoolean();
    private final AtomicBoolean seatsScheduled = new AtomicBoolean();
    /** What each table is yet to be told, waiting for its next push (push thread only). */
    private final Map<String, Untold> untold = new HashMap<>();
    /** The pushes each table may have now (push thread only). */
    private final Map<String, Allowance> allowances = new HashMap<>();
    /** Whether a push is scheduled for the tables that wait (push thread only). */
    private boolean laterScheduled;

    private volatile Consumer<Set<String>> onSeats;

    PushScheduler(Supplier<Snapshot> snapshot, Admission admission, Set<WsContext> admitted) {
        this.snapshot = snapshot;
        this.admission = admission;
        this.admitted = admitted;
    }

    /** Runs {@code work} on the push thread, in order with every push; nothing once closed. */
    void execute(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException e) {
            // closing: no one is to be told
        }
    }

    /** A table's whole state now (push thread). */
    Wire.State stateOf(String tableId) {
        return projection.state(snapshot.get(), tableId);
    }

    /**
     * Queues an accepted batch for the push thread. Runs on the engine's writer thread, which answers
     * every table: it only queues, and a burst of batches becomes one push per table.
     */
    void noteChanges(List<Applied> batch) {
        if (!admission.anyoneSeated()) {
            return;
        }
        accepted.add(batch);
        if (pushScheduled.compareAndSet(false, true)) {
            execute(this::push);
        }
    }

    /**
     * Tells the tables what the queued batches changed for them: everyone their whole state at once on a
     * phase change; everyone their whole state when an item changes while a dot vote is open (the items to
     * vote on change); a table that cast dots its whole state (its dots); a
     * table whose ballots changed its whole state (a count, and few items outside a card); otherwise each
     * table only its items that changed, so a push costs what changed, not all the table has written. A
     * table told too often lately waits, and is then told all that changed meanwhile, each item as it is then.
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
        TableProjection.View v = projection.view(snapshot.get());
        Set<String> items = new LinkedHashSet<>();
        long now = System.nanoTime();
        if (sortOut(batches, v, items)) {
            // The room moves on: every table is told at once, and its whole state holds all it waited for.
            untold.clear();
            v.build(null);
            admission.seated().forEach((table, at) -> {
                Outlet.sendAll(at, v.state(table));
                allowanceOf(table).take(now);
            });
            return;
        }
        noteItems(v, items);
        Map<String, Untold> due = new HashMap<>();
        long nextDue = takeDue(now, due);
        v.build(due.entrySet().stream()
                .filter(e -> e.getValue().whole)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet()));
        due.forEach((table, u) -> tell(v, table, u, now));
        if (nextDue != Long.MAX_VALUE && !laterScheduled) {
            try {
                thread.schedule(
                        () -> {
                            laterScheduled = false;
                            push();
                        },
                        Math.max(0, nextDue - now),
                        TimeUnit.NANOSECONDS);
                laterScheduled = true;
            } catch (RejectedExecutionException e) {
                // closing: no one is to be told
            }
        }
    }

    /**
     * Notes what each event changed: the tables whose whole state changed, and in {@code items} the items that
     * changed. True if everyone is to be told at once (the phase changed, or the meeting closed).
     */
    private boolean sortOut(List<List<Applied>> batches, TableProjection.View v, Set<String> items) {
        boolean everyone = false;
        for (List<Applied> batch : batches) {
            for (Applied a : batch) {
                Event e = a.event();
                if (e instanceof Event.PhaseChanged || e instanceof Event.MeetingClosed) {
                    everyone = true;
                } else if (e instanceof Event.DotsCast d) {
                    // A table's dots are its own: the items to vote on are the same for every table.
                    untoldOf(d.tableId()).whole = true;
                } else if (!e.itemIds().isEmpty()) {
                    if (v.dotVote) {
                        admission.seated().keySet().forEach(table -> untoldOf(table).whole = true);
                    } else {
                        items.addAll(e.itemIds());
                    }
                } else if (e instanceof Event.EnqueteBallotSubmitted b) {
                    untoldOf(b.tableId()).whole = true;
                } else if (e instanceof Event.RankingBallotSubmitted b) {
                    if (v.revealed != null) {
                        // The revealed live ranking moves with each ballot, at every table as on the wall.
                        admission.seated().keySet().forEach(table -> untoldOf(table).whole = true);
                    }
                    untoldOf(b.tableId()).whole = true;
                }
            }
        }
        return everyone;
    }

    /**
     * Each changed item once, in the order of the events, so new items come in the order they were written;
     * then the items merged into a changed one, whose tables show its new wording. Each waits for its table's
     * next push.
     */
    private void noteItems(TableProjection.View v, Set<String> items) {
        Set<String> changed = new LinkedHashSet<>(items);
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
    }

    /**
     * Moves into {@code due} the tables to tell now: those seated and not told too often lately. The others
     * wait; returns when the first of them is due (Long.MAX_VALUE if none waits).
     */
    private long takeDue(long now, Map<String, Untold> due) {
        long nextDue = Long.MAX_VALUE;
        for (Iterator<Map.Entry<String, Untold>> it = untold.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Untold> e = it.next();
            if (!admission.seated().containsKey(e.getKey())) {
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
        return nextDue;
    }

    /** Tells one table what it waited for: its whole state, or its items that changed. */
    private void tell(TableProjection.View v, String table, Untold u, long now) {
        Set<WsContext> at = admission.seated().get(table);
        if (at == null) {
            return;
        }
        if (u.whole) {
            Outlet.sendAll(at, v.state(table));
        } else {
            List<Snapshot.Item> ofTable = new ArrayList<>(u.items.size());
            for (String id : u.items) {
                Snapshot.Item i = v.item(id);
                if (i != null) {
                    ofTable.add(i);
                }
            }
            Wire.Items changes = v.changes(ofTable);
            if (changes == null) {
                return;
            }
            Outlet.sendAll(at, changes);
        }
        allowanceOf(table).take(now);
    }

    private Allowance allowanceOf(String table) {
        return allowances.computeIfAbsent(table, t -> new Allowance());
    }

    private Untold untoldOf(String table) {
        return untold.computeIfAbsent(table, t -> new Untold());
    }

    /**
     * Tells {@code listener} which seats have a laptop connected now: at once, then after each burst of
     * joins and leaves (on the push thread).
     */
    void onSeats(Consumer<Set<String>> listener) {
        onSeats = listener;
        seatsChanged();
    }

    /**
     * Tells the laptops still picking a seat which seats a laptop owns now, and the facilitator which have a
     * laptop connected, from the push thread (so after their hello), once for a burst of joins and leaves.
     */
    void seatsChanged() {
        if (seatsScheduled.compareAndSet(false, true)) {
            execute(this::tellSeats);
        }
    }

    private void tellSeats() {
        seatsScheduled.set(false);
        Consumer<Set<String>> listener = onSeats;
        if (listener != null) {
            try {
                listener.accept(Set.copyOf(admission.seated().keySet()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the seats in use could not be shown", e);
            }
        }
        // Asked of each connection, not by a set of every seated one made anew: a thousand phones joining
        // would make a thousand such sets.
        List<WsContext> picking = new ArrayList<>();
        for (WsContext c : admitted) {
            if (!admission.isSeated(c)) {
                picking.add(c);
            }
        }
        if (!picking.isEmpty()) {
            Outlet.sendAll(picking, new Wire.Seats(List.copyOf(admission.ownedSeats())));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    /**
     * The pushes a table may have now (a token bucket): {@link #PUSH_BURST} at most, one more every
     * {@link #PUSH_SPACING_MILLIS}.
     */
    private static final class Allowance {
        private static final long SPACING = TimeUnit.MILLISECONDS.toNanos(PUSH_SPACING_MILLIS);
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

    /** What one table waits to be told: its whole state, or these items (in the order they changed). */
    private static final class Untold {
        boolean whole;
        final Set<String> items = new LinkedHashSet<>();
    }
}
