package dk.dialogforum.ui;

import dk.dialogforum.app.DialogforumApp;
import dk.dialogforum.journal.Journal;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.journal.RecentMeetings;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
        // The journals are read after the start screen's first frame: each meeting to resume says so until read.
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup(n -> n.getId() != null && n.getId().startsWith("resume-reading-"))
                        .tryQuery()
                        .isEmpty());
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
                60, TimeUnit.SECONDS, () -> robot.lookup("#agenda").tryQuery().isPresent());
        Label status = node("#status");
        assertTrue(status.getText().startsWith("1 hændelse gemt sikkert"), status.getText());
        clickPhase("Enquete");
        robot.clickOn("#open");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> ((Label) node("#status")).getText().startsWith("2 "));
        assertEquals(1, Journals.inDataFolder().unfinished().size());
    }

    @Test
    void anEndedMeetingIsOnTheStartScreenAndOpensForItsMinutes() throws Exception {
        System.setProperty("dialogforum.data", data.toString());
        try (MeetingSession session = MeetingSession.start(WorkshopLoader.builtIn(), Journals.inDataFolder())) {
            var engine = session.engine();
            engine.execute(new Command.JoinTable("j1", "bord-1"));
            engine.execute(new Command.JoinTable("j2", "bord-2"));
            engine.execute(new Command.ChangePhase("p1", Phase.ENQUETE, Command.PhaseAction.OPEN));
            List<String> order = engine.workshop().ranking().items().stream()
                    .map(i -> i.id())
                    .toList();
            Map<String, Integer> answers = new HashMap<>();
            engine.workshop().enquete().statements().forEach(st -> answers.put(st.id(), 4));
            assertEquals(
                    Outcome.Status.ACCEPTED,
                    engine.execute(new Command.SubmitEnqueteBallot("b1", "bord-1", null, order, answers))
                            .status());
            // A table's second ballot replaces its first: still one ballot.
            engine.execute(new Command.SubmitEnqueteBallot("b2", "bord-1", null, order, answers));
            engine.execute(new Command.ChangePhase("p2", Phase.card("klyngesamarbejde"), Command.PhaseAction.OPEN));
            engine.execute(new Command.AddItem("i1", "bord-2", "klyngesamarbejde", "fordele", "Kortere vej"));
            engine.execute(new Command.CloseMeeting("end"));
        }
        launch();
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup("#ended-0").tryQuery().isPresent());
        assertTrue(robot.lookup("#resume-0").tryQuery().isEmpty(), "an ended meeting is not offered to resume");
        String listed = robot
                .from(robot.lookup("#endedMeetings").queryAs(Node.class))
                .lookup(".label")
                .queryAllAs(Label.class)
                .stream()
                .map(Label::getText)
                .filter(t -> t.contains("Sluttede"))
                .findFirst()
                .orElseThrow();
        assertTrue(listed.startsWith(WorkshopLoader.builtIn().meeting().title() + "\nSluttede "), listed);
        assertTrue(listed.endsWith(" · 2 borde · 1 stemmeseddel · 1 punkt"), listed);
        robot.clickOn("#ended-0");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#endedExport").tryQuery().isPresent());
        List<String> said = robot.lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .filter(t -> t != null && t.contains("Gem referatet"))
                .toList();
        assertEquals(
                List.of("Mødet er afsluttet. Gem referatet, eller gå tilbage til startskærmen."),
                said,
                "the console says the meeting has ended and what is left to do");
        assertTrue(
                robot.lookup("Bordene · mødet er slut · 2 af 6 var med")
                        .tryQuery()
                        .isPresent(),
                "no table is said to be connected, or the network to be starting, after the end");
    }

    /** "Like an earlier meeting": the reference meeting's workshop, as a new meeting with no votes in it. */
    @Test
    void aNewMeetingLikeAnEarlierOneHasItsWorkshopAndNoneOfItsVotes() throws Exception {
        System.setProperty("dialogforum.data", data.toString());
        Path reference = Path.of("docs", "reference", "reference-meeting.dialogforum");
        MeetingFile earlier = MeetingFile.open(reference);
        launch();
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#newLikeEarlier").tryQuery().isPresent());
        robot.interact(() -> ((DialogforumApp) app).newMeetingLike(reference));
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup("#agenda").tryQuery().isPresent());
        List<Path> journals = Journals.inDataFolder().unfinished().stream()
                .map(Journals.Unfinished::file)
                .toList();
        assertEquals(1, journals.size(), "a new meeting: " + journals);
        var started = dk.dialogforum.journal.Journal.read(journals.get(0));
        assertEquals(earlier.workshop(), started.workshop(), "its workshop");
        var s = dk.dialogforum.meeting.MeetingState.replay(started.workshop(), started.events())
                .snapshot();
        assertEquals(
                0,
                s.enqueteBallots().size()
                        + s.rankingBallots().size()
                        + s.items().size(),
                "none of its votes");
        assertTrue(earlier.events().size() > 50, "the earlier meeting had plenty");
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
                60, TimeUnit.SECONDS, () -> robot.lookup("#agenda").tryQuery().isPresent());
        Label message = node("#message");
        assertEquals("Mødet er genoprettet med 3 hændelser.", message.getText());
        clickPhase("Enquete");
        assertTrue(
                robot.lookup("#progress").<Label>query().getText().equals("1 af 6 borde har svaret (1 stemmeseddel)"));
    }

    @Test
    void damagedJournalsAreListedWithWhatWasFoundAndTheFacilitatorDecides() throws Exception {
        System.setProperty("dialogforum.data", data.toString());
        Path damaged;
        try (MeetingSession session = MeetingSession.start(WorkshopLoader.builtIn(), Journals.inDataFolder())) {
            session.engine()
                    .execute(new Command.ChangePhase("p1", Phase.card("selvforsyning"), Command.PhaseAction.OPEN));
            session.engine()
                    .execute(new Command.AddItem("i1", "bord-2", "selvforsyning", "fordele", "Et punkt der går tabt"));
            session.engine().execute(new Command.AddItem("i2", "bord-3", "selvforsyning", "fordele", "Nærhed"));
            damaged = session.journalFile();
        }
        flip(damaged, "tabt");
        Files.setLastModifiedTime(damaged, FileTime.fromMillis(System.currentTimeMillis()));
        Path unreadable = data.resolve("journals").resolve("meeting-old" + Journal.SUFFIX);
        Files.copy(damaged, unreadable);
        flip(unreadable, "dialogforum-journal"); // the header
        flip(unreadable, "dialogforum-journal"); // and its copy
        Files.setLastModifiedTime(unreadable, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        launch();
        assertEquals(
                "Journalen er beskadiget: Post 3 af 4 er beskadiget og udelades; 1 post efter den er hel. Før mødet"
                        + " genoptages, gemmes den oprindelige journal uændret ved siden af.",
                robot.lookup("#resume-problem-0").<Label>query().getText());
        assertEquals(
                "Genoptag uden det beskadigede",
                robot.lookup("#resume-0").<Button>query().getText());
        assertTrue(robot.lookup("#resume-problem-1")
                .<Label>query()
                .getText()
                .startsWith("Journalen meeting-old.journal er beskadiget i starten og kan ikke genoptages."
                        + " Filen ligger i "));
        assertTrue(robot.lookup("#resume-1").tryQuery().isEmpty(), "no way to resume what cannot be read");
        robot.clickOn("#resume-0");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup("#agenda").tryQuery().isPresent());
        String message = robot.lookup("#message").<Label>query().getText();
        assertTrue(
                message.startsWith("Mødet er genoprettet med 3 hændelser. Post 3 af 4 er beskadiget og udelades;"
                        + " 1 post efter den er hel. Den oprindelige journal er gemt uændret som meeting-"),
                message);
    }

    /** Flips a bit in the first place {@code text} is written in {@code file} after the previous flip. */
    private static void flip(Path file, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] what = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + what.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                bytes[i] ^= 0x01;
                Files.write(file, bytes);
                return;
            }
        }
        throw new AssertionError(text + " not in " + file);
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
                60, TimeUnit.SECONDS, () -> robot.lookup("#agenda").tryQuery().isPresent());
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
                    60,
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
