package dk.dialogforum.ui.kit;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * A wrapping text area as tall as what is written in it, from a fewest to a most rows: a description of a few
 * lines is read whole as it is written, not two lines at a time in a scrolling box; only a text longer than
 * the most rows scrolls.
 */
public final class GrowingArea extends TextArea {
    private final int fewest;
    private final int most;
    /** One line in the area's font, measured for the height of a row. */
    private final Text line = new Text("X");

    private GrowingArea(int fewest, int most) {
        this.fewest = fewest;
        this.most = most;
        setWrapText(true);
        setPrefRowCount(fewest);
    }

    /** A wrapping text area of {@code fewest} rows that grows with its text to {@code most}. */
    public static TextArea of(int fewest, int most) {
        return new GrowingArea(fewest, most);
    }

    /**
     * As tall as the rows its text takes at its width now (the skin's one wrapping text node says how many),
     * asked by the parent as it lays the area out, so the area is never a text behind.
     */
    @Override
    protected double computePrefHeight(double width) {
        Node drawn = lookup(".text");
        if (drawn instanceof Text text) {
            line.setFont(text.getFont());
            double lineHeight = line.getLayoutBounds().getHeight();
            if (lineHeight > 0) {
                int rows = (int) Math.round(text.getLayoutBounds().getHeight() / lineHeight);
                int wanted = Math.max(fewest, Math.min(most, rows));
                if (getPrefRowCount() != wanted) {
                    setPrefRowCount(wanted);
                }
            }
        }
        return super.computePrefHeight(width);
    }
}
