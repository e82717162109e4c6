package dk.dialogforum.ui.start;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.journal.Journal;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.testing.NoNavigation;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.workshop.BuiltInSummary;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start screen does not wait for the journals to be read: it shows at once, a meeting to resume said to be
 * read, then offered with what it holds, and the ended meetings listed when read, with nothing above them moving.
 */
class StartScreenUiTest {
    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private StartScreen screen;
    /** The reading the screen hands to the program's I/O thread, run when the test says. */
    private final List<Runnable> io = new ArrayList<>();

    @AfterEach
    void close() {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    private void show(Journals journals) throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            screen = new StartScreen(
                    new I18n(Texts.DANISH), new NoNavigation(), BuiltInSummary.of(WorkshopLoader.builtIn()), journals);
            Scene scene = new Scene(screen.get(), 1280, 900);
            scene.getStylesheets().add(Theme.stylesheet());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            screen.readFiled(scene, io::add, () -> true, () -> stage.getScene().setRoot(screen.get()));
        });
    }

    private Point2D where(String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(0, 0);
    }

    @Test
    void theScreenShowsAtOnceAndListsTheEndedMeetingsWhenRead() throws Exception {
        Journals journals = new Journals(data);
        MeetingSession.start(WorkshopLoader.builtIn(), journals).close(); // left unfinished
        try (MeetingSession ended = MeetingSession.start(WorkshopLoader.builtIn(), journals)) {
            ended.engine().execute(new Command.CloseMeeting("end"));
        }
        show(journals);

        assertTrue(robot.lookup("Et møde blev ikke afsluttet").tryQuery().isPresent(), "a meeting to resume, at once");
        assertTrue(robot.lookup("#resume-reading-0").tryQuery().isPresent(), "said to be read");
        assertTrue(robot.lookup("#resume-0").tryQuery().isEmpty(), "not offered before it is read");
        assertTrue(robot.lookup("#endedMeetings").tryQuery().isEmpty(), "the ended one is not read yet");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, io.size(), "both are read on the program's I/O thread, once the screen is up");
        Point2D before = where("#joinAsTable");

        io.forEach(Runnable::run);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> robot.lookup("#ended-0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#resume-0").tryQuery().isPresent(), "offered once read");
        assertTrue(robot.lookup("#resume-reading-0").tryQuery().isEmpty(), "no longer said to be read");
        // The row of the meeting to resume may take a line more once it says what the meeting holds; no card
        // comes in above the ways to start.
        Point2D after = where("#joinAsTable");
        assertTrue(
                after.getX() == before.getX() && Math.abs(after.getY() - before.getY()) < 20,
                "the ways to start stay where they were: " + before + ", then " + after);
        // A change of language makes the screen anew, with what has been read.
        robot.interact(() -> stage.getScene().setRoot(screen.get()));
        assertTrue(robot.lookup("#ended-0").tryQuery().isPresent(), "still listed");
    }

    @Test
    void aFiledJournalThatCannotBeReadGoesWithTheMeetingsToResume() throws Exception {
        Journals journals = new Journals(data);
        Files.writeString(data.resolve("meeting-20261205-070000-damaged" + Journal.DONE_SUFFIX), "no journal at all");
        show(journals);
        assertTrue(robot.lookup("#resume-problem-0").tryQuery().isEmpty(), "not read yet");

        WaitForAsyncUtils.waitForFxEvents();
        io.forEach(Runnable::run);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#resume-problem-0").tryQuery().isPresent());
    }
}
