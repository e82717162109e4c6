package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Workshop;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The end of the meeting on the wall, until the facilitator leaves it: thanks, and what happens next. */
final class ClosingSlide implements Slide {
    private final I18n i18n;
    private final VBox root = new VBox(28);
    private final Label counts;

    ClosingSlide(I18n i18n, Workshop w) {
        this.i18n = i18n;
        root.getStyleClass().add("slide");
        root.setId("closingSlide");
        root.setAlignment(Pos.CENTER_LEFT);
        counts = SlideParts.label("", "slide-muted");
        root.getChildren()
                .addAll(
                        SlideParts.heading(w.meeting().title(), i18n.t("audience.closing.title")),
                        SlideParts.label(i18n.t("audience.closing.text"), "slide-body"),
                        counts);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void update(Snapshot s) {
        counts.setText(i18n.t(
                "audience.closing.counts",
                s.joinedTables().size(),
                s.enqueteBallots().size() + s.rankingBallots().size(),
                s.items().size()));
    }
}
