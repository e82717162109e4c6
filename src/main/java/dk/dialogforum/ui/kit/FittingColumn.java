package dk.dialogforum.ui.kit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

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
    }

    /**
     * More entries than any projector fits: the slides are drawn on a 1080 px high canvas, and the
     * smallest entry (one line of 28 px text in a padded card, 14 px apart) is about 80 px high, so not
     * even 14 fit in a column as tall as the whole canvas. Beyond these none is built, so a card with
     * thousands of items costs no more to show than one with a screenful.
     */
    public static final int MAX_BUILT = 20;

    private int notBuilt;

    /** The entries shown, top to bottom; the children may hold idle nodes besides. */
    private List<Node> order = List.of();

    public void setEntries(List<? extends Node> entries) {
        show(entries, List.of(), 0);
    }

    /** Shows {@code items} in order, building a node only for those that might fit. */
    public <T> void setEntries(List<T> items, Function<? super T, ? extends Node> node) {
        show(
                items.stream().limit(MAX_BUILT).map(node).map(Node.class::cast).toList(),
                List.of(),
                Math.max(0, items.size() - MAX_BUILT));
    }

    /**
     * Shows {@code entries} top to bottom and keeps {@code idle} in the scene, hidden, for reuse. A node
     * that stays in the scene keeps its skin and style: showing it again, or in another place, costs
     * no CSS pass. {@code notBuilt} entries more exist that have no node; they count in the "+ n more" line.
     */
    public void show(List<? extends Node> entries, Collection<? extends Node> idle, int notBuilt) {
        this.notBuilt = notBuilt;
        List<Node> wanted = new ArrayList<>(entries);
        wanted.addAll(idle);
        wanted.add(more);
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        getChildren().removeIf(n -> !keep.contains(n));
        Set<Node> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(getChildren());
        getChildren().addAll(wanted.stream().filter(n -> !present.contains(n)).toList());
        idle.forEach(n -> n.setVisible(false));
        order = List.copyOf(entries);
        requestLayout();
    }

    /** Whether the last layout had entries to show and room for none of them, only the "+ n more" line. */
    public boolean showsNone() {
        return hiddenCount() > 0 && order.stream().noneMatch(Node::isVisible);
    }

    /** How many entries did not fit at the last layout. */
    public int hiddenCount() {
        return hiddenCount + notBuilt;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double h = in.getTop() + in.getBottom();
        for (Node n : order) {
            h += n.prefHeight(width - in.getLeft() - in.getRight()) + gap;
        }
        return h;
    }

    /** Room for the line that counts what does not fit, so that line is never drawn outside. */
    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        return order.isEmpty() && notBuilt == 0
                ? 0
                : in.getTop() + more.prefHeight(width - in.getLeft() - in.getRight()) + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double w = getWidth() - in.getLeft() - in.getRight();
        double bottom = getHeight() - in.getBottom();
        List<Node> entries = order;
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
