package dk.dialogforum.ui.table;

import dk.dialogforum.ui.kit.MeasuredLabel;

import javafx.scene.control.Label;

/** The wrapped labels the table laptop's screens are written in, each in its own text's direction. */
final class TableLabels {
    private TableLabels() {}

    static Label label(String text, String style) {
        Label l = new MeasuredLabel(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
