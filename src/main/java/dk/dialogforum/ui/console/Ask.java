package dk.dialogforum.ui.console;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** A question to the facilitator before the console acts, with both answers in the console's language. */
final class Ask {
    private Ask() {}

    /** True if the facilitator answers {@code yes}; {@code no}, Escape or closing the dialog is false. */
    static boolean confirm(Window owner, String title, String text, String yes, String no) {
        ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType stop = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, go, stop);
        ask.setTitle(title);
        ask.setHeaderText(title);
        ask.initOwner(owner);
        return ask.showAndWait().filter(go::equals).isPresent();
    }
}
