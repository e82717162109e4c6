package dk.dialogforum.ui;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Cards;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A vision card: the card itself until the tables start writing, then one live column per worksheet
 * field, each item marked with its tables. In dot voting, the dot field's items by their dots.
 */
final class CardSlide implements Slide {
    private final I18n i18n;
    private final Workshop w;
    private final Phase phase;
    private final Workshop.VisionCard card;
    private final BorderPane root = new BorderPane();
    /** The live columns, built once and refilled on each update. */
    private HBox columnsView;
    private final List<Label> fieldHeaders = new ArrayList<>();
    private final List<LiveColumn> fieldColumns = new ArrayList<>();

    CardSlide(I18n i18n, Workshop w, Phase phase) {
        this.i18n = i18n;
        this.w = w;
        this.phase = phase;
        this.card = w.card(phase.cardId()).orElseThrow();
        root.getStyleClass().add("slide");
        String kicker = phase.kind() == Phase.Kind.DOTS ? i18n.t("audience.dots.kicker")
                : card.kicker() == null ? i18n.t("audience.card.kicker") : card.kicker();
        root.setTop(SlideParts.heading(kicker, card.title()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void update(Snapshot s) {
        Cards.CardResult result = Cards.card(s, card.id());
        if (phase.kind() == Phase.Kind.DOTS) {
            root.setCenter(dots(s, result));
        } else if (result.count() == 0) {
            root.setCenter(description(s));
        } else {
            Node columns = columns(result);
            if (root.getCenter() != columns) {
                root.setCenter(columns);
            }
        }
    }

    private Node description(Snapshot s) {
        VBox box = new VBox(24);
        box.setPadding(new Insets(24, 0, 0, 0));
        if (card.description() != null) {
            FittingColumn text = new FittingColumn(18, n -> "…");
            List<Node> paragraphs = new ArrayList<>();
            for (String p : card.description().split("\n\\s*\n")) {
                paragraphs.add(SlideParts.label(p.strip(), "slide-body"));
            }
            text.setEntries(paragraphs);
            VBox.setVgrow(text, Priority.ALWAYS);
            box.getChildren().add(text);
        }
        String fields = String.join(" · ", w.fields().stream().map(Workshop.WorksheetField::shortTitle).toList());
        box.getChildren().add(SlideParts.label(s.phase(phase.id()).open() ? i18n.t("audience.card.open", fields)
                : i18n.t("audience.card.notOpen"), "slide-muted"));
        return box;
    }

    private Node columns(Cards.CardResult result) {
        if (columnsView == null) {
            columnsView = new HBox(28);
            columnsView.setPadding(new Insets(28, 0, 0, 0));
            for (Workshop.WorksheetField f : w.fields()) {
                LiveColumn column = new LiveColumn(new FittingColumn(14, n -> i18n.t("audience.more.items", n)));
                VBox.setVgrow(column.column, Priority.ALWAYS);
                Label header = SlideParts.label("", "column-header");
                VBox box = new VBox(14, header, column.column);
                box.getStyleClass().add("field-column");
                box.setPrefWidth(1);
                HBox.setHgrow(box, Priority.ALWAYS);
                columnsView.getChildren().add(box);
                fieldHeaders.add(header);
                fieldColumns.add(column);
            }
        }
        for (int k = 0; k < w.fields().size(); k++) {
            Workshop.WorksheetField f = w.fields().get(k);
            List<Cards.Entry> entries = new ArrayList<>(result.field(f.id()));
            // Highlighted first, then newest first: what was just written is always on screen.
            entries.sort(Comparator.comparing((Cards.Entry e) -> !e.item().highlighted())
                    .thenComparing(Comparator.comparingLong((Cards.Entry e) -> e.item().seq()).reversed()));
            fieldColumns.get(k).show(entries);
            fieldHeaders.get(k).setText(f.shortTitle() + "  (" + entries.size() + ")");
        }
        return columnsView;
    }

    /**
     * A live column whose item cards live as long as the slide: an item on screen keeps its card, and the
     * card of an item that dropped off shows the next new one. A new item then costs new text in a card
     * already styled, not a new node with its skin and CSS pass, however fast the tables write.
     */
    private final class LiveColumn {
        private final FittingColumn column;
        private final Map<String, ItemCard> byItem = new HashMap<>();
        private final java.util.ArrayDeque<ItemCard> idle = new java.util.ArrayDeque<>();

        LiveColumn(FittingColumn column) {
            this.column = column;
        }

        void show(List<Cards.Entry> entries) {
            List<Cards.Entry> top = entries.subList(0, Math.min(FittingColumn.MAX_BUILT, entries.size()));
            java.util.Set<String> ids = new java.util.HashSet<>();
            top.forEach(e -> ids.add(e.item().id()));
            for (var it = byItem.values().iterator(); it.hasNext(); ) {
                ItemCard card = it.next();
                if (!ids.contains(card.itemId)) {
                    it.remove();
                    idle.add(card);
                }
            }
            List<Node> shown = new ArrayList<>(top.size());
            for (Cards.Entry e : top) {
                ItemCard card = byItem.get(e.item().id());
                if (card == null) {
                    card = idle.isEmpty() ? new ItemCard() : idle.pop();
                    byItem.put(e.item().id(), card);
                }
                card.show(e);
                shown.add(card);
            }
            column.show(shown, idle, entries.size() - top.size());
        }
    }

    private static final javafx.css.PseudoClass HIGHLIGHTED = javafx.css.PseudoClass.getPseudoClass("highlighted");

    /** One item as the room sees it: the chips of its tables beside its text; it can show any item. */
    private final class ItemCard extends HBox {
        private final VBox tables = new VBox(6);
        private final Label text = SlideParts.label("", "item-text");
        private String itemId;

        ItemCard() {
            super(14);
            tables.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            getChildren().addAll(tables, text);
            getStyleClass().add("item-card");
        }

        void show(Cards.Entry e) {
            itemId = e.item().id();
            text.setText((e.item().highlighted() ? "★ " : "") + e.item().text());
            pseudoClassStateChanged(HIGHLIGHTED, e.item().highlighted());
            List<Workshop.TableDef> defs = new ArrayList<>();
            e.tableIds().forEach(id -> w.table(id).ifPresent(defs::add));
            List<Node> chips = tables.getChildren();
            while (chips.size() < defs.size()) {
                Label chip = SlideParts.chip(defs.get(chips.size()), false);
                chip.getStyleClass().add("table-chip-small");
                chips.add(chip);
            }
            for (int i = 0; i < chips.size(); i++) {
                boolean used = i < defs.size();
                chips.get(i).setVisible(used);
                chips.get(i).setManaged(used);
                if (used) {
                    SlideParts.paintChip((Label) chips.get(i), defs.get(i));
                }
            }
        }
    }

    private Node dots(Snapshot s, Cards.CardResult result) {
        VBox box = new VBox(16);
        box.setPadding(new Insets(24, 0, 0, 0));
        Map<String, Map<String, Integer>> byTable = s.dots().getOrDefault(card.id(), Map.of());
        long voted = byTable.values().stream().filter(m -> !m.isEmpty()).count();
        box.getChildren().add(SlideParts.label(i18n.t("audience.dots.progress", voted, w.tables().size(),
                w.voting().dotVotesPerTable()), "slide-muted"));
        List<Cards.Entry> entries = new ArrayList<>();
        for (Workshop.WorksheetField f : w.fields()) {
            if (f.dotVotes()) {
                entries.addAll(result.field(f.id()));
            }
        }
        entries.sort(Comparator.comparingInt(Cards.Entry::dots).reversed().thenComparingLong(e -> e.item().seq()));
        FittingColumn column = new FittingColumn(14, n -> i18n.t("audience.more.items", n));
        column.setEntries(entries, e -> {
            Label dots = SlideParts.label(String.valueOf(e.dots()), "dot-count");
            dots.setMinWidth(90);
            ItemCard card = new ItemCard();
            card.show(e);
            HBox.setHgrow(card, Priority.ALWAYS);
            return SlideParts.row(20, dots, card);
        });
        VBox.setVgrow(column, Priority.ALWAYS);
        box.getChildren().add(column);
        return box;
    }
}
