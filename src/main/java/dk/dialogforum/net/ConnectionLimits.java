package dk.dialogforum.net;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one address may open at the host: a room's laptops and phones each have an address of their own and
 * open a connection or two, so many at once, or many in a row, from one address is a program attacking the
 * meeting, and is turned away before it costs the other tables anything.
 */
final class ConnectionLimits {
    /** Connections open at once from one address. */
    static final int MAX_OPEN = 64;

    /** New connections from one address in a minute. */
    static final int MAX_NEW_PER_MINUTE = 240;

    private static final long MINUTE_NANOS = 60_000_000_000L;

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

    /** A connection from {@code address} closed. */
    void closed(String address) {
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
}
