package dk.dialogforum.ui.console;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.testing.NoNavigation;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the console asks before it acts. The tables have one phase open at a time: opening a second (the card
 * again while its dots are open) asks, and closes the first with it, or leaves both as they were. A result
 * revealed before every table has answered puts few tables' answers on the wall: that is asked too.
 */
class PhaseAsksFirstUiTest {
    private static final String CARD = "klyngesamarbejde";

    @TempDir
    Path journals;

    private final FxRobot robot = new FxRobot();
    private MeetingSession session;
    private FxMeeting meeting;
    private ConsoleView console;
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, meeting, session, () -> {
            if (stage != null) {
                stage.close();
            }
            if (console != null) {
                console.dispose();
            }
        });
    }

    private Snapshot now() {
        return session.engine().snapshot();
    }

    private void console(String phase) throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            meeting = new FxMeeting(session.engine());
            console = new ConsoleView(
                    new I18n(Texts.DANISH),
                    new NoNavigation(),
                    session,
                    meeting,
                    new Presentation(),
                    null,
                    Runnable::run);
            Scene scene = new Scene(console.buildFor(phase), 1280, 720);
            scene.getStylesheets().add(Theme.stylesheet());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingASecondPhaseClosesTheFirstOnceTheFacilitatorSaysSo() throws Exception {
        session = MeetingSession.start(WorkshopLoader.builtIn(), new Journals(journals));
        session.engine().execute(new Command.ChangePhase("dots", Phase.dots(CARD), Command.PhaseAction.OPEN));
        console(Phase.card(CARD));

        // Asked, and the facilitator thinks better of it: nothing changes.
        robot.clickOn("#open");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup("Annullér").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class)
                .getContentText()
                .startsWith("»Prikker: Tættere klyngesamarbejde om sikrer tilbudsviften« er stadig åben for bordene."));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup("Annullér").tryQuery().isEmpty());
        assertTrue(now().phase(Phase.dots(CARD)).open());
        assertFalse(now().phase(Phase.card(CARD)).open());

        // Asked again, and yes: the dots close, the card opens.
        robot.clickOn("#open");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Luk og åbn").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> now().phase(Phase.card(CARD)).open());
        assertFalse(now().phase(Phase.dots(CARD)).open(), "one phase open for the tables");
    }

    @Test
    void revealingBeforeEveryTableHasAnsweredIsAskedFirst() throws Exception {
        session = MeetingSession.start(WorkshopLoader.builtIn(), new Journals(journals));
        Workshop w = session.engine().workshop();
        session.engine().execute(new Command.ChangePhase("open", Phase.ENQUETE, Command.PhaseAction.OPEN));
        session.engine()
                .execute(new Command.SubmitEnqueteBallot(
                        "b1",
                        "bord-3",
                        null,
                        w.ranking().items().stream().map(i -> i.id()).toList(),
                        w.enquete().statements().stream().collect(Collectors.toMap(st -> st.id(), st -> 4))));
        console(Phase.ENQUETE);
        robot.clickOn("#reveal");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Kun 1 af 6 borde har svaret").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class)
                .getContentText()
                .startsWith("Vises resultatet nu, ser salen ét bords svar."));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup("Vent").tryQuery().isEmpty());
        assertFalse(now().phase(Phase.ENQUETE).revealed(), "the facilitator waits");
        robot.clickOn("#reveal");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Vis alligevel").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> now().phase(Phase.ENQUETE).revealed());
    }
}
