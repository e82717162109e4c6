package dk.dialogforum.net;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.workshop.Workshop;
import io.javalin.websocket.WsContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may sit at the meeting: the join code, with a lockout for an address that keeps guessing it and one for
 * the whole room when codes are guessed from many addresses; the seats, each owned by the laptop that took it
 * ({@link SeatBook}): another laptop asking for an owned seat waits for the facilitator; and which
 * connections sit at which table now.
 */
final class Admission {
    /** After this many wrong join codes from one address, further tries are refused for a while. */
    static final int MAX_BAD_CODES = 5;

    static final long LOCKOUT_MILLIS = 30_000;

    /** Wrong codes from all addresses together in a minute beyond which every try with a code waits. */
    static final int MAX_BAD_CODES_ROOM = 30;

    /** Tries turned away in a minute from which the facilitator is told that the code is being guessed. */
    static final int GUESSING = 10;

    private static final long MINUTE = 60_000;

    /**
     * What a join asked for comes to: a seat and its token; only being let in to pick one; a seat another
     * laptop owns, which waits for the facilitator ({@code waiting}); or a refusal's error code.
     */
    record Decision(String tableId, String token, boolean admitOnly, boolean waiting, String refusal) {
        static Decision refused(String code) {
            return new Decision(null, null, false, false, code);
        }

        static Decision seat(String tableId, String token) {
            return new Decision(tableId, token, false, false, null);
        }
    }

    private final Workshop workshop;
    private final String joinCode;
    /** In individual voting, the most participants a table may have; the facilitator may change it. */
    private volatile int participantCap = Door.DEFAULT_PARTICIPANTS;

    private final byte[] secret;
    private final SeatBook seats;

    private final Map<String, int[]> badCodes = new ConcurrentHashMap<>();
    private final Map<String, Long> lockedUntil = new ConcurrentHashMap<>();
    /** When each wrong code of the last minute came, from any address. */
    private final Deque<Long> roomBadCodes = new ArrayDeque<>();
    /** When each try with a code was turned away in the last minute: wrong, or from a locked-out address. */
    private final Deque<Long> turnedAway = new ArrayDeque<>();
    /** The connections seated at each table: usually one, for a moment two while a laptop is replaced. */
    private final Map<String, Set<WsContext>> seated = new ConcurrentHashMap<>();
    /** Every connection in {@link #seated}, to ask of one without going through the seats. */
    private final Set<WsContext> anySeat = ConcurrentHashMap.newKeySet();

    Admission(Workshop workshop, String joinCode, byte[] secret, SeatBook seats) {
        this.workshop = workshop;
        this.joinCode = joinCode;
        this.secret = secret.clone();
        this.seats = seats;
    }

    /** An HMAC of {@code name} under the host's secret: the same after a restart, unguessable without it. */
    String derive(String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(name.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table whose token this is; null for none. */
    String tableOf(String token) {
        return seats.tableOf(token);
    }

    /** The seats a laptop owns: another laptop must be allowed by the facilitator to take one. */
    Set<String> ownedSeats() {
        return seats.ownedSeats();
    }

    /**
     * Gives {@code tableId}'s seat to a new laptop, the facilitator allowing it, in place of the laptops
     * there ({@code replace}) or beside them: its token (the laptop's own {@code key}, if it offered one).
     */
    String giveSeat(String tableId, boolean replace, String key) {
        return seats.give(tableId, replace, key);
    }

    /**
     * Decides a join from address {@code from}: a seat's token is its seat; otherwise the code must be right
     * (and neither the address nor the room locked out), and then a free seat asked for is given, an owned
     * one waits for the facilitator, and none asked only lets in.
     */
    Decision decide(Wire.Join join, String from) {
        String tableId = join.token() != null ? tableOf(join.token()) : null;
        if (tableId != null) {
            return Decision.seat(tableId, join.token());
        }
        if (join.code() == null && seats.replaced(join.token())) {
            // Coming back to a seat the facilitator gave to another laptop.
            return Decision.refused("SEAT_REPLACED");
        }
        long now = System.currentTimeMillis();
        Long locked = lockedUntil.get(from);
        if (locked != null && locked > now || wrongCodesLastMinute(now) >= MAX_BAD_CODES_ROOM) {
            note(turnedAway, now);
            return Decision.refused("TOO_MANY_ATTEMPTS");
        }
        boolean codeOk = join.code() != null
                && MessageDigest.isEqual(
                        joinCode.getBytes(StandardCharsets.UTF_8), join.code().getBytes(StandardCharsets.UTF_8));
        if (!codeOk) {
            int[] count = badCodes.computeIfAbsent(from, k -> new int[1]);
            synchronized (count) {
                if (++count[0] >= MAX_BAD_CODES) {
                    lockedUntil.put(from, now + LOCKOUT_MILLIS);
                    count[0] = 0;
                }
            }
            note(roomBadCodes, now);
            note(turnedAway, now);
            return Decision.refused("BAD_CODE");
        }
        if (join.tableId() == null) {
            // The code alone: the table is let in to pick its seat.
            return new Decision(null, null, true, false, null);
        }
        if (workshop.table(join.tableId()).isEmpty()) {
            return Decision.refused("UNKNOWN_TABLE");
        }
        synchronized (seats) {
            if (individual()) {
                // Each participant takes part under a token of their own, beside the others, up to the cap: one
                // ballot each, so reading the code off the projector is no way to stuff the count.
                if (seats.count(join.tableId()) >= participantCap) {
                    return Decision.refused("TABLE_FULL");
                }
                return Decision.seat(join.tableId(), seats.give(join.tableId(), false, join.token()));
            }
            if (seats.owned(join.tableId())) {
                return new Decision(join.tableId(), null, false, true, null);
            }
            return Decision.seat(join.tableId(), seats.give(join.tableId(), true, join.token()));
        }
    }

    boolean individual() {
        return workshop.voting().mode() == Workshop.VotingMode.INDIVIDUAL;
    }

    int participantCap() {
        return participantCap;
    }

    /** In individual voting, sets how many participants a table may have (those already in stay). */
    void participantCap(int cap) {
        participantCap = Math.max(1, cap);
    }

    /** How many participants each table has had so far (individual voting). */
    Map<String, Integer> participants() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Workshop.TableDef t : workshop.tables()) {
            counts.put(t.id(), seats.count(t.id()));
        }
        return counts;
    }

