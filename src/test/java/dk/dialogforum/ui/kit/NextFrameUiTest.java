package dk.dialogforum.ui.kit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the program does "after the first frame" (the window's icons, the italic face, reading the built-in
 * workshop and the meetings filed away) waits for the window's first frame, so it does not keep the window from
 * showing; handed to the FX thread at once, it ran before that frame.
 */
class NextFrameUiTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> {
            if (stage != null) {
                stage.close();
            }
        });
    }

    @Test
    void theWorkRunsOnceTheNewWindowHasLaidOutItsFirstFrameAndAgainAfterANewScreen() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> happened = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            Scene scene = new Scene(new StackPane(new Label("Dialogforum")), 400, 300);
            scene.addPostLayoutPulseListener(() -> happened.add("frame"));
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            NextFrame.then(scene, () -> happened.add("after"));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> happened.contains("after"));
        assertEquals(List.of("frame", "after"), happened.subList(0, 2), "the work ran before the first frame");

        // A screen put in the window later: the work waits for its frame too, though nothing else changes.
        happened.clear();
        robot.interact(() -> NextFrame.then(stage.getScene(), () -> happened.add("after")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> happened.contains("after"));
        assertEquals("frame", happened.get(0), String.valueOf(happened));

        // No scene: at once, on the FX thread.
        happened.clear();
        robot.interact(() -> NextFrame.then(null, () -> happened.add(Platform.isFxApplicationThread() ? "fx" : "?")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !happened.isEmpty());
        assertEquals(List.of("fx"), happened);
    }
}
