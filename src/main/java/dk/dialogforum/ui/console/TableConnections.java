package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.MeasuredLabel;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * On the console, all meeting: which tables have a laptop connected now, which have dropped out since they
 * joined (a laptop asleep, the Wi-Fi gone), and which have not joined yet. The facilitator sees at once
 * which table to walk over to.
 */
public final class TableConnections {
    private final I18n i18n;
    private final Workshop workshop;
    private final Label heading = new MeasuredLabel();
    private final FlowPane chips = new FlowPane(6, 6);
    private final Label problemLabel = new MeasuredLabel();
    private final VBox box = new VBox(8, heading, problemLabel, chips);
    private RoomStatus roomShown;
    private Set<String> joinedShown;
    private Set<String> connectedShown;
    private boolean shown;

    private final List<Label> chipList = new ArrayList<>();

    TableConnections(I18n i18n, Workshop workshop, Runnable printWorksheets) {
        this.i18n = i18n;
        this.workshop = workshop;
        // For a table whose laptop fails: its paper forms, to enter on its behalf afterwards.
        Button print = new Button(i18n.t("console.worksheets"));
        print.setId("printWorksheets");
        print.setOnAction(e -> printWorksheets.run());
        box.getChildren().add(print);
        heading.getStyleClass().add("console-section");
        heading.setId("tablesHeading");
        heading.setWrapText(true);
        chips.setId("tableConnections");
        problemLabel.setId("networkProblem");
        problemLabel.setWrapText(true);
        problemLabel.getStyleClass().add("feedback-error");
        problemLabel.setVisible(false);
        problemLabel.setManaged(false);
        // One chip per table, made once and changed in place as tables come and go.
        for (Workshop.TableDef t : workshop.tables()) {
            Label chip = new Label(t.name());
            chip.setId("connection-" + t.id());
            chip.getStyleClass().add("console-chip");
            chip.setTooltip(new Tooltip());
            chipList.add(chip);
        }
        chips.getChildren().setAll(chipList);
    }

    /** What keeps the tables out of the meeting, and what to do about it. */
    private String problemText(RoomStatus room) {
        String key = switch (room.state()) {
            case NO_NETWORK -> "console.network.noLan";
            case PORTS_TAKEN -> "console.network.portsTaken";
            default -> "console.network.failed";
        };
        String detail = room.detail() == null ? "" : room.detail();
        int first = HostIdentity.firstPort();
        return i18n.t(key, detail, first, first + HostIdentity.PORTS_TRIED - 1);
    }

    /** How many of the workshop's tables are in {@code there}. */
    static int count(Workshop workshop, Set<String> there) {
        return (int)
                workshop.tables().stream().filter(t -> there.contains(t.id())).count();
    }

    Node node() {
        return box;
    }

    /** Shows {@code connected} (null while the meeting has no network) beside the tables {@code s} says joined. */
    void update(Snapshot s, Set<String> connected, RoomStatus room) {
        Set<String> joined = s.joinedTables();
        if (shown
                && joined.equals(joinedShown)
                && Objects.equals(connected, connectedShown)
                && Objects.equals(room, roomShown)) {
            return;
        }
        shown = true;
        joinedShown = joined;
        connectedShown = connected;
        roomShown = room;
        boolean problem = room.problem();
        int tables = workshop.tables().size();
        heading.setText(
                s.closed()
                        ? i18n.t("console.tables.ended", count(workshop, joined), tables)
                        : connected == null
                                ? i18n.t(problem ? "console.tables.down" : "console.tables.starting")
                                : i18n.t("console.tables", count(workshop, connected), tables));
        // What keeps the tables out, where the facilitator looks for them, until it is mended.
        problemLabel.setText(problem ? problemText(room) : "");
        problemLabel.setVisible(problem);
        problemLabel.setManaged(problem);
        for (int i = 0; i < tables; i++) {
            Workshop.TableDef t = workshop.tables().get(i);
            Label chip = chipList.get(i);
            boolean now = connected != null && connected.contains(t.id());
            boolean lost = connected != null && !now && joined.contains(t.id());
            String state = now ? "connected" : lost ? "lost" : joined.contains(t.id()) ? "joined" : "notYet";
            chip.setText(lost ? i18n.t("console.tableChip.lost", t.name()) : t.name());
            chip.getStyleClass().removeAll("console-chip-done", "console-chip-lost", "console-chip-waiting");
            chip.setStyle("");
            switch (state) {
                case "connected", "joined" -> {
                    chip.getStyleClass().add("console-chip-done");
                    chip.setStyle("-fx-border-color: " + t.colour().hex() + ";");
                }
                case "lost" -> chip.getStyleClass().add("console-chip-lost");
                default -> chip.getStyleClass().add("console-chip-waiting");
            }
            chip.getTooltip().setText(i18n.t("console.tableState." + state, t.name()));
        }
    }
}
