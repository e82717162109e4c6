package dk.dialogforum.net;

import dk.dialogforum.workshop.Workshop;
import io.javalin.websocket.WsContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may sit at the meeting: the join code, with a lockout for an address that keeps guessing it; the
 * seats' tokens, derived from the host's secret so they survive a restart; and which connections sit at
 * which table now.
 */
final class Admission {
    /** After this many wrong join codes from one address, further tries are refused for a while. */
    static final int MAX_BAD_CODES = 5;

    static final long LOCKOUT_MILLIS = 30_000;

    /** What a join asked for comes to: a seat, only being let in to pick one, or a refusal's error code. */
    record Decision(String tableId, boolean admitOnly, String refusal) {
        static Decision refused(String code) {
            return new Decision(null, false, code);
        }
    }

    private final Workshop workshop;
    private final String joinCode;
    private final byte[] secret;
    /** token → table id, computed once: every submission looks its token up. */
    private final Map<String, String> tables = new ConcurrentHashMap<>();

    private final Map<String, int[]> badCodes = new ConcurrentHashMap<>();
    private final Map<String, Long> lockedUntil = new ConcurrentHashMap<>();
    /** The connections seated at each table: usually one, more when a table has a second laptop or a spare. */
    private final Map<String, Set<WsContext>> seated = new ConcurrentHashMap<>();

    Admission(Workshop workshop, String joinCode, byte[] secret) {
        this.workshop = workshop;
        this.joinCode = joinCode;
        this.secret = secret.clone();
        workshop.tables().forEach(t -> tables.put(token(t.id()), t.id()));
    }

    /** The token of a seat: an HMAC of the table id, so only the host can make one. */
    String token(String tableId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(tableId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table whose token this is; null for none. */
    String tableOf(String token) {
        return token == null ? null : tables.get(token);
    }

    /**
     * Decides a join from address {@code from}: a seat's token is its seat; otherwise the code must be right
     * (and the address not locked out), and then the seat asked for is taken, or none asked only lets in.
     */
    Decision decide(Wire.Join join, String from) {
        String tableId = join.token() != null ? tableOf(join.token()) : null;
        if (tableId != null) {
            return new Decision(tableId, false, null);
        }
        Long locked = lockedUntil.get(from);
        if (locked != null && locked > System.currentTimeMillis()) {
            return Decision.refused("TOO_MANY_ATTEMPTS");
        }
        boolean codeOk = join.code() != null
                && MessageDigest.isEqual(
                        joinCode.getBytes(StandardCharsets.UTF_8), join.code().getBytes(StandardCharsets.UTF_8));
        if (!codeOk) {
            int[] count = badCodes.computeIfAbsent(from, k -> new int[1]);
            synchronized (count) {
                if (++count[0] >= MAX_BAD_CODES) {
                    lockedUntil.put(from, System.currentTimeMillis() + LOCKOUT_MILLIS);
                    count[0] = 0;
                }
            }
            return Decision.refused("BAD_CODE");
        }
        if (join.tableId() == null) {
            // The code alone: the table is let in to pick its seat.
            return new Decision(null, true, null);
        }
        if (workshop.table(join.tableId()).isEmpty()) {
            return Decision.refused("UNKNOWN_TABLE");
        }
        return new Decision(join.tableId(), false, null);
    }

    /** Seats {@code ctx} at {@code tableId}, leaving any seat it had. */
    void seat(WsContext ctx, String tableId) {
        unseat(ctx);
        seated.compute(tableId, (t, at) -> {
            Set<WsContext> now = at == null ? ConcurrentHashMap.newKeySet() : at;
            now.add(ctx);
            return now;
        });
    }

    /** Takes {@code ctx} from the seat it had, if any; a seat with no connection left is no longer listed. */
    void unseat(WsContext ctx) {
        for (String table : seated.keySet()) {
            seated.computeIfPresent(table, (t, at) -> {
                at.remove(ctx);
                return at.isEmpty() ? null : at;
            });
        }
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
