package dk.dialogforum.ui;

import dk.dialogforum.app.DialogforumApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Drives the facilitator's app as a person would, and reads what the projector shows. */
public final class UiDriver {
    public final FxRobot robot = new FxRobot();
    private Application app;

    public void launch(Path data) throws Exception {
        launch(data, DialogforumApp::new);
    }

    /** Starts the program that {@code program} makes, with its data in {@code data}. */
    public void launch(Path data, Supplier<Application> program) throws Exception {
        System.setProperty("dialogforum.data", data.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(program);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage)
                .map(w -> (Stage) w)
                .toList()
                .forEach(Stage::close));
        System.clearProperty("dialogforum.data");
    }

    public void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited in vain for: " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the agenda entry whose text starts with {@code name}. */
    public void clickPhase(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#agenda")
                .lookup((ListCell<?> c) -> c.getText() != null && c.getText().startsWith(name))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    /** The projector's window: the app's second stage. */
    Parent audience() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s
                        && s.getTitle() != null
                        && s.getTitle().contains("projektor"))
                .map(w -> w.getScene().getRoot())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no projector window"));
    }

    /** Whether the projector shows a label whose text passes {@code test} (and is not hidden as overflow). */
    boolean projectorShows(Predicate<String> test) {
        return robot.from(audience())
                .lookup((Labeled l) -> l.getText() != null
                        && test.test(l.getText().replace('\u00a0', ' ').replace('\u202f', ' '))
                        && visible(l))
                .tryQuery()
                .isPresent();
    }

    boolean projectorShows(String text) {
        return projectorShows(text::equals);
    }

    int projectorCount(String text) {
        return robot.from(audience())
                .lookup((Labeled l) -> text.equals(l.getText()) && visible(l))
                .queryAll()
                .size();
    }

    public void expectProjector(String text) {
        waitFor("projector showing \"" + text + "\"", () -> projectorShows(text));
        assertProjectorReadable();
    }

    /** The projector's body text is at least 28 px on its 1920×1080 canvas: readable from the back row. */
    void assertProjectorReadable() {
        List<String> small = robot
                .from(audience())
                .lookup((Labeled l) -> visible(l)
                        && l.getText() != null
                        && !l.getText().isBlank()
                        && l.getFont().getSize() < 28)
                .queryAllAs(Labeled.class)
                .stream()
                .map(l -> "\"" + l.getText() + "\" at " + l.getFont().getSize() + " px")
                .toList();
        if (!small.isEmpty()) {
            throw new AssertionError("text on the projector below 28 px: " + small);
        }
    }

    private static boolean visible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** Scrolls the console so that {@code query}'s node is on screen, then clicks it. */
    public void click(String query) {
        Node n = robot.lookup(query).match(Node::isVisible).query();
        robot.interact(() -> {
            for (Node at = n.getParent(); at != null; at = at.getParent()) {
                if (at instanceof ScrollPane sp) {
                    Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double h = sp.getContent().getBoundsInLocal().getHeight()
                            - sp.getViewportBounds().getHeight();
                    if (h > 0) {
                        sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / h)));
                    }
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(n);
    }

    public <T> void choose(String query, Predicate<T> which) {
        ChoiceBox<T> box = robot.lookup(query).query();
        robot.interact(() ->
                box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }
}
