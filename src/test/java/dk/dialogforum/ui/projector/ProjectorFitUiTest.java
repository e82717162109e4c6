package dk.dialogforum.ui.projector;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.demo.SampleMeeting;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.FullHd;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.ui.kit.FittingColumn;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Workshop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A workshop at the edge of what a workshop file may hold — long titles, descriptions and statements,
 * 12 challenges, 20 statements, 6 worksheet fields, 8 tables with long names — run through a whole
 * meeting: at every step the projector's texts lie on the slide, none is drawn over another or the
 * footer, and none is cut off with an ellipsis.
 */
class ProjectorFitUiTest {
    private static final String LOREM =
            "Kommunerne og regionen samarbejder om at sikre borgerne med de mest komplekse behov "
                    + "et sammenhængende tilbud tæt på hjemmet, med faglig bæredygtighed og økonomisk gennemsigtighed for alle parter. ";
    private final FxRobot robot = new FxRobot();
    private AudienceView view;
    private TestMeeting m;
    private FxMeeting meeting;
    private Presentation presentation;
    private Parent root;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, meeting, m);
    }

    static String text(int length, int n) {
        String s = n + ". " + LOREM.repeat(1 + length / LOREM.length());
        return s.substring(0, length).strip();
    }

    static Workshop extreme() {
        return TestWorkshops.workshop(root -> {
            ObjectNode meetingFacts = (ObjectNode) root.get("meeting");
            meetingFacts.put("title", text(160, 0)).put("subtitle", text(300, 0));
            ArrayNode items = ((ObjectNode) root.get("ranking")).putArray("items");
            for (int i = 1; i <= 12; i++) {
                items.addObject().put("id", "u" + i).put("title", text(90, i)).put("description", text(400, i));
            }
            ArrayNode statements = ((ObjectNode) root.get("enquete")).putArray("statements");
            for (int i = 1; i <= 20; i++) {
                statements.addObject().put("id", "s" + i).put("text", text(280, i) + "?");
            }
            for (var card : root.get("cards")) {
                ((ObjectNode) card)
                        .put("title", text(120, 1))
                        .put("description", text(1500, 2))
                        .put("kicker", text(60, 3));
            }
            ArrayNode fields = root.putArray("fields");
            for (int i = 1; i <= 6; i++) {
                fields.addObject()
                        .put("id", "f" + i)
                        .put("title", text(200, i))
                        .put("short", text(30, i))
                        .put("dotVotes", i >= 5);
            }
            ArrayNode tables = root.putArray("tables");
            for (int i = 1; i <= 8; i++) {
                tables.addObject().put("id", "bord-" + i).put("name", text(30, i));
            }
        });
    }

    @Test
    void aWorkshopAtTheLimitsFitsTheProjectorAtEveryStep() throws Exception {
        Workshop w = extreme();
        m = TestMeeting.of(w);
        show();
        check("welcome");
        for (SampleMeeting.Step step : SampleMeeting.script(w, 2017)) {
            m.ok(step.command());
            if (step.command() instanceof Command.ChangePhase p) {
                if (p.phase().equals("ranking")) {
                    // The live ranking's rows move to their new places for 600 ms; rows pass each other on the way.
                    WaitForAsyncUtils.waitForFxEvents();
                    Thread.sleep(800);
                }
                relayout();
                check(p.phase() + " " + p.action());
                if (p.phase().equals("enquete") && p.action() == Command.PhaseAction.REVEAL) {
                    for (String shown : List.of(
                            Presentation.STATEMENTS,
                            w.enquete().statements().get(4).id(),
                            Presentation.CHALLENGES)) {
                        robot.interact(() -> presentation.distributionProperty().set(shown));
                        relayout();
                        check("enquete showing " + shown);
                    }
                }
            }
        }
    }

    private void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            meeting = new FxMeeting(m.engine());
            presentation = new Presentation();
            presentation.roomProperty().set(RoomStatus.open("192.168.1.20", 47800, "482913"));
            // The countdown stands in the slide's top right corner all through.
            presentation.startTimer(90, System.currentTimeMillis());
            view = new AudienceView(new I18n(Texts.DANISH), meeting, presentation);
            root = FullHd.layOut(view);
        });
    }

    private void relayout() throws InterruptedException {
        FullHd.awaitLatest(robot, view, m.engine());
        robot.interact(() -> FullHd.relayout(root));
    }

    /**
     * Checks the projector that has followed the meeting, and one opened at this step (as when the
     * facilitator opens the projector window mid-meeting).
     */
    private void check(String step) {
        check(step, root);
        Parent[] fresh = new Parent[1];
        AudienceView[] view = new AudienceView[1];
        robot.interact(() -> {
            view[0] = new AudienceView(new I18n(Texts.DANISH), meeting, presentation);
            fresh[0] = FullHd.layOut(view[0]);
        });
        try {
            check(step + " (projector opened now)", fresh[0]);
        } finally {
            robot.interact(view[0]::dispose);
        }
    }

    /** Every text on the projector is whole, on the slide, above the footer, and clear of every other. */
    private void check(String step, Parent root) {
        List<String> faults = new ArrayList<>();
        robot.interact(() -> {
            Node footer = root.lookup(".audience-footer");
            Bounds foot = footer.localToScene(footer.getBoundsInLocal());
            List<Labeled> texts = new ArrayList<>();
            for (Node n : root.lookupAll(".label")) {
                if (n instanceof Labeled l
                        && visible(l)
                        && l.getText() != null
                        && !l.getText().isEmpty()) {
                    texts.add(l);
                }
            }
            List<Bounds> bounds = new ArrayList<>();
            for (Labeled l : texts) {
                // Where the text is drawn: a label's own box may reach further, as padding.
                Node drawnText = l.lookup(".text");
                Bounds b = drawnText instanceof Text
                        ? drawnText.localToScene(drawnText.getBoundsInLocal())
                        : l.localToScene(l.getBoundsInLocal());
                bounds.add(b);
                String name = "\"" + shorten(l.getText()) + "\"";
                if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > 1920.5 || b.getMaxY() > 1080.5) {
                    faults.add(name + " runs off the slide: " + b);
                }
                if (l != footer && b.getMaxY() > foot.getMinY() + 0.5) {
                    faults.add(name + " runs into the footer: " + b.getMaxY() + " > " + foot.getMinY());
                }
                Node drawn = l.lookup(".text");
                // (The countdown's text changes every second, before its next layout draws it.)
                // A clamped line may end in "…", as long as it shows the start of its text.
                boolean clamped = l.getStyleClass().contains(SlideParts.CLAMPED)
                        && drawn instanceof Text t
                        && t.getText().endsWith("…")
                        && l.getText()
                                .startsWith(t.getText().substring(0, t.getText().length() - 1))
                        && t.getText().length() > 1;
                if (drawn instanceof Text t
                        && !t.getText().equals(l.getText())
                        && !clamped
                        && !"audienceTimer".equals(l.getId())) {
                    faults.add(name + " is cut off: \"" + shorten(t.getText()) + "\"");
                }
            }
            // Whatever stands in for what does not fit ("+ 3 mere", "…"), something is shown.
            for (Node n : root.lookupAll(".fitting-column")) {
                FittingColumn c = (FittingColumn) n;
                if (visible(c) && c.showsNone()) {
                    faults.add("a column shows none of its " + c.hiddenCount() + " entries: "
                            + c.getParent().getStyleClass());
                }
            }
            // A column that has items shows at least one of them.
            for (Node column : root.lookupAll(".field-column")) {
                Node header = column.lookup(".column-header");
                String title = ((Labeled) header).getText();
                boolean hasItems = !title.endsWith("(0)");
                boolean showsOne = column.lookupAll(".item-card").stream().anyMatch(ProjectorFitUiTest::visible);
                if (visible(column) && hasItems && !showsOne) {
                    faults.add("the column \"" + shorten(title) + "\" shows none of its items");
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    Bounds a = bounds.get(i);
                    Bounds b = bounds.get(j);
                    boolean apart = a.getMaxX() <= b.getMinX() + 0.5
                            || b.getMaxX() <= a.getMinX() + 0.5
                            || a.getMaxY() <= b.getMinY() + 0.5
                            || b.getMaxY() <= a.getMinY() + 0.5;
                    if (!apart && !nested(texts.get(i), texts.get(j))) {
                        faults.add("\"" + shorten(texts.get(i).getText()) + "\" and \""
                                + shorten(texts.get(j).getText()) + "\" overlap");
                    }
                }
            }
        });
        assertEquals(List.of(), faults, "at " + step);
    }

    private static boolean nested(Node a, Node b) {
        for (Node at = a.getParent(); at != null; at = at.getParent()) {
            if (at == b) {
                return true;
            }
        }
        for (Node at = b.getParent(); at != null; at = at.getParent()) {
            if (at == a) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
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
