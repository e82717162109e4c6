package dk.dialogforum.ui.table;

import dk.dialogforum.ui.kit.BidiText;
import dk.dialogforum.ui.kit.TextDirection;

import javafx.scene.control.Label;

/** The wrapped labels the table laptop's screens are written in, each in its own text's direction. */
final class TableLabels {
    private TableLabels() {}

    static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return BidiText.install(TextDirection.follow(l));
    }
}
