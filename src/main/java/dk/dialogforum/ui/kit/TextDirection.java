package dk.dialogforum.ui.kit;

import dk.dialogforum.text.Direction;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/**
 * A label or a text field laid out in its text's own direction ({@link Direction}): an item written in Arabic
 * or Hebrew reads right to left, aligned right, and keeps its words in order when it wraps.
 */
public final class TextDirection {
    private TextDirection() {}

    /** Whether {@code text}'s first strong letter is written right to left. */
    public static boolean rightToLeft(String text) {
        return Direction.rightToLeft(text);
    }

    /** Keeps {@code label}'s direction that of its text, whatever text it is given later. */
    public static <T extends Labeled> T follow(T label) {
        set(label, label.getText());
        label.textProperty().addListener((o, was, now) -> set(label, now));
        return label;
    }

    /**
     * Keeps {@code input}'s direction that of the text typed into it: Arabic or Hebrew is typed from the
     * right, aligned right, as it reads; a Danish text in the same field goes back to the left.
     */
    public static <T extends TextInputControl> T follow(T input) {
        set(input, input.getText());
        input.textProperty().addListener((o, was, now) -> set(input, now));
        return input;
    }

    private static void set(Node node, String text) {
        boolean rtl = rightToLeft(text);
        NodeOrientation wanted = rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.INHERIT;
        if (node.getNodeOrientation() != wanted) {
            node.setNodeOrientation(wanted);
        }
    }
}
