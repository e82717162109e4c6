package dk.dialogforum.ui.projector;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.FullHd;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The summary's statements read alone: each with its text, ▲ and ▼ where the numbers put them, ties said. */
class SummarySlideUiTest {
    private final FxRobot robot = new FxRobot();
    private TestMeeting m;
    private FxMeeting meeting;
    private AudienceView view;
    private Parent root;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, meeting, m);
    }

    private List<String> statementLines() throws Exception {
        m.phase(Phase.SUMMARY, dk.dialogforum.meeting.Command.PhaseAction.SHOW);
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            meeting = new FxMeeting(m.engine());
            view = new AudienceView(new I18n(Texts.DANISH), meeting, new Presentation());
            root = FullHd.layOut(view);
        });
        FullHd.awaitLatest(robot, view, m.engine());
        robot.interact(() -> FullHd.relayout(root));
        return robot.from(root).lookup(".slide-small").queryAllAs(Label.class).stream()
                .filter(SummarySlideUiTest::visible)
                .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .map(l -> l.getText().replace('\u00a0', ' '))
                .filter(t -> t.contains("enige · Udsagn"))
                .toList();
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(int number) {
        return m.workshop().enquete().statements().get(number - 1).text();
    }

    @Test
    void mostAndLeastAgreementAreMarkedByTheNumbersWithEachStatementsText() throws Exception {
        m = TestMeeting.builtIn();
        Workshop w = m.workshop();
        List<String> ids =
                w.enquete().statements().stream().map(Workshop.Statement::id).toList();
        List<String> order = w.ranking().items().stream().map(i -> i.id()).toList();
        m.open(Phase.ENQUETE);
        // Agreement: statements 1 and 2 by both tables (100 %), 3 by one (50 %), 4 and 5 by none (0 %).
        m.enquete("bord-1", order, Map.of(ids.get(0), 5, ids.get(1), 5, ids.get(2), 4, ids.get(3), 1, ids.get(4), 2));
        m.enquete("bord-2", order, Map.of(ids.get(0), 5, ids.get(1), 4, ids.get(2), 1, ids.get(3), 1, ids.get(4), 1));
        assertEquals(
                List.of(
                        "▲ 100 % enige · Udsagn 1: " + text(1),
                        "▲ 100 % enige · Udsagn 2: " + text(2),
                        "50 % enige · Udsagn 3: " + text(3),
                        // Both none, but statement 5's answers were the milder (mean 1.5 against 1.0).
                        "▼ 0 % enige · Udsagn 5: " + text(5),
                        "▼ 0 % enige · Udsagn 4: " + text(4)),
                statementLines());
    }

    @Test
    void statementsThatAllAgreeAlikeAreSaidToWithoutArrows() throws Exception {
        m = TestMeeting.builtIn();
        List<String> order =
                m.workshop().ranking().items().stream().map(i -> i.id()).toList();
        m.open(Phase.ENQUETE);
        m.enquete("bord-1", order, 1);
        List<String> lines = statementLines();
        assertEquals(5, lines.size());
        assertEquals("0 % enige · Udsagn 1: " + text(1), lines.get(0));
        assertEquals(
                1,
                robot.from(root)
                        .lookup((Label l) -> "Lige stor enighed om alle udsagn.".equals(l.getText()) && visible(l))
                        .queryAll()
                        .size());
    }

    @Test
    void bothRankingsShowEveryChallengeWhenTheStatementsAndCardsLeaveRoom() throws Exception {
        m = TestMeeting.builtIn();
        List<String> order =
                m.workshop().ranking().items().stream().map(i -> i.id()).toList();
        m.open(Phase.ENQUETE);
        m.enquete("bord-1", order, 4);
        List<String> back = new java.util.ArrayList<>(order);
        java.util.Collections.reverse(back);
        m.enquete("bord-2", back, 2);
        statementLines();
        // Each ranking's lines read "1. <challenge>  ·  <points>": five challenges, twice, none counted away.
        List<String> ranked = robot.from(root).lookup(".slide-body").queryAllAs(Label.class).stream()
                .filter(SummarySlideUiTest::visible)
                .map(Label::getText)
                .filter(t -> t.matches("\\d+\\. .*"))
                .toList();
        assertEquals(2 * order.size(), ranked.size(), "every challenge in both rankings: " + ranked);
        assertEquals(
                List.of(),
                robot.from(root).lookup(".fitting-more").queryAllAs(Label.class).stream()
                        .filter(SummarySlideUiTest::visible)
                        .map(Label::getText)
                        .toList(),
                "nothing counted away");
    }
}
