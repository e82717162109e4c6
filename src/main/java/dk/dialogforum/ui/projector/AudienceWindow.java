package dk.dialogforum.ui.projector;

import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The projector's window. With a second screen it goes full-screen there by itself; with one screen
 * it is a window the facilitator makes full-screen with F5 and leaves with Esc.
 */
public final class AudienceWindow {
    private final Stage stage = new Stage();
    private AudienceView view;
    private boolean watchingScreens;

    public AudienceWindow(I18n i18n, AudienceView view, String css) {
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
    public void setView(I18n i18n, AudienceView next) {
        view.dispose();
        view = next;
        stage.getScene().setRoot(next.node());
        stage.setTitle(i18n.t("audience.window"));
    }

    public void show() {
        if (!watchingScreens) {
            watchingScreens = true;
            Screen.getScreens().addListener(onScreens);
        }
        Screen projector = projector();
        if (projector != null) {
            fill(projector);
        } else {
            stage.show();
        }
    }

    /** A screen other than the laptop's, if there is one: the projector. */
    private static Screen projector() {
        Screen primary = Screen.getPrimary();
        return Screen.getScreens().stream()
                .filter(s -> !s.equals(primary))
                .findFirst()
                .orElse(null);
    }

    private void fill(Screen projector) {
        Rectangle2D b = projector.getBounds();
        stage.setFullScreen(false);
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.show();
        stage.setFullScreen(true);
    }

    /**
     * A projector plugged in during the meeting gets the audience view full-screen; one unplugged gives
     * the view back to the laptop as a window, not full-screen over the console.
     */
    private final ListChangeListener<Screen> onScreens = change -> Platform.runLater(() -> {
        if (!stage.isShowing()) {
            return;
        }
        Screen projector = projector();
        if (projector != null) {
            if (!projector
                    .getBounds()
                    .contains(stage.getX() + stage.getWidth() / 2, stage.getY() + stage.getHeight() / 2)) {
                fill(projector);
            }
        } else if (Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())
                        .isEmpty()
                || stage.isFullScreen()) {
            stage.setFullScreen(false);
            Rectangle2D b = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1280, b.getWidth() * 0.6));
            stage.setHeight(stage.getWidth() * 9 / 16);
            stage.setX(b.getMinX() + (b.getWidth() - stage.getWidth()) / 2);
            stage.setY(b.getMinY() + (b.getHeight() - stage.getHeight()) / 2);
            // In front of the console, so the facilitator sees where the room's view went; once the window
            // system has taken it out of full screen, which it does after this returns.
            PauseTransition settle = new PauseTransition(Duration.millis(300));
            settle.setOnFinished(e -> stage.toFront());
            settle.play();
        }
    });

    public void toggleFullScreen() {
        if (!stage.isShowing()) {
            show();
        }
        stage.setFullScreen(!stage.isFullScreen());
    }

    Stage stage() {
        return stage;
    }

    public void close() {
        Screen.getScreens().removeListener(onScreens);
        watchingScreens = false;
        view.dispose();
        stage.close();
    }
}
