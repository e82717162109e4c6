package dk.dialogforum.ui.table;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.net.Wire;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.ItemText;
import dk.dialogforum.ui.kit.Reveal;
import dk.dialogforum.ui.kit.Segmented;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import static dk.dialogforum.ui.table.TableLabels.label;

/**
 * A vision card's worksheet: the table picks a field with one click, writes an item and adds it (Ctrl+Enter
 * too), and sees its own items, newest first right under the form, with what the facilitator merged, hid or
 * highlighted, and can edit or withdraw them. The card's text is folded to a few lines, so the form and
 * what was just written stay in view on a small screen.
 */
final class CardItemsForm implements TablePhase {
    private final I18n i18n;
    private final Workshop w;
    private final Workshop.VisionCard card;
    private final Entries entries;
    private final VBox box = new VBox(14);
    private final VBox mine = new VBox(10);
    /** The item being edited or withdrawn now: its row is left alone while the list refreshes. */
    private String busyItem;

    private Wire.State last;

    CardItemsForm(I18n i18n, Workshop w, Phase phase, Entries entries) {
        this.i18n = i18n;
        this.w = w;
        this.card = w.card(phase.cardId()).orElseThrow();
        this.entries = entries;
        build();
    }

    @Override
    public Node node() {
        return box;
    }

    /** Lines of the card's text shown before the table unfolds it. */
    private static final int FOLDED_LINES = 3;