    /**
     * {@code command} as the meeting takes it from the holder of {@code token}: in individual voting a ballot is
     * the participant's own, whatever id it came with, so a new one replaces theirs and never adds another.
     */
    Command own(Command command, String token) {
        // Who voted is the host's to say, never the device's: the participant in individual voting, else none.
        // Worked out (an HMAC) only for the commands that carry it, not for every item a table writes.
        if (command instanceof Command.CastDots d) {
            return new Command.CastDots(d.commandId(), d.tableId(), d.cardId(), d.dots(), ballot(token));
        }
        if (!individual()) {
            return command;
        }
        if (command instanceof Command.SubmitEnqueteBallot b) {
            return new Command.SubmitEnqueteBallot(b.commandId(), b.tableId(), ballot(token), b.ranking(), b.answers());
        }
        if (command instanceof Command.SubmitRankingBallot b) {
            return new Command.SubmitRankingBallot(b.commandId(), b.tableId(), ballot(token), b.ranking());
        }
        return command;
    }

    /** The ballot of the holder of {@code token}: the participant's own in individual voting, else none. */
    private String ballot(String token) {
        return individual() ? "participant-" + derive("participant " + token).substring(0, 22) : null;
    }

    /** Wrong join codes from all addresses in the last minute. */
    int wrongCodesLastMinute(long now) {
        return lastMinute(roomBadCodes, now);
    }

    /** Tries with a code turned away in the last minute, wrong or locked out: how hard the code is guessed. */
    int turnedAwayLastMinute(long now) {
        return lastMinute(turnedAway, now);
    }

    private static void note(Deque<Long> times, long now) {
        synchronized (times) {
            times.addLast(now);
        }
    }

    private static int lastMinute(Deque<Long> times, long now) {
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < now - MINUTE) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    /** Seats {@code ctx} at {@code tableId}, leaving any seat it had. */
    void seat(WsContext ctx, String tableId) {
        unseat(ctx);
        seated.compute(tableId, (t, at) -> {
            Set<WsContext> now = at == null ? ConcurrentHashMap.newKeySet() : at;
            now.add(ctx);
            return now;
        });
        anySeat.add(ctx);
    }

    /** Takes {@code ctx} from the seat it had, if any; a seat with no connection left is no longer listed. */
    void unseat(WsContext ctx) {
        anySeat.remove(ctx);
        for (String table : seated.keySet()) {
            seated.computeIfPresent(table, (t, at) -> {
                at.remove(ctx);
                return at.isEmpty() ? null : at;
            });
        }
    }

    /** Whether {@code ctx} has a seat now. */
    boolean isSeated(WsContext ctx) {
        return anySeat.contains(ctx);
    }

    /** The connections at each seat now, live: read while tables come and go. */
    Map<String, Set<WsContext>> seated() {
        return seated;
    }

    /** The seats a laptop is connected at now. */
    List<String> seatsInUse() {
        return List.copyOf(seated.keySet());
    }

    boolean anyoneSeated() {
        return !seated.isEmpty();
    }
}
