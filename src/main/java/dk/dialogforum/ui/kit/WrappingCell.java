package dk.dialogforum.ui.kit;

import javafx.scene.control.ListCell;

/**
 * A list cell whose text wraps at the list's width instead of being cut to "…": as wide as the list, and
 * as high as its text (the {@code .wrapping-cell} style keeps JavaFX's default cell size, the only one at
 * which a cell is sized to its content). Its direction follows its text ({@link TextDirection}), and right-to-left
 * text is drawn in lines of its own ({@link BidiText}).
 */
public class WrappingCell<T> extends ListCell<T> {
    public WrappingCell() {
        getStyleClass().add("wrapping-cell");
        setWrapText(true);
        setPrefWidth(0);
        TextDirection.follow(this);
        BidiText.install(this);
    }

    @Override
    protected double computePrefHeight(double width) {
        double rightToLeft = BidiText.prefHeight(this, width);
        return rightToLeft >= 0 ? rightToLeft : super.computePrefHeight(width);
    }
}
