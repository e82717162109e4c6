package dk.dialogforum.ui.start;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.testing.NoNavigation;
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

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resuming a big meeting takes a moment: the start screen's row says so and how far it has come. */
class ResumeProgressUiTest {
    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void close() {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    @Test
    void theResumeRowShowsHowFarOpeningTheMeetingHasCome() throws Exception {
        Journals journals = new Journals(data);
        MeetingSession.start(WorkshopLoader.builtIn(), journals).close(); // left unfinished
        AtomicReference<DoubleConsumer> told = new AtomicReference<>();
        NoNavigation nav = new NoNavigation() {
            @Override
            public void resume(Path journal, DoubleConsumer progress) {
                told.set(progress);
            }
        };
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            StartView view = new StartView(
                    new I18n(Locale.forLanguageTag("da")),
                    nav,
                    BuiltInSummary.of(WorkshopLoader.builtIn()),
                    journals.notFiled(),
                    List.of());
            Scene scene = new Scene(view.build(), 1280, 720);
            scene.getStylesheets().add(Theme.stylesheet());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        assertTrue(robot.lookup("#resume-progress-0").tryQuery().isEmpty(), "no progress before it is asked");
        robot.clickOn("#resume-0");
        assertTrue(robot.lookup("#resume-0").<Button>query().isDisabled(), "not asked twice");
        assertEquals(
                "Åbner mødet – 1 hændelse læses og lægges sammen …",
                robot.lookup("#resume-opening-0").<Label>query().getText());
        ProgressBar bar = robot.lookup("#resume-progress-0").query();
        assertEquals(0, bar.getProgress(), "a bar that has not begun, not a spinner");

        // Told from the opening's own threads, as resuming tells it.
        Thread reader = new Thread(() -> told.get().accept(0.35));
        reader.start();
        reader.join();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar.getProgress() == 0.35);
        // A report that comes late from another thread does not take the bar back.
        Thread late = new Thread(() -> {
            told.get().accept(0.2);
            told.get().accept(0.9);
        });
        late.start();
        late.join();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar.getProgress() == 0.9);
    }
}
