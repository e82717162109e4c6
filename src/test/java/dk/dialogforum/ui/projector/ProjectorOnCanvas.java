package dk.dialogforum.ui.projector;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.FullHd;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.Comparator;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** The projector of a test's meeting, laid out on its full-HD canvas without a window, and what it shows. */
final class ProjectorOnCanvas {
    final FxMeeting meeting;
    final Presentation presentation;
    final AudienceView view;
    final Parent root;
    private final FxRobot robot;
    private final TestMeeting m;

    private ProjectorOnCanvas(FxRobot robot, TestMeeting m) {
        this.robot = robot;
        this.m = m;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        meeting = new FxMeeting(m.engine());
        presentation = new Presentation();
        view = new AudienceView(new I18n(Texts.DANISH), meeting, presentation);
        root = FullHd.layOut(view);
    }

    /** The Danish projector of {@code m}'s meeting. */
    static ProjectorOnCanvas show(FxRobot robot, TestMeeting m) throws Exception {
        FxToolkit.registerPrimaryStage();
        ProjectorOnCanvas[] made = new ProjectorOnCanvas[1];
        robot.interact(() -> made[0] = new ProjectorOnCanvas(robot, m));
        return made[0];
    }

    /** Lays the projector out again once the meeting's latest state has reached it. */
    void relayout() throws InterruptedException {
        FullHd.awaitLatest(robot, view, m.engine());
        robot.interact(() -> FullHd.relayout(root));
    }

    /** The labels of {@code style} on screen, top to bottom. */
    List<Label> shown(String style) {
        return robot.from(root).lookup(style).queryAllAs(Label.class).stream()
                .filter(ProjectorOnCanvas::visible)
                .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .toList();
    }

    /** Whether a label with exactly {@code text} is on screen. */
    boolean shows(String text) {
        return robot.from(root)
                .lookup((Label l) -> text.equals(l.getText()) && visible(l))
                .tryQuery()
                .isPresent();
    }

    static boolean visible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
