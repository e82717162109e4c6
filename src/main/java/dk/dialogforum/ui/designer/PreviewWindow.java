package dk.dialogforum.ui.designer;

import dk.dialogforum.demo.SampleMeeting;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.ui.kit.Choices;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.kit.Segmented;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every slide of a workshop as the projector will show it, before any meeting exists: on a meeting of its own
 * that keeps nothing, at the projector's pixels (1920×1080 or 1280×720), so a statement too long for the room
 * is seen here first.
 */
final class PreviewWindow {
    /** The projector sizes the preview shows. */
    static final List<int[]> SIZES = List.of(new int[] {1920, 1080}, new int[] {1280, 720});

    private final I18n i18n;
    private final Workshop workshop;
    private final Stage stage = new Stage();
    private final MeetingEngine engine;
    private final FxMeeting meeting;
    private final AudienceView view;
    private final Presentation presentation = new Presentation();
    private final List<Shown> all;
    private final ChoiceBox<Shown> slides;
    private int shown;

    /**
     * A slide the preview shows: a phase of the agenda, and for the enquete's results which of its views (the
     * ranking, the statements, one statement's distribution).
     */
    record Shown(Phase phase, String distribution, String name) {}

    private PreviewWindow(I18n i18n, Workshop workshop, Window owner) {
        this.i18n = i18n;
        this.workshop = workshop;
        try {
            engine = MeetingEngine.start(workshop, List.of(), EventStore.inMemory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Made-up ballots, items and dots, so the result slides show as they will with the room's.
        SampleMeeting.script(workshop, 1).forEach(step -> engine.execute(step.command()));
        meeting = new FxMeeting(engine);
        view = new AudienceView(i18n, meeting, presentation);
        all = slides(i18n, workshop);
        slides = Choices.of(all, Shown::name, "previewSlide");
        slides.setValue(all.get(0));
        slides.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                show(all.indexOf(now));
            }
        });
        Button previous = new Button(i18n.t("designer.preview.previous"));
        previous.setId("previewPrevious");
        previous.setOnAction(e -> slides.setValue(all.get(Math.max(0, shown - 1))));
        Button next = new Button(i18n.t("designer.preview.next"));
        next.setId("previewNext");
        next.setOnAction(e -> slides.setValue(all.get(Math.min(all.size() - 1, shown + 1))));
        Segmented<int[]> size = new Segmented<>(SIZES, s -> s[0] + " × " + s[1], "previewSize", false);
        Label sizeLabel = new Label(i18n.t("designer.preview.size"));
        HBox bar = new HBox(8, new Label(i18n.t("designer.preview.slide")), slides, previous, next, sizeLabel, size);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        // The slide at the projector's pixels where the window has room, else scaled down to the window, whole.
        StackPane frame = view.node();
        StackPane scroll = new StackPane(frame);
        scroll.setId("previewFrame");
        scroll.setMinSize(0, 0);
        Label sample = new Label(i18n.t("designer.preview.sample"));
        sample.setWrapText(true);
        sample.getStyleClass().add("muted");
        sample.setPadding(new Insets(0, 12, 8, 12));
        BorderPane root = new BorderPane(scroll);
        root.setTop(new VBox(bar, sample));
        size.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                frame.setMinSize(0, 0);
                frame.setPrefSize(now[0], now[1]);
                frame.setMaxSize(now[0], now[1]);
                fit(now);
            }
        });
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(i18n.t("designer.preview.title", workshop.meeting().title()));
        stage.setOnHidden(e -> dispose());
        size.valueProperty().set(SIZES.get(owner == null || owner.getWidth() >= 1900 ? 0 : 1));
    }

    /** Opens the preview of {@code workshop} at its first slide. */
    static PreviewWindow show(I18n i18n, Workshop workshop, Window owner) {
        PreviewWindow preview = new PreviewWindow(i18n, workshop, owner);
        preview.show(0);
        preview.stage.show();
        return preview;
    }

    /** The window as large as the slide at the chosen size, or the screen where that is smaller. */
    private void fit(int[] size) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(screen.getWidth(), size[0] + 24));
        stage.setHeight(Math.min(screen.getHeight(), size[1] + 90));
    }

    /** Every phase of the agenda; after the enquete's, its statements and each statement's distribution. */
    static List<Shown> slides(I18n i18n, Workshop w) {
        List<Shown> list = new ArrayList<>();
        for (Phase p : w.phases()) {
            String name = PhaseNames.name(i18n, w, p);
            list.add(new Shown(p, null, name));
            if (p.kind() == Phase.Kind.ENQUETE) {
                list.add(new Shown(p, Presentation.STATEMENTS, name + " – " + i18n.t("audience.enquete.statements")));
                for (int i = 0; i < w.enquete().statements().size(); i++) {
                    list.add(new Shown(
                            p,
                            w.enquete().statements().get(i).id(),
                            name + " – " + i18n.t("audience.distribution.title", i + 1)));
                }
            }
        }
        return list;
    }

    private void show(int index) {
        shown = index;
        Shown slide = all.get(index);
        presentation.distributionProperty().set(slide.distribution());
        engine.execute(new Command.ChangePhase(FxMeeting.newId(), slide.phase().id(), Command.PhaseAction.SHOW));
    }

    private void dispose() {
        view.dispose();
        presentation.close();
        meeting.dispose();
        try {
            engine.close();
        } catch (IOException e) {
            // A meeting in memory: nothing to lose.
        }
    }
}
