package dk.dialogforum.ui.table;

import dk.dialogforum.net.TableClient;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.workshop.Workshop;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import static dk.dialogforum.ui.table.TableLabels.label;

/**
 * The seats to pick from. A seat another laptop owns is marked, and taking it asks the facilitator, who may
 * let this laptop replace the other (a laptop that broke down) or not (a table that picked another's seat by
 * mistake, or someone who read the code off the projector).
 * Built once per meeting, so that a refresh does not undo a table's half-made choice.
 */
final class SeatPicker {
    private final I18n i18n;
    private final TableClient client;
    private final Workshop workshop;
    private final Map<String, Button> seatButtons = new HashMap<>();
    /** Says that the laptop waits for the facilitator, or was not allowed the seat it asked for. */
    private final VBox waiting = new VBox(10);

    private final VBox confirm = new VBox(10);

    private final VBox box;

    SeatPicker(I18n i18n, TableClient client, Workshop workshop) {
        this.i18n = i18n;
        this.client = client;
        this.workshop = workshop;
        this.box = build();
    }

    private String name(String tableId) {
        return workshop.table(tableId).map(Workshop.TableDef::name).orElse(tableId);
    }

    /** The meeting whose seats these are. */
    Workshop workshop() {
        return workshop;
    }

    Node node() {
        return box;
    }

    private VBox build() {
        FlowPane buttons = new FlowPane(12, 12);
        confirm.setId("seatConfirm");
        for (Workshop.TableDef t : workshop.tables()) {
            Button b = new Button(t.name());
            b.setId("seat-" + t.id());
            b.setStyle("-fx-border-color: " + t.colour().hex() + "; -fx-border-width: 3; -fx-font-size: 18px;");
            seatButtons.put(t.id(), b);
            b.setOnAction(e -> {
                if (!client.takenSeats().contains(t.id())) {
                    client.takeSeat(t.id());
                    return;
                }
                Button yes = new Button(i18n.t("table.seat.confirm", t.name()));
                yes.setId("seatConfirmYes");
                yes.getStyleClass().add("accent");
                yes.setOnAction(x -> client.takeSeat(t.id()));
                Button no = new Button(i18n.t("table.seat.other"));
                no.setOnAction(x -> confirm.getChildren().clear());
                Label why = label(i18n.t("table.seat.inUseText", t.name()), "feedback-error");
                why.setMaxWidth(640);
                confirm.getChildren().setAll(why, new HBox(8, yes, no));
            });
            buttons.getChildren().add(b);
        }
        waiting.setId("seatWaiting");
        update();
        VBox picker = new VBox(
                16,
                label(workshop.meeting().title(), "card-title"),
                label(i18n.t("table.chooseSeat"), "muted"),
                waiting,
                buttons,
                confirm);
        confirm.visibleProperty().bind(waiting.visibleProperty().not());
        picker.setPadding(new Insets(32));
        return picker;
    }

    /** Marks the seats a laptop owns, as the host last said, and whether this one waits for one. */
    void update() {
        String asked = client.seatWaiting();
        String refused = client.seatRefused();
        if (asked != null) {
            confirm.getChildren().clear();
            Button other = new Button(i18n.t("table.seat.stopWaiting"));
            other.setId("seatStopWaiting");
            other.setOnAction(e -> client.stopWaitingForSeat());
            Label why = label(i18n.t("table.seat.waiting", name(asked)), "feedback");
            why.setMaxWidth(640);
            waiting.getChildren().setAll(why, other);
        } else if (refused != null) {
            Label why = label(i18n.t("table.seat.refused", name(refused)), "feedback-error");
            why.setMaxWidth(640);
            waiting.getChildren().setAll(why);
        } else {
            waiting.getChildren().clear();
        }
        waiting.setVisible(asked != null || refused != null);
        waiting.setManaged(waiting.isVisible());
        seatButtons.values().forEach(b -> b.setDisable(asked != null));
        Set<String> taken = client.takenSeats();
        for (Workshop.TableDef t : workshop.tables()) {
            Button b = seatButtons.get(t.id());
            if (b != null) {
                b.setText(taken.contains(t.id()) ? i18n.t("table.seat.inUse", t.name()) : t.name());
            }
        }
    }
}
