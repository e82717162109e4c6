package dk.dialogforum.testing;

import java.util.function.BooleanSupplier;

/** Waiting in a test for what a user would see, for as long as a busy machine may need, and not longer. */
public final class Await {
    private Await() {}

    /** Returns once {@code condition} holds; fails naming {@code what} after a minute without it. */
    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("waited in vain for " + what);
            }
            Thread.sleep(10);
        }
    }
}
