package dk.dialogforum.ui.kit;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an update on the FX thread at most once per gap when asked more often: a quiet room's every change
 * shows at once, and a room writing fast is followed a few times a second, ending on its latest state.
 */
public final class Pacer {
    private final long gapMillis;
    private final Runnable update;
    private final PauseTransition catchUp = new PauseTransition();
    /** When the update last ran, on the monotonic clock: a wall clock set back would hold the updates for as long. */
    private long updatedAt;

    private boolean ran;

    /** {@code gapMillis} 0: every request runs the update at once. */
    public Pacer(long gapMillis, Runnable update) {
        this.gapMillis = gapMillis;
        this.update = update;
        catchUp.setOnFinished(e -> run());
    }

    /** Runs the update now if {@code now} or the gap has passed since the last, else once the gap has passed. */
    public void request(boolean now) {
        long since = (System.nanoTime() - updatedAt) / 1_000_000;
        if (now || gapMillis == 0 || !ran || since >= gapMillis) {
            catchUp.stop();
            run();
        } else if (catchUp.getStatus() != Animation.Status.RUNNING) {
            catchUp.setDuration(Duration.millis(gapMillis - since));
            catchUp.playFromStart();
        }
    }

    private void run() {
        updatedAt = System.nanoTime();
        ran = true;
        update.run();
    }

    public void stop() {
        catchUp.stop();
    }
}
