package dk.dialogforum.net;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The newest meeting state a table was sent. The first state after a join is taken as it is (the host may hold
 * a new meeting); after that a state older than the one held is left out. Changes to the table's items apply
 * to the state before them: the host sends a connection its states and changes from one thread, in the order it
 * makes them, and two pushes may carry the same meeting seq, so the seq is no test of news. Changes before the
 * first state on a new connection are left out: that state holds them.
 */
final class ReceivedState {
    private final AtomicReference<Wire.State> state = new AtomicReference<>();
    private final AtomicBoolean freshJoin = new AtomicBoolean();

    /** A join was made: the next state is taken whole. */
    void joined() {
        freshJoin.set(true);
    }

    /** Takes {@code s} if it is news; the state held now. */
    Wire.State take(Wire.State s) {
        boolean fresh = freshJoin.getAndSet(false);
        return state.accumulateAndGet(s, (old, in) -> fresh || old == null || in.seq() >= old.seq() ? in : old);
    }

    /** Applies a change to the table's items, unless no state of this connection has come yet. */
    void change(Wire.Items change) {
        if (!freshJoin.get()) {
            state.updateAndGet(old -> old == null ? null : old.with(change));
        }
    }

    Wire.State get() {
        return state.get();
    }
}
