package dk.dialogforum.net;

import io.javalin.websocket.WsContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The meeting's door, as the facilitator minds it: laptops that ask for a seat another laptop owns wait here
 * until the facilitator lets them take it (the owner is then told it was replaced) or not; and whether wrong
 * join codes come so thick that someone is guessing.
 */
public final class Door {
    /** In individual voting, the participants a table may have until the facilitator says otherwise. */
    public static final int DEFAULT_PARTICIPANTS = 10;

    private static final Logger LOG = Logger.getLogger(Door.class.getName());

    /** What the facilitator says to a laptop that asks for a seat another owns. */
    public enum Answer {
        /** It takes the seat; the laptop that had it is told it was replaced, and let go. */
        REPLACE,
        /** It sits at the table beside the laptop that is there (a table with two laptops). */
        ADD,
        /** It does not get the seat, and is told so. */
        REFUSE
    }

    /** A laptop waiting for a seat another laptop owns. */
    public record Request(String id, String tableId, String address, long since) {}

    /**
     * What the facilitator is shown: who waits, and the tries with a join code turned away in the last minute
     * (wrong, or from an address locked out for guessing), with whether that many means the code is guessed.
     */
    public record View(List<Request> waiting, int wrongCodes, boolean guessing) {
        public static final View EMPTY = new View(List.of(), 0, false);
    }

    /** The host's side of an answer, sent in order with all else a connection is told. */
    interface Seater {
        /** Seats a connection at a table with its new token. */
        void seat(WsContext ctx, String tableId, String token);

        /** Tells a connection it does not get the seat it asked for. */
        void refuse(WsContext ctx);
    }

    private final Admission admission;
    private final Seater seater;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private volatile Consumer<View> listener = v -> {};
    private View told = View.EMPTY;

    private record Waiting(Request request, WsContext ctx, String key) {}

    Door(Admission admission, Seater seater) {
        this.admission = admission;
        this.seater = seater;
    }

    void listen(Consumer<View> listener) {
        this.listener = Objects.requireNonNull(listener);
        tell(true);
    }

    /** {@code ctx} waits for {@code tableId}'s seat; {@code key} is the laptop's own, if it offered one. */
    void wait(WsContext ctx, String tableId, String from, String key) {
        Request r = new Request(UUID.randomUUID().toString(), tableId, from, System.currentTimeMillis());
        waiting.put(r.id(), new Waiting(r, ctx, key));
        tell(false);
    }

    /** {@code ctx} no longer waits (it left, or asked for something else). */
    void withdraw(WsContext ctx) {
        if (waiting.values().removeIf(w -> w.ctx() == ctx)) {
            tell(false);
        }
    }

    /** Join codes were tried, or a minute passed: the warning follows the wrong codes of the last minute. */
    void codesTried() {
        tell(false);
    }

    void answer(String requestId, Answer answer) {
        Waiting w = waiting.remove(requestId);
        if (w == null) {
            return; // it left meanwhile
        }
        String table = w.request().tableId();
        switch (answer) {
            case REPLACE -> seater.seat(w.ctx(), table, admission.giveSeat(table, true, w.key()));
            case ADD -> seater.seat(w.ctx(), table, admission.giveSeat(table, false, w.key()));
            case REFUSE -> seater.refuse(w.ctx());
        }
        tell(false);
    }

    private synchronized void tell(boolean always) {
        int wrong = admission.turnedAwayLastMinute(System.currentTimeMillis());
        List<Request> now =
                new ArrayList<>(waiting.values().stream().map(Waiting::request).toList());
        now.sort(Comparator.comparingLong(Request::since));
        View view = new View(List.copyOf(now), wrong, wrong >= Admission.GUESSING);
        if (!always && view.equals(told)) {
            return;
        }
        told = view;
        try {
            listener.accept(view);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the door could not be shown", e);
        }
    }
}
