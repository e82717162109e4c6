package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.testing.Await;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.ui.FullHd;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A projector that never hides what the room wrote: columns page, long items are cut, one item can stand alone. */
class ProjectorPagesUiTest {
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
    void thirtyItemsInAColumnTurnPagesByThemselvesAndEveryItemIsOnAPage() throws Exception {
        // The shipped example's four columns and ten tables.
        m = TestMeeting.of(WorkshopLoader.resource(WorkshopLoader.EXAMPLE));
        m.open(Phase.card(CARD));
        for (int i = 1; i <= 30; i++) {
            m.ok(new Command.AddItem("i" + i, "bord-" + (1 + i % 10), CARD, "fordele", "Fordel nummer " + i));
        }
        show();
        int pages = presentation.pages();
        assertTrue(pages >= 2, "30 items take more than one page: " + pages);
        assertTrue(shown("Side 1/" + pages), "the page is said");
        java.util.Set<String> seen = new java.util.HashSet<>();
        shownItems().forEach(seen::add);
        // The next page comes by itself, after a calm while.
        Await.until("page 2 to come by itself", () -> {
            robot.interact(() -> FullHd.relayout(root));
            return shown("Side 2/" + pages);
        });
        List<String> second = shownItems();
        assertFalse(second.isEmpty(), "page 2 shows items");
        assertTrue(second.stream().noneMatch(seen::contains), "page 2 shows other items than page 1");
        for (int k = 2; k < pages; k++) {
            int at = k;
            robot.interact(() -> presentation.pageProperty().set(at));
            relayout();
            shownItems().forEach(seen::add);
        }
        seen.addAll(second);
        assertEquals(30, seen.size(), "every item is on a page: " + seen);
    }

    @Test
    void aThousandCharacterItemIsCutAndTheColumnStillShowsOthers() throws Exception {
        m = TestMeeting.builtIn();
        m.open(Phase.card(CARD));
        for (int i = 1; i <= 4; i++) {
            m.ok(new Command.AddItem("i" + i, "bord-" + i, CARD, "fordele", "Fordel nummer " + i));
        }
        String longText =
                ("Lang fordel " + "med mange ord om samarbejdet mellem kommunerne ".repeat(30)).substring(0, 1000);
        m.ok(new Command.AddItem("long", "bord-5", CARD, "fordele", longText));
        m.ok(new Command.HighlightItem("h", "long", true));
        show();
        List<String> items = shownItems();
        assertTrue(items.size() >= 3, "the long item and others share the column: " + items);
        assertTrue(items.get(0).startsWith("★ Lang fordel"), "the long, highlighted item comes first: " + items);
        assertTrue(items.contains("Fordel nummer 4"), "the newest other item is shown beside it: " + items);
        AtomicReference<String> drawn = new AtomicReference<>();
        robot.interact(() -> {
            Label l = robot.from(root)
                    .lookup((Label x) -> x.getText() != null && x.getText().startsWith("★ Lang fordel"))
                    .query();
            drawn.set(((Text) l.lookup(".text")).getText());
        });
        assertTrue(drawn.get().endsWith("…"), "the long item is cut with an ellipsis: " + drawn.get());
        assertTrue(
                drawn.get().length() < 900, "and is cut short: " + drawn.get().length());
    }

    @Test
    void theFacilitatorPutsOneItemInTheSpotlightWhole() throws Exception {
        m = TestMeeting.builtIn();
        m.open(Phase.card(CARD));
        String longText = ("Et langt spørgsmål " + "om hvordan vi deler viden på tværs af kommunerne ".repeat(20))
                .substring(0, 900);
        m.ok(new Command.AddItem("q", "bord-2", CARD, "spoergsmaal", longText));
        m.ok(new Command.AddItem("f", "bord-3", CARD, "fordele", "Kortere vej"));
        show();
        robot.interact(() -> presentation.spotlightProperty().set("q"));
        relayout();
        AtomicReference<String> drawn = new AtomicReference<>();
        robot.interact(() -> {
            Label l = robot.from(root).lookup("#spotlightText").queryAs(Label.class);
            drawn.set(l.isVisible() ? ((Text) l.lookup(".text")).getText() : null);
        });
        assertEquals(longText, drawn.get(), "the whole item stands on the projector");
        assertTrue(shown("Bord 2"), "with the table that wrote it");
        assertFalse(shown("Kortere vej"), "alone");

        robot.interact(() -> presentation.spotlightProperty().set(null));
        relayout();
        assertTrue(shown("Kortere vej"), "the card's columns are back");
        assertFalse(robot.from(root).lookup("#spotlightText").tryQuery().isPresent(), "the spotlight is gone");
    }

    private void show() throws Exception {
        p = ProjectorOnCanvas.show(robot, m);
        presentation = p.presentation;
        root = p.root;
    }

    private void relayout() throws InterruptedException {
        p.relayout();
    }

    private List<String> shownItems() {
        return p.shown(".item-text").stream().map(Label::getText).toList();
    }

    private boolean shown(String text) {
        return p.shows(text);
    }
}
