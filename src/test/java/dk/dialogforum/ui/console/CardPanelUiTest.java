package dk.dialogforum.ui.console;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Cards;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's list of a card's items while the tables write: new items come in at the end, a row
 * says what changed about its item (highlighted, dots), a withdrawn item leaves, and the facilitator's
 * selection stays on the items chosen through all of it.
 */
class CardPanelUiTest {
    private static final String CARD = "klyngesamarbejde";
    private final FxRobot robot = new FxRobot();
    private TestMeeting m;
    private FxMeeting meeting;
    private CardPanel panel;
    private ListView<Snapshot.Item> list;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, meeting, m);
    }

    @Test
    void theSelectionStaysWhileItemsArriveChangeAndLeave() throws Exception {
        m = TestMeeting.builtIn();
        m.open(Phase.card(CARD));
        String a = m.add("bord-1", CARD, "fordele", "Kortere ventetid");
        String b = m.add("bord-2", CARD, "spoergsmaal", "Hvem betaler?");
        String c = m.add("bord-3", CARD, "spoergsmaal", "Hvem følger op på aftalen?");
        Scene scene = panel(Phase.card(CARD));
        robot.interact(() -> {
            list = (ListView<Snapshot.Item>) scene.getRoot().lookup("#items");
            list.getSelectionModel().select(1);
        });
        assertEquals(List.of("Hvem betaler?"), shown(() -> selectedTexts()));

        String d = m.add("bord-1", CARD, "ulemper", "Længere transport");
        m.add("bord-4", CARD, "fordele", "Faglig bæredygtighed 🙂");
        update();
        assertEquals(
                List.of(
                        "Kortere ventetid",
                        "Hvem betaler?",
                        "Hvem følger op på aftalen?",
                        "Længere transport",
                        "Faglig bæredygtighed 🙂"),
                shown(this::texts));
        assertEquals(List.of("Hvem betaler?"), shown(() -> selectedTexts()));

        m.ok(new Command.HighlightItem(m.nextId(), b, true));
        update();
        assertEquals(List.of("Hvem betaler?"), shown(() -> selectedTexts()));
        assertTrue(
                shown(() -> row(b)).contains("fremhævet"),
                "the highlighted item's row says so: " + shown(() -> row(b)));

        m.ok(new Command.WithdrawItem(m.nextId(), "bord-1", a));
        update();
        assertEquals(
                List.of("Hvem betaler?", "Hvem følger op på aftalen?", "Længere transport", "Faglig bæredygtighed 🙂"),
                shown(this::texts));
        assertEquals(List.of("Hvem betaler?"), shown(() -> selectedTexts()));

        m.open(Phase.dots(CARD));
        m.ok(new Command.CastDots(m.nextId(), "bord-5", CARD, Map.of(c, 2)));
        update();
        assertTrue(shown(() -> row(c)).contains("2 prikker"), "the row counts the dots: " + shown(() -> row(c)));
        assertEquals(List.of("Hvem betaler?"), shown(() -> selectedTexts()));
        assertTrue(shown(() -> row(d)).startsWith("[Bord 1"), shown(() -> row(d)));
    }

    @Test
    void theItemChosenForDotsStaysChosenAndOpenWhileTablesCastDots() throws Exception {
        m = TestMeeting.builtIn();
        m.open(Phase.card(CARD));
        String b = m.add("bord-2", CARD, "spoergsmaal", "Hvem betaler?");
        String c = m.add("bord-3", CARD, "spoergsmaal", "Hvem følger op på aftalen?");
        m.open(Phase.dots(CARD));
        Scene scene = panel(Phase.dots(CARD));
        ChoiceBox<?>[] choice = new ChoiceBox<?>[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            // In a window: a drop-down list opens only from a control on screen.
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            @SuppressWarnings("unchecked")
            ChoiceBox<Cards.Entry> dotItem = (ChoiceBox<Cards.Entry>) scene.lookup("#dotItem");
            dotItem.getItems().stream()
                    .filter(e -> e.item().id().equals(c))
                    .findFirst()
                    .ifPresent(dotItem::setValue);
            dotItem.show();
            assertTrue(dotItem.isShowing(), "the facilitator opened the list of items");
            choice[0] = dotItem;
        });
        try {
            m.ok(new Command.CastDots(m.nextId(), "bord-5", CARD, Map.of(b, 2)));
            m.ok(new Command.CastDots(m.nextId(), "bord-6", CARD, Map.of(c, 1)));
            update();
            robot.interact(() -> {
                assertEquals(c, ((Cards.Entry) choice[0].getValue()).item().id(), "the chosen item stays chosen");
                assertTrue(choice[0].isShowing(), "the list the facilitator opened stays open");
            });
        } finally {
            robot.interact(() -> {
                choice[0].hide();
                stage[0].close();
            });
        }
    }

    @Test
    void theFacilitatorRewordsAnItemWithItsLineBreaksKeptAndWithinTheLimit() throws Exception {
        m = TestMeeting.builtIn();
        m.open(Phase.card(CARD));
        String asWritten = "Hvem betaler?\nOg hvem følger op på aftalen?";
        String id = m.add("bord-2", CARD, "spoergsmaal", asWritten);
        Scene scene = panel(Phase.card(CARD));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            list = (ListView<Snapshot.Item>) scene.getRoot().lookup("#items");
            list.getSelectionModel().select(0);
        });
        try {
            // The edit waits for the facilitator in a window of its own.
            Platform.runLater(((Button) scene.lookup("#moderateEdit"))::fire);
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> robot.lookup("#moderateText").tryQuery().isPresent());
            TextArea area = robot.lookup("#moderateText").queryAs(TextArea.class);
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            Button save = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                    .findFirst()
                    .orElseThrow());
            Label length = robot.lookup("#moderateTextLength").queryAs(Label.class);
            int limit = m.workshop().textLimit();
            assertEquals(asWritten, shown(area::getText), "the whole text, line break and all");
            assertTrue(shown(pane::getHeaderText).contains("Bord 2"), shown(pane::getHeaderText));
            assertEquals(asWritten.length() + " af højst " + limit + " tegn", shown(length::getText));

            robot.interact(() -> area.setText("x".repeat(limit - 1) + "🙂🙂"));
            assertTrue(shown(length::getText).startsWith((limit + 1) + " tegn: 1 for mange"), shown(length::getText));
            assertTrue(shown(save::isDisabled), "too long a text cannot be saved");

            String reworded = "Hvem betaler?\nOg hvem følger op – kommunen eller regionen?";
            robot.interact(() -> area.setText(reworded));
            assertFalse(shown(save::isDisabled));
            Platform.runLater(save::fire);
            WaitForAsyncUtils.waitFor(
                    60, TimeUnit.SECONDS, () -> m.snap().items().get(0).text().equals(reworded));
            assertEquals(asWritten, m.snap().items().get(0).tableText(), "the table's own words are kept beside");
            assertEquals(id, m.snap().items().get(0).id());
        } finally {
            robot.interact(() -> {
                Window.getWindows().stream()
                        .filter(w -> w != stage[0]
                                && w.getScene() != null
                                && w.getScene().getRoot() instanceof DialogPane)
                        .toList()
                        .forEach(w -> ((Stage) w).close());
                stage[0].close();
            });
        }
    }

    /** The console's panel of {@code phaseId} in a scene of its own, showing the meeting as it is now. */
    private Scene panel(String phaseId) throws Exception {
        FxToolkit.registerPrimaryStage();
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            meeting = new FxMeeting(m.engine());
            panel = new CardPanel(
                    new PanelKit(new I18n(Texts.DANISH), meeting, new Presentation()),
                    Phase.find(m.workshop(), phaseId).orElseThrow());
            scene[0] = new Scene(new StackPane(panel.node()), 1200, 780);
            scene[0].getStylesheets().add(Theme.stylesheet());
            panel.update(m.snap());
        });
        return scene[0];
    }

    private void update() {
        robot.interact(() -> panel.update(m.snap()));
    }

    private <T> T shown(Callable<T> read) throws Exception {
        FutureTask<T> task = new FutureTask<>(read);
        robot.interact(task);
        return task.get();
    }

    private List<String> texts() {
        return list.getItems().stream().map(Snapshot.Item::text).toList();
    }

    private List<String> selectedTexts() {
        return list.getSelectionModel().getSelectedItems().stream()
                .map(Snapshot.Item::text)
                .toList();
    }

    /** What the item's row says, as laid out now. */
    private String row(String itemId) {
        for (int i = 0; i < 2; i++) {
            list.getScene().getRoot().applyCss();
            list.getScene().getRoot().layout();
        }
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell
                    && cell.getItem() instanceof Snapshot.Item item
                    && item.id().equals(itemId)) {
                return cell.getText();
            }
        }
        return "(no row)";
    }
}
