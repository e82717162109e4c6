package dk.dialogforum.ui.console;

import atlantafx.base.theme.Tweaks;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.MeasuredLabel;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The console's right column: a live preview of the projector, the countdown that shows on it, what comes
 * next, and which tables are connected.
 */
final class PreviewColumn {
    /** How often a second the preview follows a room that writes fast: live to the eye, at a tenth of the projector's work. */
    private static final int PREVIEW_PER_SECOND = 6;

    private final I18n i18n;
    private final Workshop workshop;
    private final Presentation presentation;
    private final AudienceView preview;
    private final TableConnections connections;
    private final Label next = new MeasuredLabel();
    private final VBox box;
    private final ScrollPane scroll;

    PreviewColumn(
            I18n i18n,
            FxMeeting meeting,
            Presentation presentation,
            ObservableDoubleValue width,
            Runnable printWorksheets) {
        this.i18n = i18n;
        this.workshop = meeting.engine().workshop();
        this.presentation = presentation;
        this.preview = AudienceView.preview(i18n, meeting, presentation, PREVIEW_PER_SECOND);
        StackPane frame = preview.node();
        // 448 px wide (of a 480 px column) from a 1,280 px window up; narrower below, at 16:9.
        DoubleBinding column =
                Bindings.createDoubleBinding(() -> Math.max(300, Math.min(480, width.get() * 0.375)), width);
        DoubleBinding frameWidth = column.subtract(32);
        frame.prefWidthProperty().bind(frameWidth);
        frame.maxWidthProperty().bind(frameWidth);
        frame.prefHeightProperty().bind(frameWidth.multiply(9.0 / 16));
        frame.maxHeightProperty().bind(frameWidth.multiply(9.0 / 16));
        frame.setId("preview");
        Label heading = new Label(i18n.t("console.preview"));
        heading.getStyleClass().add("console-section");
        next.setWrapText(true);
        next.setId("next");
        Label keys = new MeasuredLabel(i18n.t("console.keys"));
        keys.setId("consoleKeys");
        keys.setWrapText(true);
        keys.getStyleClass().add("muted");
        // The countdown sits with the projector it shows on, which leaves the top bar room for the meeting's title.
        // Which tables are connected, beside what the room sees: in the column that has room at any window's height.
        connections = new TableConnections(i18n, workshop, printWorksheets);
        Node tables = connections.node();
        VBox.setMargin(tables, new Insets(6, 0, 6, 0));
        Node participants = new ParticipantsPanel(i18n, workshop, presentation).node();
        box = new VBox(10, heading, frame, timerControls(), next, tables, participants, keys);
        box.setPadding(new Insets(12, 16, 12, 8));
        // A short window (a laptop's 720 px less a banner above) scrolls the column rather than cutting its last
        // lines, the keys the facilitator may be looking for.
        scroll = new ScrollPane(box);
        scroll.setId("previewColumn");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.prefWidthProperty().bind(column);
        scroll.minWidthProperty().bind(column);
    }

    Node node() {
        return scroll;
    }

    private Node timerControls() {
        Spinner<Integer> minutes = new Spinner<>(1, 120, 10);
        minutes.setPrefWidth(80);
        minutes.setEditable(true);
        minutes.setId("timerMinutes");
        Button start = button(
                "console.timer.start",
                "timerStart",
                () -> presentation.startTimer(minutes.getValue(), System.currentTimeMillis()));
        Button plus = button(
                "console.timer.extend", "timerExtend", () -> presentation.extendTimer(1, System.currentTimeMillis()));
        Button stop = button("console.timer.stop", "timerStop", presentation::stopTimer);
        Label label = new Label(i18n.t("console.timer"));
        FlowPane timer = new FlowPane(6, 6, label, minutes, start, plus, stop);
        timer.setAlignment(Pos.CENTER_LEFT);
        timer.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        return timer;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** What comes after {@code shown} on the agenda. */
    void showNext(String shown) {
        Phase now = Phase.find(workshop, shown).orElse(workshop.phases().get(0));
        next.setText(Phase.after(workshop, now)
                .map(p -> i18n.t("console.next", PhaseNames.name(i18n, workshop, p)))
                .orElse(i18n.t("console.last")));
    }

    /** Which tables are connected now, and what keeps them from the meeting, if anything. */
    void update(Snapshot s) {
        connections.update(
                s, presentation.tablesThere(s), presentation.roomProperty().get());
    }

    void dispose() {
        preview.dispose();
    }
}
