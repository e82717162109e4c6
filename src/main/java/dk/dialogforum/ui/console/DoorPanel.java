package dk.dialogforum.ui.console;

import dk.dialogforum.net.Door;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.MeasuredLabel;
import dk.dialogforum.workshop.Workshop;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The meeting's door on the console: each laptop that asks for a seat another laptop owns, with the
 * facilitator's choice to let it take the seat (the other gives way) or not; and a warning while wrong join
 * codes come so thick that someone may be guessing. Hidden while there is nothing to decide.
 */
final class DoorPanel {
    private final I18n i18n;
    private final Workshop workshop;
    private final ObjectProperty<Door.View> door;
    private final VBox box = new VBox(6);
    private final ChangeListener<Door.View> onChange = (o, was, now) -> show(now);
    private BiConsumer<String, Door.Answer> keeper = (id, answer) -> {};
    /** Where the console says what was done. */
    private Consumer<String> said = text -> {};

    DoorPanel(I18n i18n, Workshop workshop, ObjectProperty<Door.View> door) {
        this.i18n = i18n;
        this.workshop = workshop;
        this.door = door;
        box.setId("door");
        box.getStyleClass().addAll("df-card", "card-warning");
        box.setPadding(new Insets(10, 16, 10, 16));
        VBox.setMargin(box, new Insets(8, 16, 0, 16));
        door.addListener(onChange);
        show(door.get());
    }

    Node node() {
        return box;
    }

    /** Who answers a request: the meeting's network, once it is open. */
    void setKeeper(BiConsumer<String, Door.Answer> keeper) {
        this.keeper = keeper;
    }

    /** Where the console says what an answer did. */
    void setSaid(Consumer<String> said) {
        this.said = said;
    }

    void dispose() {
        door.removeListener(onChange);
    }

    private Button answer(Door.Request r, Door.Answer answer, String name, String table) {
        Button b = new Button(i18n.t("console.door." + name));
        b.setId("door-" + name + "-" + r.tableId());
        b.setTooltip(new Tooltip(i18n.t("console.door." + name + ".tip", table)));
        b.setOnAction(e -> {
            keeper.accept(r.id(), answer);
            said.accept(i18n.t("console.door.done." + name, table));
        });
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (answer == Door.Answer.REPLACE) {
            b.getStyleClass().add("accent");
        }
        return b;
    }

    private void show(Door.View view) {
        box.getChildren().clear();
        for (Door.Request r : view.waiting()) {
            String table =
                    workshop.table(r.tableId()).map(Workshop.TableDef::name).orElse(r.tableId());
            Label what = new MeasuredLabel(i18n.t("console.door.request", table, r.address()));
            what.setWrapText(true);
            what.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox row = new HBox(
                    8,
                    what,
                    answer(r, Door.Answer.REPLACE, "replace", table),
                    answer(r, Door.Answer.ADD, "add", table),
                    answer(r, Door.Answer.REFUSE, "refuse", table));
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        if (view.guessing()) {
            Label guessing = new MeasuredLabel(i18n.t("console.door.guessing", view.wrongCodes()));
            guessing.setId("doorGuessing");
            guessing.setWrapText(true);
            guessing.getStyleClass().add("feedback-error");
            box.getChildren().add(guessing);
        }
        box.setVisible(!box.getChildren().isEmpty());
        box.setManaged(box.isVisible());
    }
}
