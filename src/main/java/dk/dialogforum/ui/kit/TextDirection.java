package dk.dialogforum.ui.kit;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.Labeled;

/**
 * A text's paragraph direction from its own first strong letter, as a browser's {@code dir="auto"} does:
 * an item written in Arabic or Hebrew reads right to left, aligned right, and keeps its words in order
 * when it wraps, even with Danish words in it; a Danish text with an Arabic name in it stays left to right.
 */
public final class TextDirection {
    private TextDirection() {}

    /** Whether {@code text}'s first strong letter is written right to left. */
    public static boolean rightToLeft(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Keeps {@code label}'s direction that of its text, whatever text it is given later. */
    public static <T extends Labeled> T follow(T label) {
        set(label, label.getText());
        label.textProperty().addListener((o, was, now) -> set(label, now));
        return label;
    }

    private static void set(Labeled label, String text) {
        boolean rtl = rightToLeft(text);
        NodeOrientation wanted = rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.INHERIT;
        if (label.getNodeOrientation() != wanted) {
            label.setNodeOrientation(wanted);
        }
    }
}
