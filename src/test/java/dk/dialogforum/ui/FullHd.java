package dk.dialogforum.ui;

import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.AudienceView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Parent;
import javafx.scene.Scene;

/** The audience view laid out at full HD without a window: the tests' headless screen is smaller. */
public final class FullHd {
    private FullHd() {}

    /** Puts {@code view} in a 1920×1080 scene with the program's stylesheet and lays it out; on the FX thread. */
    public static Parent layOut(AudienceView view) {
        Scene scene = new Scene(view.node(), 1920, 1080);
        scene.getStylesheets().add(Theme.stylesheet());
        relayout(scene.getRoot());
        return scene.getRoot();
    }

    /**
     * Waits until {@code view} shows the engine's latest state: the projector follows a room that writes
     * fast in rounds, so a state a test has just made may still be on its way to the slide.
     */
    public static void awaitLatest(FxRobot robot, AudienceView view, MeetingEngine engine) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            boolean[] latest = new boolean[1];
            robot.interact(
                    () -> latest[0] = view.shownSeq() == engine.snapshot().seq());
            if (latest[0]) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the projector did not come to the meeting's latest state");
    }

    /** CSS and layout until settled: a slide may take a compact look in its first layout. On the FX thread. */
    public static void relayout(Parent root) {
        for (int i = 0; i < 3; i++) {
            root.applyCss();
            root.layout();
        }
    }
}
