package dk.dialogforum.ui.kit;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that must not keep a screen from showing: run on the FX thread once the scene has laid out its next
 * frame. Handed to {@link Platform#runLater} at once, it would run before that frame: the toolkit runs what it is
 * handed before its next pulse.
 */
public final class NextFrame {
    private NextFrame() {}

    /** Runs {@code task} on the FX thread after {@code scene}'s next frame (at once if there is no scene). */
    public static void then(Scene scene, Runnable task) {
        if (scene == null) {
            Platform.runLater(task);
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(task);
            }
        };
        scene.addPostLayoutPulseListener(once);
        // A frame comes even if nothing else changes.
        scene.getRoot().requestLayout();
    }
}
