package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.workshop.Workshop;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** Each table with whether (and when) it has sent a ballot. */
public final class ParticipationList {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ParticipationList() {}

    static Node of(I18n i18n, Snapshot s, List<Snapshot.Ballot> ballots) {
        FlowPane pane = new FlowPane(10, 8);
        pane.setId("participation");
        for (Workshop.TableDef t : s.workshop().tables()) {
            List<Snapshot.Ballot> own =
                    ballots.stream().filter(b -> b.tableId().equals(t.id())).toList();
            String text = own.isEmpty()
                    ? i18n.t("console.table.waiting", t.name())
                    : i18n.t(
                            "console.table.answered",
                            t.name(),
                            own.size(),
                            TIME.format(
                                    Instant.ofEpochMilli(own.get(own.size() - 1).at())
                                            .atZone(ZoneId.systemDefault())));
            Label l = new Label(text);
            l.getStyleClass().addAll("console-chip", own.isEmpty() ? "console-chip-waiting" : "console-chip-done");
            if (!own.isEmpty()) {
                l.setStyle("-fx-border-color: " + t.colour().hex() + ";");
            }
            pane.getChildren().add(l);
        }
        return pane;
    }
}
