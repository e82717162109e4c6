package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Cards;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.ItemText;
import dk.dialogforum.ui.kit.MeasuredLabel;
import dk.dialogforum.ui.kit.WrappingCell;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A vision card in the console: every item of the card with its state, the moderation actions (edit,
 * hide, highlight, merge duplicates), an item entered for a table, and in dot voting, dots for a table.
 */
public final class CardPanel implements PhasePanel {
    private final VBox box = new VBox(10);
    private final ListView<Snapshot.Item> items = new ListView<>();
    private final Map<String, Integer> dots = new LinkedHashMap<>();
    private final Label count = new Label();
    private ChoiceBox<Cards.Entry> dotItem;
    private List<List<String>> dotItemTexts;
    private final PanelKit kit;
    private final Phase phase;

    CardPanel(PanelKit kit, Phase phase) {
        this.kit = kit;
        this.phase = phase;
        build();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void update(Snapshot s) {
        // The card's results (each item with its merged sources and dots) only when there are dots to
        // count or give: while the tables write, no pass over every item of the card for each state.
        boolean anyDots = !s.dots().getOrDefault(phase.cardId(), Map.of()).isEmpty();
        Cards.CardResult result = anyDots || dotItem != null ? Cards.card(s, phase.cardId()) : null;
        Map<String, Integer> dotsNow = new LinkedHashMap<>();
        if (anyDots) {
            for (Workshop.WorksheetField f : kit.workshop().fields()) {
                result.field(f.id()).stream()
                        .filter(e -> e.dots() > 0)
                        .forEach(e -> dotsNow.put(e.item().id(), e.dots()));
            }
        }
        boolean dotsChanged = !dotsNow.equals(dots);
        dots.clear();
        dots.putAll(dotsNow);
        List<Snapshot.Item> now = s.items().stream()
                .filter(i -> i.cardId().equals(phase.cardId()) && !i.withdrawn())
                .toList();
        if (dotsChanged || !patch(items.getItems(), now)) {
            // Every row anew (an item withdrawn, or dots that change what rows say): the selection by item.
            List<String> selectedIds =
                    selected(items).stream().map(Snapshot.Item::id).toList();
            items.getItems().setAll(now);
            for (int i = 0; i < now.size(); i++) {
                if (selectedIds.contains(now.get(i).id())) {
                    items.getSelectionModel().select(i);
                }
            }
        }
        count.setText(kit.i18n().t("console.items", items.getItems().size()));
        if (dotItem != null) {
            String chosen = dotItem.getValue() == null
                    ? null
                    : dotItem.getValue().item().id();
            List<Cards.Entry> entries = new ArrayList<>();
            kit.workshop().fields().stream()
                    .filter(Workshop.WorksheetField::dotVotes)
                    .forEach(f -> entries.addAll(result.field(f.id())));
            // The list shows the items' texts: set anew only when they change, so a list the facilitator
            // has open stays open while the tables cast their dots.
            List<List<String>> texts = entries.stream()
                    .map(e -> List.of(e.item().id(), e.item().text()))
                    .toList();
            if (!texts.equals(dotItemTexts)) {
                dotItemTexts = texts;
                dotItem.getItems().setAll(entries);
                entries.stream()
                        .filter(e -> e.item().id().equals(chosen))
                        .findFirst()
                        .ifPresentOrElse(
                                dotItem::setValue, () -> dotItem.setValue(entries.isEmpty() ? null : entries.get(0)));
            }
        }
    }

    private void build() {
        I18n i18n = kit.i18n();
        Workshop w = kit.workshop();
        items.setId("items");
        items.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        items.setPrefHeight(320);
        items.setCellFactory(l -> itemCell());
        Button edit = new Button(i18n.t("console.moderate.edit"));
        edit.setId("moderateEdit");
        edit.setOnAction(e -> {
            Snapshot.Item item = items.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            editText(item, items.getScene().getWindow());
        });
        Button hide = new Button(i18n.t("console.moderate.hide"));
        hide.setId("moderateHide");
        hide.setOnAction(e -> selected(items)
                .forEach(i -> kit.send(new Command.HideItem(FxMeeting.newId(), i.id(), !i.hidden()), () -> {})));
        Button highlight = new Button(i18n.t("console.moderate.highlight"));
        highlight.setId("moderateHighlight");
        highlight.setOnAction(e -> selected(items)
                .forEach(i ->
                        kit.send(new Command.HighlightItem(FxMeeting.newId(), i.id(), !i.highlighted()), () -> {})));
        Button spotlight = spotlightButton();
        Button merge = new Button(i18n.t("console.moderate.merge"));
        merge.setId("moderateMerge");
        merge.setOnAction(e -> {
            List<Snapshot.Item> chosen = selected(items);
            if (chosen.size() >= 2) {
                kit.send(
                        new Command.MergeItems(
                                FxMeeting.newId(),
                                chosen.get(0).id(),
                                chosen.subList(1, chosen.size()).stream()
                                        .map(Snapshot.Item::id)
                                        .toList()),
                        () -> {});
            }
        });
        Label hint = new MeasuredLabel(i18n.t("console.moderate.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        FlowPane actions = new FlowPane(8, 8, edit, hide, highlight, spotlight, merge);
        actions.getChildren().forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        box.getChildren().addAll(count, items, actions, hint);
        box.getChildren().add(phase.kind() == Phase.Kind.DOTS ? dotsOnBehalf() : itemOnBehalf());
    }

    /** Puts the chosen item alone and large on the projector, on its card's slide; or takes it away. */
    private Button spotlightButton() {
        I18n i18n = kit.i18n();
        Button spotlight = new Button(i18n.t("console.moderate.spotlight"));
        spotlight.setId("moderateSpotlight");
        var shown = kit.presentation().spotlightProperty();
        spotlight
                .textProperty()
                .bind(Bindings.when(shown.isNull())
                        .then(i18n.t("console.moderate.spotlight"))
                        .otherwise(i18n.t("console.moderate.spotlightOff")));
        spotlight.setOnAction(e -> {
            Snapshot.Item item = items.getSelectionModel().getSelectedItem();
            if (shown.get() != null) {
                shown.set(null);
            } else if (item != null) {
                // Onto the projector's card slide first, where the spotlight stands.
                if (!phase.id().equals(AudienceView.shownPhase(kit.meeting().snapshot()))) {
                    kit.send(new Command.ChangePhase(FxMeeting.newId(), phase.id(), PhaseAction.SHOW), () -> {});
                }
                shown.set(item.id());
            }
        });
        return spotlight;
    }

    /** An item as the facilitator moderates it: its table and field, its text, and what was done to it. */
    private ListCell<Snapshot.Item> itemCell() {
        I18n i18n = kit.i18n();
        Workshop w = kit.workshop();
        return new WrappingCell<>() {
            @Override
            protected void updateItem(Snapshot.Item item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String table =
                        w.table(item.tableId()).map(Workshop.TableDef::name).orElse(item.tableId());
                String field = w.field(item.fieldId())
                        .map(Workshop.WorksheetField::shortTitle)
                        .orElse(item.fieldId());
                List<String> marks = new ArrayList<>();
                if (item.hidden()) {
                    marks.add(i18n.t("console.item.hidden"));
                }
                if (item.highlighted()) {
                    marks.add(i18n.t("console.item.highlighted"));
                }
                if (item.mergedInto() != null) {
                    marks.add(i18n.t("console.item.merged"));
                }
                if (!item.mergedSources().isEmpty()) {
                    marks.add(
                            i18n.t("console.item.sources", item.mergedSources().size()));
                }
                if (dots.getOrDefault(item.id(), 0) > 0) {
                    marks.add(i18n.t("console.item.dots", dots.get(item.id())));
                }
                String text = "[" + table + " · " + field + "] " + item.text()
                        + (marks.isEmpty() ? "" : "   (" + String.join(", ", marks) + ")");
                setText(text);
                setGraphic(null);
                setTooltip(new Tooltip(text));
            }
        };
    }

    /**
     * Brings {@code shown} up to {@code now} by replacing the rows whose item changed and adding the new
     * ones at the end, so the list redraws only those, however many items the card has and however
     * often the tables write; the rows keep their places and their selection. False, with nothing
     * changed, when {@code now} is not {@code shown} with changes and additions only.
     */
    static boolean patch(ObservableList<Snapshot.Item> shown, List<Snapshot.Item> now) {
        if (now.size() < shown.size()) {
            return false;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (!shown.get(i).id().equals(now.get(i).id())) {
                return false;
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            // Snapshots share the items that did not change.
            if (shown.get(i) != now.get(i)) {
                // A row replaced in place keeps its selection (CardPanelUiTest).
                shown.set(i, now.get(i));
            }
        }
        if (now.size() > shown.size()) {
            shown.addAll(now.subList(shown.size(), now.size()));
        }
        return true;
    }

    /**
     * The facilitator rewords an item in a window of its own: the whole text as the meeting holds it,
     * line breaks and all, in an area as large as the tables wrote it in, with its length against the
     * limit. Saved only if it changed.
     */
    private void editText(Snapshot.Item item, Window owner) {
        I18n i18n = kit.i18n();
        ItemText text = new ItemText(i18n, kit.workshop().textLimit(), item.text(), "moderateText");
        text.area().setPrefRowCount(6);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("console.moderate.editTitle"));
        dialog.setHeaderText(i18n.t(
                "console.moderate.editHeader",
                kit.workshop()
                        .table(item.tableId())
                        .map(Workshop.TableDef::name)
                        .orElse(item.tableId())));
        ButtonType save = new ButtonType(i18n.t("console.moderate.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("console.moderate.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(text.tooLong());
        dialog.getDialogPane().setContent(text.node());
        dialog.getDialogPane().setPrefWidth(640);
        dialog.setResultConverter(button -> button == save ? text.text() : null);
        dialog.setOnShown(e -> text.area().requestFocus());
        dialog.showAndWait()
                .filter(t -> !t.equals(item.text()))
                .ifPresent(t -> kit.send(new Command.ModerateText(FxMeeting.newId(), item.id(), t), () -> {}));
    }

    private static List<Snapshot.Item> selected(ListView<Snapshot.Item> items) {
        return List.copyOf(items.getSelectionModel().getSelectedItems());
    }

    private Node itemOnBehalf() {
        I18n i18n = kit.i18n();
        Workshop w = kit.workshop();
        ChoiceBox<Workshop.TableDef> table = kit.tableChoice();
        ChoiceBox<Workshop.WorksheetField> field =
                kit.choice(w.fields(), Workshop.WorksheetField::shortTitle, "fieldChoice");
        ItemText text = new ItemText(i18n, w.textLimit(), "", "itemText");
        Button add = new Button(i18n.t("console.onBehalf.add"));
        add.setId("addItem");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(text.tooLong());
        add.setOnAction(e -> kit.send(
                new Command.AddItem(
                        FxMeeting.newId(),
                        table.getValue().id(),
                        phase.cardId(),
                        field.getValue().id(),
                        text.text()),
                text::clear));
        VBox form = new VBox(8, new HBox(10, table, field), text.node(), add, kit.feedback());
        form.setPadding(new Insets(8));
        return kit.onBehalf(i18n.t("console.onBehalf.itemTitle"), form);
    }

    private Node dotsOnBehalf() {
        I18n i18n = kit.i18n();
        Workshop w = kit.workshop();
        ChoiceBox<Workshop.TableDef> table = kit.tableChoice();
        ChoiceBox<Cards.Entry> item =
                kit.choice(List.<Cards.Entry>of(), e -> e.item().text(), "dotItem");
        dotItem = item;
        item.setMaxWidth(520);
        Spinner<Integer> count = new Spinner<>(0, w.voting().dotVotesPerTable(), 1);
        count.setId("dotCount");
        Button give = new Button(i18n.t("console.onBehalf.dots"));
        give.setId("giveDots");
        give.getStyleClass().add("accent");
        give.setOnAction(e -> {
            if (item.getValue() == null) {
                return;
            }
            String tableId = table.getValue().id();
            Map<String, Integer> now = new LinkedHashMap<>(kit.meeting()
                    .snapshot()
                    .dots()
                    .getOrDefault(phase.cardId(), Map.of())
                    .getOrDefault(tableId, Map.of()));
            now.put(item.getValue().item().id(), count.getValue());
            kit.send(new Command.CastDots(FxMeeting.newId(), tableId, phase.cardId(), now), () -> {});
        });
        VBox form = new VBox(8, new HBox(10, table, item, count), give, kit.feedback());
        form.setPadding(new Insets(8));
        return kit.onBehalf(i18n.t("console.onBehalf.dotsTitle", w.voting().dotVotesPerTable()), form);
    }
}
