package dk.dialogforum.ui.kit;

import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A designer's text area grows with what is written in it: a description of a few lines is read whole, without
 * scrolling inside a two-line box, and only a text longer than the most rows scrolls.
 */
class GrowingAreaUiTest {
    private final FxRobot robot = new FxRobot();

    /**
     * Less than a row: an area that has grown and shrunk again may keep a few pixels more than one made at
     * that size, never a row more.
     */
    private static final double LESS_THAN_A_ROW = 18;

    private static void settle(Scene scene) {
        Parent root = scene.getRoot();
        for (int i = 0; i < 3; i++) {
            root.applyCss();
            root.layout();
        }
    }

    private static TextArea rows(int n) {
        TextArea plain = new TextArea();
        plain.setWrapText(true);
        plain.setPrefRowCount(n);
        return plain;
    }

    /** Whether the whole of the area's text is in its view, with nothing to scroll to. */
    private static boolean wholeInView(TextArea area) {
        ScrollPane view = (ScrollPane) area.lookup(".scroll-pane");
        Text text = (Text) area.lookup(".text");
        return text.getLayoutBounds().getHeight() <= view.getViewportBounds().getHeight() + 0.5;
    }

    @Test
    void anAreaIsAsTallAsItsTextBetweenItsFewestAndMostRows() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> faults = new ArrayList<>();
        robot.interact(() -> {
            // The program's theme, as every screen has it (and as the tests before this one may have left it).
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            TextArea area = GrowingArea.of(2, 10);
            TextArea two = rows(2);
            TextArea ten = rows(10);
            VBox box = new VBox(area, two, ten);
            box.setPrefWidth(420);
            Scene scene = new Scene(box, 420, 1200);
            settle(scene);
            if (Math.abs(area.getHeight() - two.getHeight()) > LESS_THAN_A_ROW) {
                faults.add("empty, two rows: " + area.getHeight() + " against " + two.getHeight());
            }
            // Six lines, one of them long enough to wrap: read whole as written.
            area.setText("Første linje\nAnden\nTredje linje, som er så lang, at den ikke kan stå på én linje i"
                    + " et felt af denne bredde\nFjerde\nFemte\nSjette");
            settle(scene);
            if (!wholeInView(area)) {
                faults.add("six lines are not all in view at " + area.getHeight());
            }
            if (area.getHeight() <= two.getHeight()) {
                faults.add("did not grow: " + area.getHeight());
            }
            // Forty lines: no taller than ten rows, the rest scrolls.
            area.setText(String.join("\n", java.util.Collections.nCopies(40, "En linje")));
            ten.setText(area.getText());
            settle(scene);
            if (Math.abs(area.getHeight() - ten.getHeight()) > LESS_THAN_A_ROW) {
                faults.add("forty lines, ten rows: " + area.getHeight() + " against " + ten.getHeight());
            }
            // Emptied again, it is two rows again.
            area.setText("");
            ten.setText("");
            settle(scene);
            if (Math.abs(area.getHeight() - two.getHeight()) > LESS_THAN_A_ROW) {
                faults.add("emptied, two rows: " + area.getHeight() + " against " + two.getHeight());
            }
        });
        assertEquals(List.of(), faults);
    }
}
