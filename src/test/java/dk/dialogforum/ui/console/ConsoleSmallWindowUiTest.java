package dk.dialogforum.ui.console;

import dk.dialogforum.app.Placement;
import dk.dialogforum.ui.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console at the smallest window the program allows (900×600): the side columns give way, and the
 * selected phase's buttons are whole, inside the window, and work. And on a laptop's screen the window
 * starts inside it.
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
    void theWindowStartsInsideALaptopScreenWithItsTaskBar() {
        // 1366x768 with a 40 px task bar, and 1280x720: the window takes the screen, its bars on it.
        for (var room : new Rectangle2D[] {new Rectangle2D(0, 0, 1366, 728), new Rectangle2D(0, 0, 1280, 720)}) {
            Placement p = Placement.on(room);
            assertTrue(p.maximized(), "takes the screen: " + room);
            assertTrue(
                    p.width() <= room.getWidth() && p.height() + Placement.TITLE_BAR <= room.getHeight(),
                    "starts inside " + room + ": " + p);
            assertTrue(
                    p.minWidth() <= room.getWidth() && p.minHeight() <= room.getHeight(), "can be made to fit: " + p);
        }
        Placement full = Placement.on(new Rectangle2D(0, 0, 1920, 1040));
        assertEquals(new Placement(1280, 800, 900, 600, false), full, "a full-HD screen keeps the usual window");
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
        Bounds window = stage.getScene()
                .getRoot()
                .localToScreen(stage.getScene().getRoot().getLayoutBounds());
        for (String id : new String[] {"#show", "#open", "#close", "#reveal"}) {
            Button b = ui.node(id);
            Bounds at = b.localToScreen(b.getLayoutBounds());
            assertTrue(window.contains(at), id + " inside the window: " + at + " in " + window);
            assertTrue(
                    b.getWidth() >= b.prefWidth(-1) - 0.5,
                    id + " shows its whole text: " + b.getWidth() + " < " + b.prefWidth(-1));
        }
        // The agenda's long card names wrap instead of ending in "…".
        var cells = ui.robot.lookup("#agenda .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getText() != null)
                .toList();
        assertTrue(
                cells.stream().anyMatch(c -> c.getText().startsWith("Visionskort: ")),
                "a card's long name is among the phases on screen: "
                        + cells.stream().map(c -> c.getText()).toList());
        for (var cell : cells) {
            String drawn = ((Text) cell.lookup(".text")).getText();
            assertEquals(cell.getText(), drawn, "the agenda shows the whole name");
        }
        // The footer keeps the join code whole, for a table that comes late; the journal's path gives way.
        Label join = ui.node("#consoleJoin");
        ui.waitFor("the join line", () -> !join.getText().isEmpty());
        assertEquals(join.getText(), ((Text) join.lookup(".text")).getText(), "the join line is whole");
        Label status = ui.node("#status");
        String shown = ((Text) status.lookup(".text")).getText();
        String count = status.getText().substring(0, status.getText().indexOf(" · journal: "));
        assertTrue(
                shown.startsWith(count) && shown.endsWith(".journal") && shown.contains("…"),
                "the count and the journal's name are shown, the path shortened in its middle: " + shown);
        assertEquals(
                status.getText().replaceFirst(".*journal: ", ""),
                status.getTooltip().getText(),
                "the tooltip holds the whole path");
        Node preview = ui.node("#preview");
        assertTrue(
                preview.getLayoutBounds().getWidth() < 448,
                "the preview gave way: " + preview.getLayoutBounds().getWidth());
        // The column under it scrolls instead of cutting its last line, the keys, short of the window's height.
        Label keys = ui.node("#consoleKeys");
        assertEquals(keys.getText(), ((Text) keys.lookup(".text")).getText(), "the keys are whole");
        ScrollPane column = ui.node("#previewColumn");
        ui.robot.interact(() -> column.setVvalue(column.getVmax()));
        ui.waitFor(
                "the keys scrolled into the window", () -> window.contains(keys.localToScreen(keys.getLayoutBounds())));
        ui.click("#open");
        ui.expectProjector("0 af 6 borde har svaret");
    }
}
