package dk.dialogforum.ui.kit;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work tied to a scene's next frame. {@link #then} is for work that must not keep a screen from showing: handed
 * to {@link Platform#runLater} at once, it would run before that frame, since the toolkit runs what it is handed
 * before its next pulse. {@link #laidOut} is for work that needs the frame's layout, before it is drawn.
 */
public final class NextFrame {
    private NextFrame() {}

    /** Runs {@code task} on the FX thread after {@code scene}'s next frame (at once if there is no scene). */
    public static void then(Scene scene, Runnable task) {
        if (scene == null) {
            Platform.runLater(task);
            return;
        }
        laidOut(scene, () -> Platform.runLater(task));
    }

    /** Runs {@code task} once, in {@code scene}'s next pulse, when it has been laid out and is not yet drawn. */
    public static void laidOut(Scene scene, Runnable task) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                task.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
        // A pulse comes even if nothing else changes.
        scene.getRoot().requestLayout();
    }
}
