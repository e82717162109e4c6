package dk.dialogforum.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;

/**
 * The projector's window. With a second screen it goes full-screen there by itself; with one screen
 * it is a window the facilitator makes full-screen with F5 and leaves with Esc.
 */
final class AudienceWindow {
    private final Stage stage = new Stage();
    private AudienceView view;

    AudienceWindow(I18n i18n, AudienceView view, String css) {
        this.view = view;
        Scene scene = new Scene(view.node(), 1280, 720);
        scene.getStylesheets().add(css);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        stage.setScene(scene);
        stage.setTitle(i18n.t("audience.window"));
        stage.setFullScreenExitHint("");
        stage.getIcons().setAll(Theme.icons(false));
        stage.setMinWidth(480);
        stage.setMinHeight(270);
    }

    /** Shows a new view (after a language switch), dropping the old one. */
    void setView(I18n i18n, AudienceView next) {
        view.dispose();
        view = next;
        stage.getScene().setRoot(next.node());
        stage.setTitle(i18n.t("audience.window"));
    }

    void show() {
        List<Screen> screens = Screen.getScreens();
        Screen primary = Screen.getPrimary();
        Screen projector = screens.stream().filter(s -> !s.equals(primary)).findFirst().orElse(null);
        if (projector != null) {
            Rectangle2D b = projector.getBounds();
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
            stage.show();
            stage.setFullScreen(true);
        } else {
            stage.show();
        }
    }

    void toggleFullScreen() {
        if (!stage.isShowing()) {
            show();
        }
        stage.setFullScreen(!stage.isFullScreen());
    }

    Stage stage() {
        return stage;
    }

    void close() {
        view.dispose();
        stage.close();
    }
}
