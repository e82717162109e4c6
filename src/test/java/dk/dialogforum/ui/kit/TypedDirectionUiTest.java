package dk.dialogforum.ui.kit;

import dk.dialogforum.text.Texts;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Arabic or Hebrew typed into a text field — a table's item, the facilitator's notes, the designer's
 * titles — reads from the right, where it starts, as it does on the projector; Danish typed into the same
 * field afterwards starts at the left again.
 */
class TypedDirectionUiTest {
    private final FxRobot robot = new FxRobot();

    /**
     * Where the typed text stands in its field, as drawn: "left", "right" or "middle", from the dark pixels
     * of the field's first line (a snapshot of the scene; one of a mirrored node alone comes out shifted).
     */
    private static String side(TextInputControl input) {
        Node root = input.getScene().getRoot();
        root.applyCss();
        ((Parent) root).layout();
        Node text = input.lookup(".text");
        Bounds line = text.localToScene(text.getBoundsInLocal());
        Bounds f = input.localToScene(input.getBoundsInLocal());
        PixelReader pixels = input.getScene().snapshot(null).getPixelReader();
        int first = -1;
        int last = -1;
        for (int x = (int) f.getMinX() + 3; x < (int) f.getMaxX() - 3; x++) {
            for (int y = (int) line.getMinY(); y < (int) line.getMinY() + 16; y++) {
                if (pixels.getColor(x, y).getBrightness() < 0.5) {
                    first = first < 0 ? x : first;
                    last = x;
                }
            }
        }
        double left = first - f.getMinX();
        double right = f.getMaxX() - last;
        return first < 0
                ? "nothing"
                : left < 40 && right > f.getWidth() / 2
                        ? "left"
                        : right < 40 && left > f.getWidth() / 2 ? "right" : "middle";
    }

    @Test
    void rightToLeftTextIsTypedFromTheRightAndDanishFromTheLeft() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> seen = new ArrayList<>();
        robot.interact(() -> {
            I18n i18n = new I18n(Texts.DANISH);
            ItemText item = new ItemText(i18n, 500, "", "item");
            TextField field = TextDirection.follow(new TextField());
            VBox box = new VBox(item.node(), field);
            box.setPrefWidth(700);
            new Scene(box, 700, 400);
            for (TextInputControl input : List.of(item.area(), field)) {
                input.setText("اجتماع الحوار");
                seen.add(side(input));
                input.setText("פגישת דיאלוג");
                seen.add(side(input));
                input.setText("Dialogmøde");
                seen.add(side(input));
            }
        });
        assertEquals(List.of("right", "right", "left", "right", "right", "left"), seen);
    }
}
