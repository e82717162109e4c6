package dk.dialogforum.ui;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A card with far more items than a projector holds: the newest are shown, the rest counted, none built. */
class AudienceOverflowUiTest {
    private static final String CARD = "selvforsyning";
    private final FxRobot robot = new FxRobot();
    private MeetingEngine engine;
    private FxMeeting meeting;
    private javafx.scene.Parent root;

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> {
            if (meeting != null) {
                meeting.dispose();
            }
        });
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void fiveHundredItemsShowTheNewestAndCountTheRest() throws Exception {
        engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
        engine.execute(new Command.ChangePhase("p", Phase.card(CARD), Command.PhaseAction.OPEN));
        for (int i = 1; i <= 500; i++) {
            engine.execute(new Command.AddItem("i" + i, "bord-" + (1 + i % 6), CARD, "fordele", "Fordel nummer " + i));
        }
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            meeting = new FxMeeting(engine);
            AudienceView view = new AudienceView(new I18n(Texts.DANISH), meeting, new Presentation());
            // Laid out at full HD without a window: the headless screen of the tests is smaller.
            Scene scene = new Scene(view.node(), 1920, 1080);
            scene.getStylesheets().add(Theme.stylesheet());
            root = scene.getRoot();
            for (int i = 0; i < 2; i++) {
                root.applyCss();
                root.layout();
            }
        });
        assertTrue(shown("Fordel nummer 500"), "the newest item is on screen");

        List<Label> items = robot.from(root).lookup(".item-text").queryAllAs(Label.class).stream()
                .filter(AudienceOverflowUiTest::visible).toList();
        assertTrue(items.size() >= 3, "a screenful of the newest items: " + items.size());
        assertEquals("Fordel nummer " + (501 - items.size()), items.get(items.size() - 1).getText(), "newest first, in order");
        assertTrue(shown("+ " + (500 - items.size()) + " mere"), "the rest are counted");
        assertTrue(shown("Fordele  (500)"), "the column counts every item");
        long built = robot.from(root).lookup(".item-card").queryAll().size();
        assertTrue(built <= FittingColumn.MAX_BUILT, "only what might fit is built: " + built);
    }

    private boolean shown(String text) {
        return robot.from(root).lookup((Label l) -> text.equals(l.getText()) && visible(l))
                .tryQuery().isPresent();
    }

    private static boolean visible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
