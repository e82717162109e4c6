package dk.dialogforum.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A column for the projector that never scrolls and never cuts text: it lays its entries out top to
 * bottom, shows each whole entry that fits, and replaces the rest with a "+ n more" line.
 */
public final class FittingColumn extends Region {
    private final double gap;
    private final Label more = new Label();
    private final IntFunction<String> moreText;
    private int hiddenCount;

    public FittingColumn(double gap, IntFunction<String> moreText) {
        this.gap = gap;
        this.moreText = moreText;
        more.getStyleClass().add("fitting-more");
        more.setManaged(false);
        getStyleClass().add("fitting-column");
        setMinHeight(0);
    }

    /**
     * More entries than any projector fits: the slides are drawn on a 1080 px high canvas, and the
     * smallest entry (one line of 28 px text in a padded card, 14 px apart) is about 80 px high, so not
     * even 14 fit in a column as tall as the whole canvas. Beyond these none is built, so a card with
     * thousands of items costs no more to show than one with a screenful.
     */
    static final int MAX_BUILT = 20;
    private int notBuilt;

    public void setEntries(List<? extends Node> entries) {
        notBuilt = 0;
        javafx.collections.ObservableList<Node> children = getChildren();
        if (children.isEmpty() || children.get(children.size() - 1) != more) {
            children.setAll(entries);
            children.add(more);
        } else if (!children.subList(0, children.size() - 1).equals(entries)) {
            // Entries that stay keep their place in the scene (no new CSS pass, no new skin): drop the
            // ones that went, then insert the new ones where they belong, if the order of the rest holds.
            Set<Node> wanted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            wanted.addAll(entries);
            children.removeIf(n -> n != more && !wanted.contains(n));
            Set<Node> present = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            present.addAll(children);
            List<Node> staying = entries.stream().filter(present::contains).map(Node.class::cast).toList();
            if (staying.equals(children.subList(0, children.size() - 1))) {
                for (int i = 0; i < entries.size(); i++) {
                    if (children.get(i) != entries.get(i)) {
                        children.add(i, entries.get(i));
                    }
                }
            } else {
                children.setAll(entries);
                children.add(more);
            }
        }
        requestLayout();
    }

    /** Shows {@code items} in order, building a node only for those that might fit. */
    public <T> void setEntries(List<T> items, java.util.function.Function<? super T, ? extends Node> node) {
        setEntries(items.stream().limit(MAX_BUILT).map(node).map(Node.class::cast).toList());
        notBuilt = Math.max(0, items.size() - MAX_BUILT);
    }

    /** How many entries did not fit at the last layout. */
    public int hiddenCount() {
        return hiddenCount + notBuilt;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double h = in.getTop() + in.getBottom();
        for (Node n : getChildren()) {
            if (n != more) {
                h += n.prefHeight(width - in.getLeft() - in.getRight()) + gap;
            }
        }
        return h;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double w = getWidth() - in.getLeft() - in.getRight();
        double bottom = getHeight() - in.getBottom();
        List<Node> entries = getChildren().stream().filter(n -> n != more).toList();
        double moreHeight = more.prefHeight(w);
        double y = in.getTop();
        hiddenCount = 0;
        for (int i = 0; i < entries.size(); i++) {
            Node n = entries.get(i);
            double h = n.prefHeight(w);
            boolean last = i == entries.size() - 1;
            double needed = h + (last ? 0 : gap + moreHeight);
            if (hiddenCount == 0 && y + needed <= bottom + 0.5) {
                n.setVisible(true);
                n.resizeRelocate(x, y, w, h);
                y += h + gap;
            } else {
                n.setVisible(false);
                hiddenCount++;
            }
        }
        if (notBuilt > 0 && hiddenCount == 0) {
            // Everything built fitted (a very tall screen): make room for the line that counts the rest.
            for (int i = entries.size() - 1; i >= 0 && y + moreHeight > bottom + 0.5 && y > in.getTop(); i--) {
                Node n = entries.get(i);
                n.setVisible(false);
                hiddenCount++;
                y -= n.getLayoutBounds().getHeight() + gap;
            }
        }
        int hidden = hiddenCount + notBuilt;
        more.setVisible(hidden > 0);
        if (hidden > 0) {
            more.setText(moreText.apply(hidden));
            more.resizeRelocate(x, y, w, moreHeight);
        }
    }
}
