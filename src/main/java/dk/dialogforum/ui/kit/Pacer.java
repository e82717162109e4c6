package dk.dialogforum.ui.kit;

import dk.dialogforum.util.Daemons;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Runs an update on the FX thread at most once per gap when asked more often: a quiet room's every change
 * shows at once, and a room writing fast is followed a few times a second, ending on its latest state.
 *
 * <p>The wait is a timer off the FX thread, not an animation: a running animation has JavaFX draw a frame
 * every 16 ms for as long as it runs, which under a steady flood of entries is always, and on a laptop
 * drawing in software costs the cores the meeting's host needs.
 */
public final class Pacer {
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("fx-pacer"));

    private final long gapMillis;
    private final Runnable update;
    /** When the update last ran, on the monotonic clock: a wall clock set back would hold the updates for as long. */
    private long updatedAt;

    private boolean ran;
    /** The catching-up run waiting for its time; null when none waits (FX thread only). */
    private ScheduledFuture<?> catchUp;

    private boolean stopped;

    /** {@code gapMillis} 0: every request runs the update at once. */
    public Pacer(long gapMillis, Runnable update) {
        this.gapMillis = gapMillis;
        this.update = update;
    }

    /** Runs the update now if {@code now} or the gap has passed since the last, else once the gap has passed. */
    public void request(boolean now) {
        if (stopped) {
            return;
        }
        long since = (System.nanoTime() - updatedAt) / 1_000_000;
        if (now || gapMillis == 0 || !ran || since >= gapMillis) {
            cancel();
            run();
        } else if (catchUp == null) {
            ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
            self[0] = TIMER.schedule(
                    () -> Platform.runLater(() -> {
                        // Only the run still waited for: one cancelled after it was handed to the FX thread is not.
                        if (catchUp == self[0]) {
                            catchUp = null;
                            if (!stopped) {
                                run();
                            }
                        }
                    }),
                    gapMillis - since,
                    TimeUnit.MILLISECONDS);
            catchUp = self[0];
        }
    }

    private void cancel() {
        if (catchUp != null) {
            catchUp.cancel(false);
            catchUp = null;
        }
    }

    private void run() {
        updatedAt = System.nanoTime();
        ran = true;
        update.run();
    }

    public void stop() {
        stopped = true;
        cancel();
    }
}