    private void build() {
        if (card.description() != null) {
            box.getChildren().add(cardText(card.description()));
        }
        // The fields as buttons named briefly, so none is cut; the chosen field's whole question under them.
        Segmented<Workshop.WorksheetField> field =
                new Segmented<>(w.fields(), Workshop.WorksheetField::shortTitle, "tableField", false);
        field.valueProperty().set(w.fields().get(0));
        Label question = label(field.getValue().title(), "label");
        question.setId("tableFieldTitle");
        field.valueProperty().addListener((o, was, now) -> question.setText(now == null ? "" : now.title()));
        ItemText text = new ItemText(i18n, w.textLimit(), "", "tableText");
        Button add = addButton(field, text);
        // Ctrl+Enter adds, as the button does, and the table writes on.
        text.area().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD.match(e)) {
                e.consume();
                if (!add.isDisabled()) {
                    add.fire();
                }
            }
        });
        Label keys = label(i18n.t("table.addKeys"), "muted");
        mine.setId("tableMine");
        box.getChildren()
                .addAll(
                        field,
                        question,
                        text.node(),
                        new HBox(12, add, keys),
                        label(i18n.t("table.mine"), "console-section"),
                        mine);
        ((HBox) add.getParent()).setAlignment(Pos.CENTER_LEFT);
    }

    /** Adds what the table wrote in {@code field}; offered once per text until the host has answered. */
    private Button addButton(Segmented<Workshop.WorksheetField> field, ItemText text) {
        Button add = new Button(i18n.t("table.addItem"));
        add.setId("tableAdd");
        add.getStyleClass().add("accent");
        // The text sent and not yet answered: it stays in the field until the host holds it (a refusal leaves
        // it to mend), and "add" is not offered for it a second time meanwhile, so a table waiting on a slow
        // network does not write the same item twice.
        StringProperty unanswered = new SimpleStringProperty();
        add.disableProperty()
                .bind(text.tooLong()
                        .or(Bindings.createBooleanBinding(
                                () -> text.text().equals(unanswered.get()),
                                text.area().textProperty(),
                                unanswered)));
        add.setOnAction(e -> {
            String written = text.text();
            unanswered.set(written);
            entries.send(
                    new Command.AddItem(
                            Entries.newId(),
                            entries.tableId(),
                            card.id(),
                            field.getValue().id(),
                            written),
                    () -> {
                        // What the table has begun writing since is its next item, and stays.
                        if (text.text().equals(written)) {
                            text.clear();
                            text.area().requestFocus();
                        }
                        unanswered.set(null);
                    },
                    () -> unanswered.set(null));
        });
        return add;
    }

    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    /** The card's text folded to its first lines, with a link to unfold it, and to fold it again. */
    private Node cardText(String description) {
        Label text = label(description, "muted");
        text.setId("tableCardText");
        text.setEllipsisString("…");
        Hyperlink more = new Hyperlink(i18n.t("table.card.more"));
        more.setId("tableCardMore");
        Runnable fold = () -> {
            boolean folded = more.getText().equals(i18n.t("table.card.more"));
            double line = text.getFont().getSize() * 1.4;
            text.setMinHeight(folded ? 0 : Region.USE_PREF_SIZE);
            text.setMaxHeight(folded ? Math.ceil(line * FOLDED_LINES) : Region.USE_COMPUTED_SIZE);
        };
        more.setOnAction(e -> {
            more.setText(
                    i18n.t(more.getText().equals(i18n.t("table.card.more")) ? "table.card.less" : "table.card.more"));
            fold.run();
        });
        fold.run();
        return new VBox(2, text, more);
    }

    @Override
    public void update(Wire.State state) {
        last = state;
        if (busyItem != null && state.items().stream().anyMatch(i -> i.id().equals(busyItem))) {
            return;
        }
        busyItem = null;
        mine.getChildren().clear();
        if (state.items().isEmpty()) {
            mine.getChildren().add(label(i18n.t("table.mine.none"), "muted"));
        }
        // Newest first: what the table just wrote stands right under the form.
        for (int k = state.items().size() - 1; k >= 0; k--) {
            mine.getChildren().add(itemRow(state.items().get(k)));
        }
    }

    /** One of the table's own items: what it says, what the facilitator did with it, and edit / withdraw. */
    private Node itemRow(Wire.TableItem item) {
        String fieldName =
                w.field(item.fieldId()).map(Workshop.WorksheetField::shortTitle).orElse(item.fieldId());
        VBox text = new VBox(4, label(fieldName + ": " + item.tableText(), "label"));
        if (!item.text().equals(item.tableText())) {
            text.getChildren().add(label(i18n.t("table.item.reworded", item.text()), "muted"));
        }
        if (item.mergedIntoText() != null) {
            text.getChildren().add(label(i18n.t("table.item.merged", item.mergedIntoText()), "muted"));
        }
        if (item.hidden()) {
            text.getChildren().add(label(i18n.t("table.item.hidden"), "muted"));
        }
        if (item.highlighted()) {
            text.getChildren().add(label(i18n.t("table.item.highlighted"), "muted"));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button edit = new Button(i18n.t("table.item.edit"));
        edit.setId("edit-" + item.id());
        Button withdraw = new Button(i18n.t("table.item.withdraw"));
        withdraw.setId("withdraw-" + item.id());
        HBox buttons = new HBox(8, edit, withdraw);
        // A long item wraps; its buttons keep their whole names.
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, text, buttons);
        row.setId("mine-" + item.id());
        row.getStyleClass().add("table-item");
        row.setAlignment(Pos.CENTER_LEFT);
        edit.setOnAction(e -> edit(item, fieldName, row));
        withdraw.setOnAction(e -> {
            busyItem = item.id();
            Button yes = new Button(i18n.t("table.item.confirmWithdraw"));
            yes.setId("confirmWithdraw-" + item.id());
            yes.getStyleClass().add("danger");
            Button cancel = new Button(i18n.t("table.item.cancel"));
            cancel.setOnAction(x -> endBusy());
            yes.setOnAction(x -> entries.send(
                    new Command.WithdrawItem(Entries.newId(), entries.tableId(), item.id()), this::endBusy));
            buttons.getChildren().setAll(yes, cancel);
        });
        return row;
    }

    /** Turns an item's row into its edit form: the table's own words, to correct and save. */
    private void edit(Wire.TableItem item, String fieldName, HBox row) {
        busyItem = item.id();
        ItemText area = new ItemText(i18n, w.textLimit(), item.tableText(), "editText");
        Button save = new Button(i18n.t("table.item.save"));
        save.setId("saveEdit");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(area.tooLong());
        Button cancel = new Button(i18n.t("table.item.cancel"));
        cancel.setOnAction(x -> endBusy());
        save.setOnAction(x -> entries.send(
                new Command.EditItem(Entries.newId(), entries.tableId(), item.id(), area.text()), this::endBusy));
        row.getChildren().setAll(new VBox(8, label(fieldName, "label"), area.node(), new HBox(8, save, cancel)));
        HBox.setHgrow(row.getChildren().get(0), Priority.ALWAYS);
        // The table types its correction at once, after its own words.
        area.area().requestFocus();
        area.area().end();
        // Opened near the bottom of the page, the whole form is scrolled into view, its buttons too.
        Reveal.afterLayout(row);
    }

    private void endBusy() {
        busyItem = null;
        if (last != null) {
            update(last);
        }
    }
}
