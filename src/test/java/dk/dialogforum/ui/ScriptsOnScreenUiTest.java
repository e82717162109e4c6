package dk.dialogforum.ui;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.ui.kit.TextDirection;
import dk.dialogforum.workshop.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Text in any script is shown as written: Korean, Chinese, Japanese, emoji, Arabic and Hebrew items on the
 * projector are drawn as glyphs, not as empty boxes, in the font the projector chose for them (its own, or
 * the system's fonts behind it); and an Arabic item reads right to left, its short last line at the right.
 */
class ScriptsOnScreenUiTest {
    private static final String CARD = "selvforsyning";
    private static final Map<String, String> SAMPLES = Map.of(
            "Korean", "한국어 회의",
            "Chinese", "中文会议",
            "Japanese", "日本語の会議",
            "emoji", "🙂👍",
            "Arabic", "اجتماع الحوار",
            "Hebrew", "פגישת דיאלוג");

    private final FxRobot robot = new FxRobot();
    private TestMeeting m;
    private dk.dialogforum.ui.projector.AudienceView view;
    private dk.dialogforum.ui.kit.FxMeeting meeting;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, meeting, m);
    }

    /**
     * The system fonts the program leans on for scripts beyond its own fonts (README, "Text in every
     * script"); CI installs them. Elsewhere on Linux the test says what is missing and is left out.
     */
    private static void assumeScriptFonts() throws IOException, InterruptedException {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return;
        }
        // 한, 中, あ and 🙂: a TrueType font (the kind JavaFX falls back to on Linux) that has each.
        for (String charset : List.of("d55c", "4e2d", "3042", "1f642")) {
            Process p = new ProcessBuilder("fc-list", ":charset=" + charset + ":fontformat=TrueType", "family")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(30, TimeUnit.SECONDS);
            assumeTrue(!out.isBlank(), "no TrueType font for U+" + charset + " on this machine (see the README)");
        }
    }

    @Test
    void itemsInEveryScriptAreDrawnAsGlyphsOnTheProjector() throws Exception {
        assumeScriptFonts();
        m = TestMeeting.builtIn();
        m.open(Phase.card(CARD));
        int n = 0;
        for (String text : SAMPLES.values()) {
            m.ok(new Command.AddItem("i" + (++n), "bord-1", CARD, "fordele", text));
        }
        show();
        List<String> boxes = new ArrayList<>();
        robot.interact(() -> SAMPLES.forEach((script, text) -> {
            Label shown = robot.from(view.node())
                    .lookup((Label l) -> text.equals(l.getText()))
                    .query();
            if (!drawn(shown.getFont(), text)) {
                boxes.add(script + " (" + shown.getFont().getFamily() + ")");
            }
        }));
        assertEquals(List.of(), boxes, "drawn as empty boxes");
    }

    @Test
    void anArabicItemReadsRightToLeftAndWrapsToTheRight() throws Exception {
        m = TestMeeting.builtIn();
        m.open(Phase.card(CARD));
        String arabic = "نريد تعاونا أوثق بين البلديات والمنطقة حول الخدمات المتخصصة للمواطنين مع fælles visitation "
                + "وحوار مستمر مع منظمات المستخدمين";
        m.ok(new Command.AddItem("ar", "bord-2", CARD, "fordele", arabic));
        m.ok(new Command.AddItem("da", "bord-3", CARD, "fordele", "Kortere vej for borgerne, også fra العربية"));
        show();
        robot.interact(() -> {
            Label item = robot.from(view.node())
                    .lookup((Label l) -> arabic.equals(l.getText()))
                    .query();
            // The ink of the item's last line: a short line, standing at the right as Arabic reads.
            // From the scene as drawn: a snapshot of a mirrored node alone comes out shifted.
            javafx.geometry.Bounds at = item.localToScene(item.getLayoutBounds());
            Image scene = item.getScene().snapshot(null);
            Image shot = new javafx.scene.image.WritableImage(
                    scene.getPixelReader(), (int) at.getMinX(), (int) at.getMinY(), (int) at.getWidth(), (int)
                            at.getHeight());
            double lineHeight = item.getFont().getSize() * 1.2;
            int[] ink = ink(shot, (int) (shot.getHeight() - lineHeight), (int) shot.getHeight());
            double width = shot.getWidth();
            assertTrue(shot.getHeight() > 2 * lineHeight, "the item wraps: " + shot.getHeight());
            assertTrue(ink[1] > width - 0.1 * width, "its last line ends at the right: " + ink[1] + " of " + width);
            assertTrue(ink[0] > 0.2 * width, "and is short, its left side empty: " + ink[0] + " of " + width);
            Node lines = item.getGraphic();
            assertTrue(
                    item.getHeight() >= lines.getLayoutBounds().getHeight() - 0.5,
                    "the item is as tall as its lines: " + item.getHeight() + " < " + lines.getLayoutBounds());
            Label danish = robot.from(view.node())
                    .lookup((Label l) -> l.getText().startsWith("Kortere vej"))
                    .query();
            assertTrue(
                    !TextDirection.rightToLeft(danish.getText()),
                    "a Danish item with an Arabic word in it reads left to right");
        });
    }

    private void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            dk.dialogforum.ui.kit.Theme.loadFonts();
            meeting = new dk.dialogforum.ui.kit.FxMeeting(m.engine());
            view = new dk.dialogforum.ui.projector.AudienceView(
                    new dk.dialogforum.ui.kit.I18n(dk.dialogforum.text.Texts.DANISH),
                    meeting,
                    new dk.dialogforum.ui.projector.Presentation());
            FullHd.layOut(view);
        });
        FullHd.awaitLatest(robot, view, m.engine());
        robot.interact(() -> FullHd.relayout(view.node()));
    }

    /** The leftmost and rightmost columns with dark pixels in rows {@code from} to {@code to}. */
    private static int[] ink(Image image, int from, int to) {
        PixelReader r = image.getPixelReader();
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = Math.max(0, from); y < to; y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int argb = r.getArgb(x, y);
                int grey = ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
                if (grey < 128) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }

    /**
     * Whether {@code font} draws {@code text} as glyphs: drawn otherwise than as many code points no font
     * has (U+0378 is unassigned), which every font draws as its empty box.
     */
    private static boolean drawn(Font font, String text) {
        String none = "\u0378".repeat(text.codePointCount(0, text.length()));
        return !same(image(font, text), image(font, none));
    }

    private static Image image(Font font, String s) {
        Text t = new Text(s);
        t.setFont(font);
        new Scene(new Group(t));
        return t.snapshot(null, null);
    }

    private static boolean same(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
