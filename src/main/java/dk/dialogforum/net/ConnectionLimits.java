package dk.dialogforum.net;

import io.javalin.websocket.WsContext;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may connect to the host, and how much. A browser only from the host's own pages. And one address only
 * so far: a room's laptops and phones each have an address of their own and open a connection or two, so
 * many at once, or many in a row, from one address is a program attacking the meeting, and is turned away
 * before it costs the other tables anything.
 */
final class ConnectionLimits {
    /** Connections open at once from one address. */
    static final int MAX_OPEN = 64;

    /** New connections from one address in a minute. */
    static final int MAX_NEW_PER_MINUTE = 240;

    /**
     * Messages one connection may send in {@link #MESSAGE_WINDOW_NANOS}: far above a table's resend of an
     * outbox that filled during a long outage, which is sent whole when the table reconnects.
     */
    static final int MAX_MESSAGES = 100_000;

    private static final long MESSAGE_WINDOW_NANOS = 10_000_000_000L;

    private static final long MINUTE_NANOS = 60_000_000_000L;

    /** Per connection: when its window began, and its messages since. */
    private final Map<Object, long[]> messages = new ConcurrentHashMap<>();

    private final Map<String, int[]> open = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> opened = new ConcurrentHashMap<>();

    /** Whether {@code address} may open another connection now (asked before the upgrade; counts nothing). */
    boolean mayOpen(String address) {
        Deque<Long> times = opened.get(address);
        if (times == null) {
            return true;
        }
        long now = System.nanoTime();
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > MINUTE_NANOS) {
                times.removeFirst();
            }
            int[] count = open.get(address);
            return times.size() < MAX_NEW_PER_MINUTE && (count == null || count[0] < MAX_OPEN);
        }
    }

    /** Whether {@code address} may open another connection now; if so, it is counted as open. */
    boolean admit(String address) {
        long now = System.nanoTime();
        Deque<Long> times = opened.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > MINUTE_NANOS) {
                times.removeFirst();
            }
            if (times.size() >= MAX_NEW_PER_MINUTE) {
                return false;
            }
            int[] count = open.computeIfAbsent(address, a -> new int[1]);
            if (count[0] >= MAX_OPEN) {
                return false;
            }
            count[0]++;
            times.addLast(now);
            return true;
        }
    }

    /** Counts a message from {@code connection}: false once it sends more than its share. */
    boolean message(Object connection) {
        long now = System.nanoTime();
        long[] w = messages.computeIfAbsent(connection, c -> new long[] {now, 0});
        synchronized (w) {
            if (now - w[0] > MESSAGE_WINDOW_NANOS) {
                w[0] = now;
                w[1] = 0;
            }
            return ++w[1] <= MAX_MESSAGES;
        }
    }

    /** A connection from {@code address} closed. */
    void closed(String address, Object connection) {
        messages.remove(connection);
        Deque<Long> times = opened.get(address);
        if (times == null) {
            return;
        }
        synchronized (times) {
            int[] count = open.get(address);
            if (count != null && count[0] > 0) {
                count[0]--;
            }
        }
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

    /** The address a connection comes from (no port): what lockouts count, and what the facilitator is shown. */
    static String address(WsContext ctx) {
        try {
            return ctx.session.getRemoteAddress() instanceof InetSocketAddress a && a.getAddress() != null
                    ? a.getAddress().getHostAddress()
                    : String.valueOf(ctx.session.getRemoteAddress());
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
