package dk.dialogforum.ui;

import dk.dialogforum.export.WorksheetPdf;
import dk.dialogforum.testing.NoNavigation;
import dk.dialogforum.ui.designer.DesignerView;
import dk.dialogforum.ui.kit.DesignSource;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The workshop designer on the shipped example (eight themes, four fields, ten tables): its pages, one with
 * mistakes said at their fields, and the preview of a slide; each at 1920×1080 and 1280×720. Also the printed
 * worksheets as a PDF in a temporary folder, for {@code pdftoppm}. Run by {@link Screenshots} after its own.
 */
final class DesignerScreenshots {
    private final Path out;
    private final I18n i18n;

    DesignerScreenshots(Path out, I18n i18n) {
        this.out = out;
        this.i18n = i18n;
    }

    void run() throws Exception {
        // The designer's windows close between sizes: that is no reason for the toolkit to end.
        javafx.application.Platform.setImplicitExit(false);
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            String suffix = "-" + size[0] + "x" + size[1];
            DesignerView view = DesignerView.open(
                    i18n, new NoNavigation(), DesignSource.example(WorkshopLoader.EXAMPLE), Runnable::run);
            Parent root = Screenshots.onFx(view::build);
            Scene scene = Screenshots.onFx(() -> {
                Scene s = new Scene(root, size[0], size[1]);
                s.getStylesheets().add(Theme.stylesheet());
                Stage stage = new Stage();
                stage.setScene(s);
                stage.show();
                return s;
            });
            shot(scene, "40-designer-moedet" + suffix);
            part(root, 1);
            Screenshots.onFx(() -> {
                ((TextInputControl) root.lookup("#design-ranking-items-0-title")).setText("");
                String first = ((TextInputControl) root.lookup("#design-ranking-items-0-id")).getText();
                ((TextInputControl) root.lookup("#design-ranking-items-1-id")).setText(first);
                return null;
            });
            shot(scene, "41-designer-rangordning-med-fejl" + suffix);
            Screenshots.onFx(() -> {
                ((Button) root.lookup("#designUndo")).fire();
                ((Button) root.lookup("#designUndo")).fire();
                return null;
            });
            part(root, 5);
            shot(scene, "42-designer-borde" + suffix);
            part(root, 6);
            shot(scene, "43-designer-dagsorden" + suffix);
            Screenshots.onFx(() -> {
                ((Button) root.lookup("#designPreview")).fire();
                return null;
            });
            Screenshots.settle();
            Scene preview = Screenshots.onFx(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s
                            && s.getOwner() != null
                            && s.getOwner().getScene() == scene)
                    .findFirst()
                    .orElseThrow()
                    .getScene());
            Screenshots.onFx(() -> {
                ((Stage) preview.getWindow()).setWidth(size[0]);
                ((Stage) preview.getWindow()).setHeight(size[1]);
                javafx.scene.control.ChoiceBox<?> slides =
                        (javafx.scene.control.ChoiceBox<?>) preview.lookup("#previewSlide");
                slides.getSelectionModel().select(2);
                return null;
            });
            shot(preview, "44-designer-forhaandsvisning" + suffix);
            Screenshots.onFx(() -> {
                new java.util.ArrayList<>(Window.getWindows()).forEach(Window::hide);
                return null;
            });
        }
        Workshop example = WorkshopLoader.resource(WorkshopLoader.EXAMPLE);
        // The PDF itself stays out of the documentation; its pages are rendered there with pdftoppm.
        Path pdf = java.nio.file.Files.createTempDirectory("dialogforum-worksheets")
                .resolve("45-arbejdsark.pdf");
        WorksheetPdf.write(example, i18n.locale(), pdf);
        System.out.println("worksheets written to " + pdf + " (render: pdftoppm -r 80 -png -f 1 -l 3 " + pdf + " …)");
    }

    private static void part(Parent root, int index) throws Exception {
        Screenshots.onFx(() -> {
            ((ListView<?>) root.lookup("#designParts")).getSelectionModel().select(index);
            return null;
        });
    }

    private void shot(Scene scene, String name) throws Exception {
        Screenshots.settle();
        WritableImage image = Screenshots.onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        Screenshots.save(out, image, name);
    }
}
