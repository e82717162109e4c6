package dk.dialogforum.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console at the smallest window the program allows (900×600): the side columns give way, and the
 * selected phase's buttons are whole, inside the window, and work.
 */
class ConsoleSmallWindowUiTest {
    @TempDir
    Path data;
    private final UiDriver ui = new UiDriver();
    private Stage stage;
    private double width;
    private double height;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            // The test toolkit's primary stage is shared with the tests that follow.
            ui.robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
        ui.close();
    }

    @Test
    void thePhaseButtonsAreWholeAndWorkInTheSmallestWindow() throws Exception {
        ui.launch(data);
        stage = (Stage) ui.robot.lookup("#newBuiltIn").query().getScene().getWindow();
        width = stage.getWidth();
        height = stage.getHeight();
        ui.robot.clickOn("#newBuiltIn");
        ui.waitFor("console", () -> ui.robot.lookup("#agenda").tryQuery().isPresent());
        ui.robot.interact(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        ui.clickPhase("Enquete");
        Bounds window = stage.getScene().getRoot().localToScreen(stage.getScene().getRoot().getLayoutBounds());
        for (String id : new String[] {"#show", "#open", "#close", "#reveal"}) {
            Button b = ui.node(id);
            Bounds at = b.localToScreen(b.getLayoutBounds());
            assertTrue(window.contains(at), id + " inside the window: " + at + " in " + window);
            assertTrue(b.getWidth() >= b.prefWidth(-1) - 0.5, id + " shows its whole text: " + b.getWidth() + " < " + b.prefWidth(-1));
        }
        // The agenda's long card names wrap instead of ending in "…".
        var cells = ui.robot.lookup("#agenda .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getText() != null).toList();
        assertTrue(cells.stream().anyMatch(c -> c.getText().startsWith("Visionskort: ")),
                "a card's long name is among the phases on screen: " + cells.stream().map(c -> c.getText()).toList());
        for (var cell : cells) {
            String drawn = ((javafx.scene.text.Text) cell.lookup(".text")).getText();
            assertEquals(cell.getText(), drawn, "the agenda shows the whole name");
        }
        Node preview = ui.node("#preview");
        assertTrue(preview.getLayoutBounds().getWidth() < 448, "the preview gave way: " + preview.getLayoutBounds().getWidth());
        ui.click("#open");
        ui.expectProjector("0 af 6 borde har svaret");
    }
}
