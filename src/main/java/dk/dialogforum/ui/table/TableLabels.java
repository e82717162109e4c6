package dk.dialogforum.ui.table;

import javafx.scene.control.Label;

/** The wrapped labels the table laptop's screens are written in. */
final class TableLabels {
    private TableLabels() {}

    static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
