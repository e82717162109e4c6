package dk.dialogforum.ui;

import dk.dialogforum.ui.kit.FxMeeting;
import org.testfx.api.FxRobot;

/** What a UI test opened, closed after it: the views on the FX thread first, then what they showed. */
public final class Teardown {
    private Teardown() {}

    /**
     * Runs {@code onFx} on the FX thread (the console, the views, then the meeting's bridge), then closes
     * {@code after} in order; any of them may be null, for a test that stopped before opening it.
     */
    public static void close(FxRobot robot, FxMeeting meeting, AutoCloseable after, Runnable... onFx) throws Exception {
        robot.interact(() -> {
            for (Runnable r : onFx) {
                r.run();
            }
            if (meeting != null) {
                meeting.dispose();
            }
        });
        if (after != null) {
            after.close();
        }
    }
}
