package dk.dialogforum.ui.kit;

import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A projector label that remembers its height must never show an old one: after each change to its
 * text, width, font, padding or spacing it is as tall as a plain label given the same, so its text is
 * never cut off or left with a gap below.
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
            Label measured = SlideParts.label("Kort", "item-text");
            Label plain = new Label("Kort");
            plain.getStyleClass().add("item-text");
            plain.setWrapText(true);
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
                    l -> l.setText("中文 日本語 한국어 🙂 " + LONG));
            double[] widths = {600, 300, 600, 1200, 300};
            for (int i = 0; i < steps.size(); i++) {
                steps.get(i).accept(measured);
                steps.get(i).accept(plain);
                scene.getRoot().applyCss();
                for (double w : widths) {
                    // Asked twice, as a layout pass does: the second answer is the remembered one.
                    measured.prefHeight(w);
                    double got = measured.prefHeight(w);
                    double want = plain.prefHeight(w);
                    if (got != want) {
                        differences.add("step " + i + " at " + w + " px: " + got + " against " + want);
                    }
                }
            }
        });
        assertEquals(List.of(), differences);
    }
}
