package dk.dialogforum.ui.projector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.ui.kit.FittingColumn;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A card with far more items than a projector holds: the newest first, the rest on pages, no node per item. */
class AudienceOverflowUiTest {
    private static final String CARD = "selvforsyning";
    private final FxRobot robot = new FxRobot();
    private TestMeeting m;
    private ProjectorOnCanvas p;
    private Presentation presentation;
    private Parent root;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, p == null ? null : p.meeting, m);
    }

    @Test
    void fiveHundredItemsArePagedNewestFirstAndOnlyPagesWorthAreBuilt() throws Exception {
        m = TestMeeting.builtIn();
        m.open(Phase.card(CARD));
        for (int i = 1; i <= 500; i++) {
            m.ok(new Command.AddItem("i" + i, "bord-" + (1 + i % 6), CARD, "fordele", "Fordel nummer " + i));
        }
        show();
        assertTrue(shown("Fordel nummer 500"), "the newest item is on screen");
        List<Label> items = shownItems();
        assertTrue(items.size() >= 3, "a screenful of the newest items: " + items.size());
        assertEquals(
                "Fordel nummer " + (501 - items.size()),
                items.get(items.size() - 1).getText(),
                "newest first, in order");
        int pages = presentation.pages();
        int perPage = items.size();
        int builtPages = (FittingColumn.PAGED_MAX_BUILT + perPage - 1) / perPage;
        assertEquals(builtPages, pages, "the items built fill the pages");
        assertTrue(shown("Side 1/" + pages), "the column says which page it shows");
        robot.interact(() -> presentation.turnPage(1));
        relayout();
        assertTrue(shown("Side 2/" + pages), "the clicker turns to page 2");
        assertEquals(
                "Fordel nummer " + (500 - perPage), shownItems().get(0).getText(), "page 2 goes on where page 1 ended");
        robot.interact(() -> presentation.pageProperty().set(pages - 1));
        relayout();
        int last = 500 - FittingColumn.PAGED_MAX_BUILT;
        assertTrue(
                shown("Side " + pages + "/" + pages + "  ·  + " + last + " mere"),
                "the last page counts what no page holds");
        assertTrue(shown("Fordele  (500)"), "the column counts every item");
        long built = robot.from(root).lookup(".item-card").queryAll().size();
        assertTrue(built <= FittingColumn.PAGED_MAX_BUILT, "only pages' worth is built: " + built);
    }

    private List<Label> shownItems() {
        return p.shown(".item-text");
    }

    private void show() throws Exception {
        p = ProjectorOnCanvas.show(robot, m);
        presentation = p.presentation;
        root = p.root;
    }

    private void relayout() throws InterruptedException {
        p.relayout();
    }

    @Test
    void itemsThatComeAndGoEachKeepTheirOwnTextTablesAndHighlight() throws Exception {
        m = TestMeeting.builtIn();
        m.open(Phase.card(CARD));
        Workshop w = m.workshop();
        int first = FittingColumn.PAGED_MAX_BUILT + 10;
        for (int i = 1; i <= first; i++) {
            m.ok(new Command.AddItem("i" + i, "bord-" + (1 + i % 6), CARD, "fordele", "Fordel nummer " + i));
        }
        show();
        Set<Node> cardsBefore = Collections.newSetFromMap(new IdentityHashMap<>());
        cardsBefore.addAll(robot.from(root).lookup(".item-card").queryAll());

        // More items push the first ones off; an old one is highlighted, the newest hidden, two merged.
        int all = first + 25;
        for (int i = first + 1; i <= all; i++) {
            m.ok(new Command.AddItem("i" + i, "bord-" + (1 + i % 6), CARD, "fordele", "Fordel nummer " + i));
        }
        m.ok(new Command.HighlightItem("h", "i3", true));
        m.ok(new Command.HideItem("x", "i" + all, true));
        m.ok(new Command.MergeItems("m", "i" + (all - 2), List.of("i" + (all - 3))));
        relayout();

        List<Parent> cards = robot.from(root).lookup(".item-card").queryAllAs(Parent.class).stream()
                .filter(ProjectorOnCanvas::visible)
                .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .toList();
        assertTrue(cards.size() >= 3, "a screenful of items: " + cards.size());
        // Top to bottom: the highlighted item, then the newest first, without the hidden and the merged source.
        List<String> expected = new ArrayList<>(List.of("i3"));
        for (int i = all - 1; i >= 1 && expected.size() < cards.size(); i--) {
            if (i != all - 3 && i != 3) {
                expected.add("i" + i);
            }
        }
        for (int k = 0; k < cards.size(); k++) {
            Parent card = cards.get(k);
            int n = Integer.parseInt(expected.get(k).substring(1));
            Label text = (Label) card.lookup(".item-text");
            assertEquals((n == 3 ? "★ " : "") + "Fordel nummer " + n, text.getText(), "card " + k + " shows its item");
            assertEquals(
                    n == 3,
                    card.getPseudoClassStates().contains(PseudoClass.getPseudoClass("highlighted")),
                    "only the highlighted item is marked: card " + k);
            List<String> tables = new ArrayList<>(List.of("bord-" + (1 + n % 6)));
            if (n == all - 2) {
                tables.add("bord-" + (1 + (all - 3) % 6));
            }
            List<Label> chips = card.lookupAll(".table-chip").stream()
                    .filter(Node::isVisible)
                    .map(Label.class::cast)
                    .toList();
            assertEquals(
                    tables.stream().map(t -> w.table(t).orElseThrow().name()).toList(),
                    chips.stream().map(Label::getText).toList(),
                    "the chips of item " + n + "'s tables");
            for (int c = 0; c < chips.size(); c++) {
                var colour = w.table(tables.get(c)).orElseThrow().colour();
                assertEquals(
                        Color.web(colour.hex()),
                        chips.get(c).getBackground().getFills().get(0).getFill(),
                        "the chip of " + tables.get(c) + " in its colour");
                assertEquals(
                        SlideParts.darkText(colour) ? Color.BLACK : Color.WHITE,
                        chips.get(c).getTextFill(),
                        "the chip of " + tables.get(c) + " in text that reads on its colour");
            }
        }
        assertFalse(shown("Fordel nummer " + all), "the hidden item is not shown");
        assertTrue(shown("Fordele  (" + (all - 2) + ")"), "the column counts the items shown and not merged away");
        long newCards = robot.from(root).lookup(".item-card").queryAll().stream()
                .filter(c -> !cardsBefore.contains(c))
                .count();
        assertEquals(0, newCards, "cards of items that dropped off show the new ones: no card is built anew");
    }

    /**
     * A workshop may seat 30 tables with names of up to 60 characters: the welcome slide and the
     * enquete's waiting screen show the chips that fit and count the rest, and no chip runs off the
     * slide or into its footer.
     */
    @Test
    void thirtyTablesWithLongNamesFitTheWelcomeAndWaitingScreens() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var tree = (ObjectNode) json.readTree(getClass().getResourceAsStream(WorkshopLoader.BUILT_IN));
        var tables = tree.putArray("tables");
        for (int i = 1; i <= 30; i++) {
            String name = ("Brugerorganisationen for handicappede i Region Sjælland " + i);
            tables.addObject().put("id", "bord-" + i).put("name", name.substring(Math.max(0, name.length() - 60)));
        }
        m = TestMeeting.of(WorkshopLoader.parse(tree, "30-borde.json"));
        for (int i = 1; i <= 30; i += 2) {
            m.ok(new Command.JoinTable(m.nextId(), "bord-" + i));
        }
        show();
        assertTrue(shown("Bordene · 15 af 30 er med"), "the welcome counts the tables that are here");
        assertChipsFit(30);

        m.open(Phase.ENQUETE);
        m.enquete("bord-2", m.itemIds(), 4);
        relayout();
        assertTrue(shown("1 af 30 borde har svaret"), "the waiting screen counts the answers");
        assertChipsFit(30);
    }

    /** Every chip on screen lies inside the slide above its footer; the chips shown and the count add up. */
    private void assertChipsFit(int tables) {
        Bounds footer = robot.from(root)
                .lookup(".audience-footer")
                .query()
                .localToScene(
                        robot.from(root).lookup(".audience-footer").query().getBoundsInLocal());
        List<Label> chips = robot.from(root).lookup(".table-chip").queryAllAs(Label.class).stream()
                .filter(ProjectorOnCanvas::visible)
                .toList();
        int counted = 0;
        int named = 0;
        for (Label chip : chips) {
            Bounds b = chip.localToScene(chip.getBoundsInLocal());
            assertTrue(
                    b.getMinX() >= 0 && b.getMaxX() <= 1920 && b.getMinY() >= 0,
                    chip.getText() + " lies on the slide: " + b);
            assertTrue(
                    b.getMaxY() <= footer.getMinY(), chip.getText() + " stays above the footer: " + b + " / " + footer);
            if (chip.getText().startsWith("+ ")) {
                counted += Integer.parseInt(chip.getText().replaceAll("\\D", ""));
            } else {
                named++;
            }
        }
        assertTrue(named >= 1 && counted > 0, "some chips are shown and the rest counted: " + named + " + " + counted);
        assertEquals(tables, named + counted, "every table is shown or counted");
    }

    private boolean shown(String text) {
        return p.shows(text);
    }
}
