package dk.dialogforum.ui.kit;

import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.VBox;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A projector label that remembers its sizes must never show an old one: after each change to its
 * text, width, font, padding, spacing or how it is cut it is as tall and as wide, at least and at best, as
 * a plain label given the same, so its text is never cut off or left with a gap below or beside.
 */
class MeasuredLabelUiTest {
    private static final String LONG = "Hvordan sikrer vi et sammenhængende tilbud tæt på hjemmet, når kommunerne "
            + "og regionen hver har deres egen økonomi – og hvem tager initiativet, når borgerens behov ændrer sig?";
    private final FxRobot robot = new FxRobot();

    @Test
    void followsEveryChangeAPlainLabelFollows() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> differences = new ArrayList<>();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Label measured = new MeasuredLabel("Kort");
            Label plain = new Label("Kort");
            for (Label l : List.of(measured, plain)) {
                l.getStyleClass().add("item-text");
                l.setWrapText(true);
            }
            Scene scene = new Scene(new VBox(measured, plain), 1920, 1080);
            scene.getStylesheets().add(Theme.stylesheet());
            List<Consumer<Label>> steps = List.of(
                    l -> {},
                    l -> l.setText(LONG),
                    l -> l.setText(LONG + " " + LONG),
                    l -> l.setText("Én linje 🙂 ✓"),
                    l -> l.setText(LONG),
                    l -> l.setStyle("-fx-font-size: 40px;"),
                    l -> l.setPadding(new Insets(20)),
                    l -> l.setLineSpacing(12),
                    l -> l.setStyle(""),
                    l -> l.setWrapText(false),
                    l -> l.setWrapText(true),
                    l -> l.getStyleClass().add("slide-body"),
                    l -> l.setWrapText(false),
                    l -> l.setEllipsisString("[ … … … ]"),
                    l -> l.setTextOverrun(OverrunStyle.CLIP),
                    l -> l.setWrapText(true),
                    l -> l.setText("中文 日本語 한국어 🙂 " + LONG));
            // No more widths than a label remembers, so a size remembered from before a change would be seen.
            double[] widths = {600, 300, -1, 1200, 300};
            for (int i = 0; i < steps.size(); i++) {
                steps.get(i).accept(measured);
                steps.get(i).accept(plain);
                scene.getRoot().applyCss();
                for (double w : widths) {
                    // Asked twice, as a layout pass does: the second answer is the remembered one.
                    compare(differences, "step " + i + " height at " + w, measured::prefHeight, plain::prefHeight, w);
                    compare(
                            differences,
                            "step " + i + " least height at " + w,
                            measured::minHeight,
                            plain::minHeight,
                            w);
                    compare(differences, "step " + i + " width at " + w, measured::prefWidth, plain::prefWidth, w);
                    compare(differences, "step " + i + " least width at " + w, measured::minWidth, plain::minWidth, w);
                }
            }
        });
        assertEquals(List.of(), differences);
    }

    private static void compare(
            List<String> differences,
            String what,
            DoubleUnaryOperator measured,
            DoubleUnaryOperator plain,
            double arg) {
        measured.applyAsDouble(arg);
        double got = measured.applyAsDouble(arg);
        double want = plain.applyAsDouble(arg);
        if (got != want) {
            differences.add(what + " px: " + got + " against " + want);
        }
    }
}
