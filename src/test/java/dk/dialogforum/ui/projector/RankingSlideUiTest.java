package dk.dialogforum.ui.projector;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live ranking on the projector: every item, points on one line, arrows said, rows that cross stay readable. */
class RankingSlideUiTest {
    private final FxRobot robot = new FxRobot();
    private TestMeeting m;
    private ProjectorOnCanvas p;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, p == null ? null : p.meeting, m);
    }

    /** A workshop of 12 items whose titles are as long as the format allows. */
    private static Workshop twelve(Consumer<ObjectNode> also) {
        return TestWorkshops.workshop(root -> {
            ArrayNode items = ((ObjectNode) root.get("ranking")).putArray("items");
            for (int i = 1; i <= 12; i++) {
                String title = (i
                                + ". Fælles indsats for borgere med komplekse behov på tværs af kommunerne i regionen")
                        .substring(0, 80);
                items.addObject().put("id", "i" + i).put("title", title);
            }
            also.accept(root);
        });
    }

    @Test
    void twelveItemsWithLongTitlesAllFitWithPointsOnOneLineAndTheArrowsSaid() throws Exception {
        m = TestMeeting.of(twelve(root -> {}));
        List<String> order = m.itemIds();
        m.open(Phase.ENQUETE);
        m.enquete("bord-1", order, 4);
        m.phase(Phase.ENQUETE, PhaseAction.CLOSE);
        m.open(Phase.RANKING);
        List<String> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        m.ranking("bord-1", reversed);
        m.ranking("bord-2", reversed);
        m.phase(Phase.RANKING, PhaseAction.REVEAL);
        p = ProjectorOnCanvas.show(robot, m);
        p.relayout();
        List<String> faults = new ArrayList<>();
        robot.interact(() -> {
            Node footer = p.root.lookup(".audience-footer");
            double bottom = footer.localToScene(footer.getBoundsInLocal()).getMinY();
            List<Bounds> rows = new ArrayList<>();
            for (String id : order) {
                Node row = p.root.lookup("#ranking-" + id);
                Bounds b = row.localToScene(row.getBoundsInLocal());
                rows.add(b);
                if (!ProjectorOnCanvas.visible(row) || b.getMaxY() > bottom + 0.5) {
                    faults.add(id + " is not on the slide above the footer: " + b);
                }
                for (Node n : row.lookupAll(".slide-small")) {
                    Label points = (Label) n;
                    double oneLine = points.getFont().getSize() * 1.6;
                    if (points.getHeight() > oneLine) {
                        faults.add(points.getText() + " wraps: " + points.getHeight());
                    }
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    if (rows.get(i).intersects(rows.get(j))
                            && Math.min(rows.get(i).getMaxY(), rows.get(j).getMaxY())
                                            - Math.max(
                                                    rows.get(i).getMinY(),
                                                    rows.get(j).getMinY())
                                    > 0.5) {
                        faults.add(order.get(i) + " and " + order.get(j) + " overlap");
                    }
                }
            }
        });
        assertEquals(List.of(), faults);
        assertTrue(p.shows("↑↓ placering i forhold til enqueten"), "the arrows say what they compare with");
        assertTrue(p.shows("↑11"), "the enquete's last is first now");
        assertFalse(
                p.root.lookupAll(".fitting-more").stream().anyMatch(ProjectorOnCanvas::visible),
                "nothing counted away");
    }

    @Test
    void rowsThatPassEachOtherAreOpaqueAndTheRisingOneGoesOver() throws Exception {
        m = TestMeeting.of(twelve(root -> {}));
        List<String> order = m.itemIds();
        m.open(Phase.RANKING);
        m.ranking("bord-1", order);
        m.phase(Phase.RANKING, PhaseAction.REVEAL);
        p = ProjectorOnCanvas.show(robot, m);
        p.relayout();
        List<String> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        m.ranking("bord-2", reversed);
        m.ranking("bord-3", reversed);
        p.relayout();
        robot.interact(() -> {
            Region rising = (Region) p.root.lookup("#ranking-i12");
            Region falling = (Region) p.root.lookup("#ranking-i1");
            List<Node> drawn = rising.getParent().getChildrenUnmodifiable();
            assertTrue(
                    drawn.indexOf(rising) > drawn.indexOf(falling),
                    "the rising row is drawn over the falling one where they cross");
            assertNotNull(falling.getBackground(), "a row hides what passes under it");
            assertFalse(falling.getBackground().getFills().isEmpty(), "a row hides what passes under it");
        });
    }

    @Test
    void aWorkshopCanShowTheRankingFromTheFirstBallot() throws Exception {
        // The shipped example shows its live ranking from the first ballot.
        m = TestMeeting.of(WorkshopLoader.resource(WorkshopLoader.EXAMPLE));
        m.open(Phase.RANKING);
        m.phase(Phase.RANKING, PhaseAction.SHOW);
        p = ProjectorOnCanvas.show(robot, m);
        p.relayout();
        String first = m.itemIds().get(0);
        Node before = p.root.lookup("#ranking-" + first);
        assertTrue(before == null || !ProjectorOnCanvas.visible(before), "no ranking before any ballot");
        m.ranking("bord-1", m.itemIds());
        p.relayout();
        assertTrue(p.shows("1 stemmeseddel · opdateres, mens stemmerne kommer"), "the ranking is live without Reveal");
        Node row = p.root.lookup("#ranking-" + first);
        assertTrue(row != null && ProjectorOnCanvas.visible(row), "its rows are on the wall");
    }
}
