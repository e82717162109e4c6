package dk.dialogforum.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;

/** The audience view laid out at full HD without a window: the tests' headless screen is smaller. */
final class FullHd {
    private FullHd() {
    }

    /** Puts {@code view} in a 1920×1080 scene with the program's stylesheet and lays it out; on the FX thread. */
    static Parent layOut(AudienceView view) {
        Scene scene = new Scene(view.node(), 1920, 1080);
        scene.getStylesheets().add(Theme.stylesheet());
        relayout(scene.getRoot());
        return scene.getRoot();
    }

    /** CSS and layout until settled: a slide may take a compact look in its first layout. On the FX thread. */
    static void relayout(Parent root) {
        for (int i = 0; i < 3; i++) {
            root.applyCss();
            root.layout();
        }
    }
}
