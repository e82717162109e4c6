package dk.dialogforum.ui.projector;

import dk.dialogforum.results.Cards;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One item as the room sees it: the chips of its tables beside its text, or above it in a narrow
 * column (many worksheet fields), so the text keeps a readable width; it can show any item.
 */
final class ItemCard extends Region {
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    /** Below this width the chips go above the text. */
    private static final double NARROW = 420;

    private static final double GAP = 14;
    private final VBox tables = new VBox(6);
    private final Label text = SlideParts.label("", "item-text", SlideParts.CLAMPED);
    /** The item this card shows now. */
    private Cards.Entry shown;

    private final Workshop w;

    ItemCard(Workshop w) {
        this.w = w;
        text.setEllipsisString("…");
        getChildren().addAll(tables, text);
        getStyleClass().add("item-card");
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** The chips' width beside the text: their own, up to 40 % of the card. */
    private double tablesWidth(double inner) {
        return Math.min(tables.prefWidth(-1), inner * 0.4);
    }

    private double inner(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + tables.prefWidth(-1) + GAP + text.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? computePrefWidth(-1) - snappedLeftInset() - snappedRightInset() : inner(width);
        double h;
        if (inner < NARROW) {
            h = tables.prefHeight(inner) + GAP + text.prefHeight(inner);
        } else {
            double tw = tablesWidth(inner);
            h = Math.max(tables.prefHeight(tw), text.prefHeight(inner - tw - GAP));
        }
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = inner(getWidth());
        // A card given less than its height (a long item sharing a column) cuts its text with "…".
        double room = getHeight() - snappedTopInset() - snappedBottomInset();
        if (inner < NARROW) {
            double th = tables.prefHeight(inner);
            tables.resizeRelocate(x, y, inner, th);
            double textRoom = Math.max(0, room - th - GAP);
            text.resizeRelocate(x, y + th + GAP, inner, Math.min(text.prefHeight(inner), textRoom));
        } else {
            double tw = tablesWidth(inner);
            tables.resizeRelocate(x, y, tw, tables.prefHeight(tw));
            double textWidth = inner - tw - GAP;
            text.resizeRelocate(x + tw + GAP, y, textWidth, Math.min(text.prefHeight(textWidth), room));
        }
    }

    /** The item shown now; null before any. */
    Cards.Entry shown() {
        return shown;
    }

    void show(Cards.Entry e) {
        if (shown != null && shown.item() == e.item() && shown.sources().equals(e.sources())) {
            // The same item, unchanged since the last update (snapshots share unchanged items).
            return;
        }
        shown = e;
        text.setText((e.item().highlighted() ? "★ " : "") + e.item().text());
        pseudoClassStateChanged(HIGHLIGHTED, e.item().highlighted());
        List<Workshop.TableDef> defs = new ArrayList<>();
        e.tableIds().forEach(id -> w.table(id).ifPresent(defs::add));
        List<Node> chips = tables.getChildren();
        while (chips.size() < defs.size()) {
            Label chip = SlideParts.chip(defs.get(chips.size()), false);
            chip.getStyleClass().add("table-chip-small");
            // A long table name wraps in its chip and leaves the item's text most of the card.
            chip.setWrapText(true);
            chip.setMinWidth(Region.USE_COMPUTED_SIZE);
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
