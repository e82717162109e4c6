package dk.dialogforum.ui.console;

import dk.dialogforum.ui.kit.MeasuredLabel;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The console's line under its top bar: what the facilitator needs to read now (a refusal, a recovery, an
 * export under way or done), with a spinner while work runs and buttons to open what it made.
 */
final class MessageLine {
    private final Label message = new MeasuredLabel();
    private final ProgressIndicator working = new ProgressIndicator();
    private final HBox openFiles = new HBox(8);
    private final HBox row;

    MessageLine() {
        working.setPrefSize(22, 22);
        working.setVisible(false);
        working.setManaged(false);
        row = new HBox(10, working, message, openFiles);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        message.setId("message");
        message.getStyleClass().add("console-message");
    }

    Node node() {
        return row;
    }

    /** Says {@code text}; an empty text hides the line. */
    void show(String text) {
        message.setText(text);
        message.setVisible(text != null && !text.isEmpty());
        message.setManaged(message.isVisible());
    }

    /** Shows or hides the spinner; starting work takes away the buttons of the last. */
    void working(boolean on) {
        working.setVisible(on);
        working.setManaged(on);
        if (on) {
            openFiles.getChildren().clear();
        }
    }

    /** Offers {@code buttons} beside the message, until the next work starts. */
    void offer(Button... buttons) {
        openFiles.getChildren().setAll(buttons);
    }
}
