package dk.dialogforum.ui.console;

import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.MeasuredLabel;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Workshop;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * In individual voting, the participants at each table (a phone each, or a turn at a laptop going round) and
 * how many a table may have: the facilitator raises it for a big table or lowers it when someone is stuffing.
 */
final class ParticipantsPanel {
    /** The most a table may be set to take. */
    static final int MOST = 50;

    private final VBox box;

    ParticipantsPanel(I18n i18n, Workshop workshop, Presentation presentation) {
        Label counts = new MeasuredLabel();
        counts.setId("participantCounts");
        counts.setWrapText(true);
        presentation.participantsProperty().addListener((o, was, now) -> counts.setText(text(i18n, workshop, now)));
        counts.setText(text(i18n, workshop, presentation.participantsProperty().get()));
        Spinner<Integer> cap =
                new Spinner<>(1, MOST, presentation.participantCapProperty().get());
        cap.setId("participantCap");
        cap.setEditable(true);
        cap.setPrefWidth(80);
        cap.valueProperty()
                .addListener(
                        (o, was, now) -> presentation.participantCapProperty().set(now));
        FlowPane capRow = new FlowPane(6, 6, new Label(i18n.t("console.participants.cap")), cap);
        capRow.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, counts, capRow);
        boolean individual = workshop.voting().mode() == Workshop.VotingMode.INDIVIDUAL;
        box.setVisible(individual);
        box.setManaged(individual);
    }

    private static String text(I18n i18n, Workshop workshop, Map<String, Integer> counts) {
        String each = workshop.tables().stream()
                .map(t -> i18n.t("console.participants.table", t.name(), counts.getOrDefault(t.id(), 0)))
                .collect(Collectors.joining(" · "));
        return i18n.t("console.participants", each);
    }

    Node node() {
        return box;
    }
}
