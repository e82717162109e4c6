package dk.dialogforum.ui;

import dk.dialogforum.app.DialogforumApp;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.journal.RecentMeetings;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start screen as a facilitator meets it: a new meeting, and a meeting to resume after a crash. */
class StartAndResumeUiTest {
    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private Application app;

    private void launch() throws Exception {
        System.setProperty("dialogforum.data", data.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DialogforumApp.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage)
                .map(w -> (Stage) w)
                .toList()
                .forEach(Stage::close));
        System.clearProperty("dialogforum.data");
    }

    private void clickPhase(String name) {
        UiDriver ui = new UiDriver();
        ui.clickPhase(name);
    }

    private <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    @Test
    void aNewMeetingStartsFromTheBuiltInWorkshop() throws Exception {
        launch();
        robot.clickOn("#newBuiltIn");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#agenda").tryQuery().isPresent());
        Label status = node("#status");
        assertTrue(status.getText().startsWith("1 hændelse gemt sikkert"), status.getText());
        clickPhase("Enquete");
        robot.clickOn("#open");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> ((Label) node("#status")).getText().startsWith("2 "));
        assertEquals(1, Journals.inDataFolder().unfinished().size());
    }

    @Test
    void anUnfinishedMeetingIsOfferedAndResumesWithEverythingAccepted() throws Exception {
        System.setProperty("dialogforum.data", data.toString());
        try (MeetingSession session = MeetingSession.start(WorkshopLoader.builtIn(), Journals.inDataFolder())) {
            session.engine().execute(new Command.ChangePhase("p1", Phase.ENQUETE, Command.PhaseAction.OPEN));
            session.engine()
                    .execute(new Command.SubmitEnqueteBallot(
                            "b1",
                            "bord-3",
                            null,
                            WorkshopLoader.builtIn().ranking().items().stream()
                                    .map(i -> i.id())
                                    .toList(),
                            Map.of(
                                    "kapacitet",
                                    5,
                                    "inddragelse",
                                    4,
                                    "taettere-2021",
                                    4,
                                    "kvalitet",
                                    3,
                                    "egen-tilbudsvifte",
                                    1)));
        }
        launch();
        assertTrue(robot.lookup("Et møde blev ikke afsluttet").tryQuery().isPresent());
        robot.clickOn("#resume-0");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#agenda").tryQuery().isPresent());
        Label message = node("#message");
        assertEquals("Mødet er genoprettet med 3 hændelser.", message.getText());
        clickPhase("Enquete");
        assertTrue(
                robot.lookup("#progress").<Label>query().getText().equals("1 af 6 borde har svaret (1 stemmeseddel)"));
    }

    @Test
    void aRecentMeetingFileOpensFromTheStartScreen() throws Exception {
        System.setProperty("dialogforum.data", data.toString());
        Path saved = data.resolve("Dialogforum januar.dialogforum");
        try (MeetingSession session = MeetingSession.start(WorkshopLoader.builtIn(), Journals.inDataFolder())) {
            session.engine()
                    .execute(new Command.ChangePhase("p1", Phase.card("selvforsyning"), Command.PhaseAction.OPEN));
            session.engine().execute(new Command.AddItem("i1", "bord-2", "selvforsyning", "fordele", "Nærhed"));
            session.engine().execute(new Command.CloseMeeting("end"));
            session.saveAs(saved);
        }
        RecentMeetings.inDataFolder().add(saved);
        launch();
        assertTrue(robot.lookup("Seneste møder").tryQuery().isPresent());
        robot.clickOn("#recent-0");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#agenda").tryQuery().isPresent());
        Label status = node("#status");
        assertTrue(status.getText().startsWith("4 hændelser"), status.getText());
    }

    @Test
    void manyRecentMeetingsInASmallWindowCanBeScrolledTo() throws Exception {
        System.setProperty("dialogforum.data", data.toString());
        Path first = data.resolve("Møde 0.dialogforum");
        try (MeetingSession session = MeetingSession.start(WorkshopLoader.builtIn(), Journals.inDataFolder())) {
            session.engine().execute(new Command.CloseMeeting("end"));
            session.saveAs(first);
        }
        for (int i = 1; i < 8; i++) {
            Files.copy(first, data.resolve("Møde " + i + ".dialogforum"));
        }
        for (int i = 0; i < 8; i++) {
            RecentMeetings.inDataFolder().add(data.resolve("Møde " + i + ".dialogforum"));
        }
        launch();
        Stage stage = (Stage) robot.lookup("#newBuiltIn").query().getScene().getWindow();
        double width = stage.getWidth();
        double height = stage.getHeight();
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            Node oldest = robot.lookup("#recent-7").query();
            Bounds window = stage.getScene()
                    .getRoot()
                    .localToScreen(stage.getScene().getRoot().getLayoutBounds());
            assertTrue(
                    oldest.localToScreen(oldest.getLayoutBounds()).getMinY() > window.getMaxY(),
                    "below the window at first");
            ScrollPane scroll = robot.lookup(".scroll-pane").query();
            robot.interact(() -> scroll.setVvalue(1.0));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(
                    oldest.localToScreen(oldest.getLayoutBounds()).getMaxY() <= window.getMaxY() + 0.5,
                    "in view once scrolled");
            robot.clickOn("#recent-7");
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> robot.lookup("#agenda").tryQuery().isPresent());
        } finally {
            // The test toolkit's primary stage is shared with the tests that follow.
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    @Test
    void theLanguageCanBeSwitchedToEnglish() throws Exception {
        launch();
        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Start a new meeting").tryQuery().isPresent());
        // A second click on the chosen language keeps it.
        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Start a new meeting").tryQuery().isPresent());
        assertTrue(robot.lookup("#language-en").<ToggleButton>query().isSelected());
        Stage stage = (Stage) robot.lookup("#newBuiltIn").query().getScene().getWindow();
        assertEquals("Dialogforum", stage.getTitle());
    }
}
