package dk.dialogforum.ui.kit;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** What went wrong, said in a dialog whose details can be read whole and copied. */
public final class ErrorDialog {
    private ErrorDialog() {}

    public static void show(Window owner, I18n i18n, String header, String text) {
        Alert alert = new Alert(
                Alert.AlertType.ERROR, "", new ButtonType(i18n.t("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(i18n.t("app.title"));
        alert.setHeaderText(header);
        TextArea details = new TextArea(text);
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(12, 2 + (int) text.lines().count()));
        alert.getDialogPane().setContent(details);
        alert.show();
    }
}
