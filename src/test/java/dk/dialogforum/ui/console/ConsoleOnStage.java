package dk.dialogforum.ui.console;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.testing.NoNavigation;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.Presentation;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A meeting's console in a window of its own at 1280×720, in Danish, with no start screen to go to, as the
 * console's tests drive it; closing it closes the console, the window and the meeting.
 */
final class ConsoleOnStage implements AutoCloseable {
    final FxRobot robot = new FxRobot();
    private final MeetingSession session;
    private FxMeeting meeting;
    private ConsoleView console;
    private Stage stage;
    final Presentation presentation = new Presentation();

    private ConsoleOnStage(MeetingSession session) {
        this.session = session;
    }

    /** Shows {@code session}'s console with {@code phase} chosen in the agenda. */
    static ConsoleOnStage show(MeetingSession session, String phase) throws Exception {
        ConsoleOnStage on = new ConsoleOnStage(session);
        FxToolkit.registerPrimaryStage();
        on.robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            on.meeting = new FxMeeting(session.engine());
            on.console = new ConsoleView(
                    new I18n(Texts.DANISH),
                    new NoNavigation(),
                    session,
                    on.meeting,
                    on.presentation,
                    null,
                    Runnable::run);
            Scene scene = new Scene(on.console.buildFor(phase), 1280, 720);
            scene.getStylesheets().add(Theme.stylesheet());
            on.stage = new Stage();
            on.stage.setScene(scene);
            on.stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return on;
    }

    /** As "Arbejdsark til print …" with {@code pdf} chosen. */
    void printWorksheetsTo(Path pdf) {
        robot.interact(() -> console.printWorksheetsTo(pdf));
    }

    /**
     * Leaves the meeting as the program does when the facilitator goes back to the start screen: the console
     * goes first, then the meeting closes; the window stays until {@link #close()}.
     */
    void leaveMeeting() throws Exception {
        robot.interact(() -> {
            console.dispose();
            console = null;
            meeting.dispose();
        });
        meeting = null;
        session.close();
    }

    @Override
    public void close() throws Exception {
        Teardown.close(robot, meeting, session, () -> {
            if (stage != null) {
                stage.close();
            }
            if (console != null) {
                console.dispose();
            }
        });
    }
}
