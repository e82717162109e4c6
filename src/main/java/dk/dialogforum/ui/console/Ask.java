package dk.dialogforum.ui.console;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** A question to the facilitator before the console acts, with the answers in the console's language. */
final class Ask {
    private Ask() {}

    /** What the facilitator chose: the first answer, the second, or neither (the cancel button, Escape, closing). */
    enum Answer {
        YES,
        OTHER,
        NEITHER
    }

    /** True if the facilitator answers {@code yes}; {@code no}, Escape or closing the dialog is false. */
    static boolean confirm(Window owner, String title, String text, String yes, String no) {
        return choose(owner, title, text, yes, null, no) == Answer.YES;
    }

    /**
     * Asks with {@code yes}, {@code other} (left out when null) and {@code cancel}; Escape and closing the dialog
     * are {@code cancel}.
     */
    static Answer choose(Window owner, String title, String text, String yes, String other, String cancel) {
        ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType alternative = other == null ? null : new ButtonType(other, ButtonBar.ButtonData.OTHER);
        ButtonType stop = new ButtonType(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = alternative == null
                ? new Alert(Alert.AlertType.CONFIRMATION, text, go, stop)
                : new Alert(Alert.AlertType.CONFIRMATION, text, go, alternative, stop);
        ask.setTitle(title);
        ask.setHeaderText(title);
        ask.initOwner(owner);
        ButtonType chosen = ask.showAndWait().orElse(stop);
        return chosen == go ? Answer.YES : chosen == alternative ? Answer.OTHER : Answer.NEITHER;
    }
}
