package dk.dialogforum.ui.kit;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Right-to-left text (Arabic, Hebrew) in a wrapping label, drawn right. JavaFX 21 draws such a text wrong
 * when it wraps it itself: lines run past the label's edge and parts of them are drawn twice. One line at a
 * time it draws right. So a label whose text has right-to-left letters shows it through a text node of its
 * own, broken into lines here at the places a line may break, each line as wide as fits; the label keeps
 * its text, which is what is read and searched. Its direction follows the text's ({@link TextDirection}).
 */
public final class BidiText {
    private BidiText() {}

    /** Whether {@code text} has any right-to-left letter. */
    public static boolean hasRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        // A plain loop: asked on every change of a projector label's text or width, it allocates nothing.
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Makes {@code label} draw right-to-left text in lines of its own breaking, now and whenever its text changes. */
    public static <T extends Labeled> T install(T label) {
        Text lines = new Text();
        lines.fontProperty().bind(label.fontProperty());
        lines.lineSpacingProperty().bind(label.lineSpacingProperty());
        lines.fillProperty().bind(label.textFillProperty());
        InvalidationListener update = o -> {
            String text = label.getText();
            if (label.getGraphic() != null && label.getGraphic() != lines) {
                // A label with a graphic of its own (a description under a title) is left as it is.
                return;
            }
            if (!label.isWrapText() || !hasRightToLeft(text)) {
                if (label.getGraphic() == lines) {
                    label.setGraphic(null);
                    label.setContentDisplay(ContentDisplay.LEFT);
                }
                return;
            }
            double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
            String broken = width > 0 ? broken(text, label.getFont(), width) : text;
            if (!broken.equals(lines.getText())) {
                lines.setText(broken);
            }
            // Aligned to where its lines begin: in a right-to-left text node (mirrored) that is the right.
            lines.setTextAlignment(TextAlignment.LEFT);
            if (label.getGraphic() != lines) {
                label.setGraphic(lines);
                label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }
        };
        label.textProperty().addListener(update);
        label.widthProperty().addListener(update);
        label.fontProperty().addListener(update);
        label.wrapTextProperty().addListener(update);
        update.invalidated(null);
        return label;
    }

    /**
     * The height {@code label} needs at {@code width} while it shows right-to-left text in lines of its
     * own; negative when it does not, and the label's own answer holds.
     */
    public static double prefHeight(Labeled label, double width) {
        if (!(label.getGraphic() instanceof Text lines) || label.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            return -1;
        }
        if (width < 0) {
            return lines.prefHeight(-1) + label.snappedTopInset() + label.snappedBottomInset();
        }
        Text measure = new Text(
                broken(label.getText(), label.getFont(), width - label.snappedLeftInset() - label.snappedRightInset()));
        measure.setFont(label.getFont());
        measure.setLineSpacing(lines.getLineSpacing());
        return measure.getLayoutBounds().getHeight() + label.snappedTopInset() + label.snappedBottomInset();
    }

    /** {@code text} with a line break wherever the next word would not fit in {@code width}. */
    static String broken(String text, Font font, double width) {
        Text measure = new Text();
        measure.setFont(font);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
            breaks.setText(paragraph);
            StringBuilder line = new StringBuilder();
            for (int start = breaks.first(), end = breaks.next();
                    end != BreakIterator.DONE;
                    start = end, end = breaks.next()) {
                String word = paragraph.substring(start, end);
                measure.setText((line + word).stripTrailing());
                if (line.length() > 0 && measure.getLayoutBounds().getWidth() > width) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                line.append(word);
            }
            lines.add(line.toString().stripTrailing());
        }
        return String.join("\n", lines);
    }
}
