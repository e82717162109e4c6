package dk.dialogforum.util;

import java.util.concurrent.ThreadFactory;

/**
 * Named daemon threads: the program's background work (network, disk, search, pings) must never be what
 * keeps it running after its last window has closed.
 */
public final class Daemons {
    private Daemons() {}

    /** Makes daemon threads called {@code name}, for an executor. */
    public static ThreadFactory named(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs {@code task} on a daemon thread of its own called {@code name}. */
    public static void start(String name, Runnable task) {
        named(name).newThread(task).start();
    }
}
