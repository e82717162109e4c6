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
 * The seats to pick from. A seat another laptop is connected at is marked, and taking it asks first: a
 * table may have a second laptop, but a table that picks another's seat by mistake would enter for it.
 * Built once per meeting, so that a refresh does not undo a table's half-made choice.
 */
final class SeatPicker {
    private final I18n i18n;
    private final TableClient client;
    private final Workshop workshop;
    private final Map<String, Button> seatButtons = new HashMap<>();
    private final VBox box;

    SeatPicker(I18n i18n, TableClient client, Workshop workshop) {
        this.i18n = i18n;
        this.client = client;
        this.workshop = workshop;
        this.box = build();
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
        VBox confirm = new VBox(10);
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
        update();
        VBox picker = new VBox(
                16,
                label(workshop.meeting().title(), "card-title"),
                label(i18n.t("table.chooseSeat"), "muted"),
                buttons,
                confirm);
        picker.setPadding(new Insets(32));
        return picker;
    }

    /** Marks the seats a laptop is at now, as the host last said. */
    void update() {
        Set<String> taken = client.takenSeats();
        for (Workshop.TableDef t : workshop.tables()) {
            Button b = seatButtons.get(t.id());
            if (b != null) {
                b.setText(taken.contains(t.id()) ? i18n.t("table.seat.inUse", t.name()) : t.name());
            }
        }
    }
}
