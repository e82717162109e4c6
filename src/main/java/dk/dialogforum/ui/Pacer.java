package dk.dialogforum.ui;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an update on the FX thread at most once per gap when asked more often: a quiet room's every change
 * shows at once, and a room writing fast is followed a few times a second, ending on its latest state.
 */
final class Pacer {
    private final long gapMillis;
    private final Runnable update;
    private final PauseTransition catchUp = new PauseTransition();
    private long updatedAt = Long.MIN_VALUE / 2;

    /** {@code gapMillis} 0: every request runs the update at once. */
    Pacer(long gapMillis, Runnable update) {
        this.gapMillis = gapMillis;
        this.update = update;
        catchUp.setOnFinished(e -> run());
    }

    /** Runs the update now if {@code now} or the gap has passed since the last, else once the gap has passed. */
    void request(boolean now) {
        long at = System.currentTimeMillis();
        if (now || gapMillis == 0 || at - updatedAt >= gapMillis) {
            catchUp.stop();
            run();
        } else if (catchUp.getStatus() != Animation.Status.RUNNING) {
            catchUp.setDuration(Duration.millis(gapMillis - (at - updatedAt)));
            catchUp.playFromStart();
        }
    }

    private void run() {
        updatedAt = System.currentTimeMillis();
        update.run();
    }

    void stop() {
        catchUp.stop();
    }
}
