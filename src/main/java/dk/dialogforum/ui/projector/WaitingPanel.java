package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.ui.kit.ChipFlow;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** "4 of 6 tables have answered", with the tables that have, before the facilitator reveals the result. */
public final class WaitingPanel extends VBox {
    private final I18n i18n;
    private final Workshop w;
    private final Label count = new Label();
    private final Label detail = new Label();
    private final ChipFlow chips;

    WaitingPanel(I18n i18n, Workshop w) {
        super(24);
        this.i18n = i18n;
        this.w = w;
        this.chips = new ChipFlow(16, 16, HPos.CENTER, n -> i18n.t("audience.more.tables", n));
        setAlignment(Pos.CENTER);
        count.getStyleClass().add("waiting-count");
        count.setId("waitingCount");
        detail.getStyleClass().add("slide-body");
        detail.setWrapText(true);
        getChildren().addAll(count, detail, chips);
    }

    /**
     * Who has answered, and whether voting is open, closed, or not yet opened; {@code fromFirstBallot}: the
     * result shows as soon as a ballot is in (the live ranking, when the workshop says so).
     */
    void show(Set<String> answered, int ballots, Snapshot.PhaseStatus phase, boolean fromFirstBallot) {
        int n = w.tables().size();
        count.setText(i18n.t("audience.waiting.count", answered.size(), n));
        String state = phase.open()
                ? i18n.t(fromFirstBallot ? "audience.waiting.openFirst" : "audience.waiting.open")
                : i18n.t(phase.everOpened() ? "audience.waiting.closed" : "audience.waiting.notOpen");
        detail.setText(
                w.voting().mode() == Workshop.VotingMode.INDIVIDUAL
                        ? i18n.t("audience.waiting.ballots", ballots) + " · " + state
                        : state);
        List<Label> shown = new ArrayList<>();
        for (Workshop.TableDef t : w.tables()) {
            shown.add(SlideParts.chip(t, !answered.contains(t.id())));
        }
        chips.setChips(shown);
    }
}
