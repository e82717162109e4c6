package dk.dialogforum.ui.kit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A column for the projector that never scrolls: it lays its entries out top to bottom and shows each
 * whole entry that fits. What does not fit is either counted in a "+ n more" line or, in a paged column
 * ({@link #pageWith}), shown on the next page: the column then says "1/3" and shows the page it is told
 * to, and an entry taller than its share of the column is cut with "…" so it never crowds out the rest.
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

    /** The most of a paged column one entry takes when others share it; a longer one is cut with "…". */
    public static final double ENTRY_SHARE = 0.5;

    /** Entries a paged column builds: pages enough for any room, never a node per item of thousands. */
    public static final int PAGED_MAX_BUILT = 120;

    /** The page line's text from (page, pages), both from 1; null: the column is not paged. */
    private BiFunction<Integer, Integer, String> pageText;

    /** The page asked for; the column shows it modulo its number of pages. */
    private int page;

    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper(1);
    private int shownPage;

    /** The entries shown, top to bottom; the children may hold idle nodes besides. */
    private List<Node> order = List.of();

    public void setEntries(List<? extends Node> entries) {
        show(entries, List.of(), 0);
    }

    /** Shows {@code items} in order, building a node only for those that might fit. */
    public <T> void setEntries(List<T> items, Function<? super T, ? extends Node> node) {
        show(
                items.stream().limit(built()).map(node).map(Node.class::cast).toList(),
                List.of(),
                Math.max(0, items.size() - built()));
    }

    /** How many entries get a node: pages' worth in a paged column, a screenful in another. */
    public int built() {
        return pageText != null ? PAGED_MAX_BUILT : MAX_BUILT;
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

    /**
     * Makes this a paged column: what does not fit goes on further pages, and the bottom line names the
     * page shown with {@code pageText(page, pages)} (both from 1). Entries taller than {@link
     * #ENTRY_SHARE} of the column are cut when they share it.
     */
    public void pageWith(BiFunction<Integer, Integer, String> pageText) {
        this.pageText = pageText;
        requestLayout();
    }

    /** Shows page {@code page} modulo the number of pages (from 0); any number turns the pages round. */
    public void setPage(int page) {
        if (this.page != page) {
            this.page = page;
            requestLayout();
        }
    }

    /** How many pages the column's entries took at the last layout (1 when all fit). */
    public ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** The page shown at the last layout, from 0. */
    public int shownPage() {
        return shownPage;
    }

    /** Whether the last layout had entries to show and room for none of them, only the "+ n more" line. */
    public boolean showsNone() {
        return hiddenCount() > 0 && order.stream().noneMatch(Node::isVisible);
    }

    /** How many entries did not fit at the last layout. */
    public int hiddenCount() {
        return hiddenCount + notBuilt;
    }

    /**
     * Its entries' heights depend on its width (their text wraps), so a parent asks for its height at the
     * width it gives it: the entries are then measured at the width they are laid out at, and a measured
     * label's remembered height serves both, instead of each entry's whole text being laid out on one
     * line to guess a width.
     */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
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
        if (pageText != null) {
            layoutPages();
            return;
        }
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

    /** A paged column's layout: the page asked for, each entry at most its share, the page line under it. */
    private void layoutPages() {
        Insets in = getInsets();
        double x = in.getLeft();
        double top = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double room = getHeight() - in.getBottom() - top;
        List<Node> entries = order;
        int n = entries.size();
        double[] heights = new double[n];
        double whole = 0;
        for (int i = 0; i < n; i++) {
            heights[i] = entries.get(i).prefHeight(w);
            whole += heights[i] + (i > 0 ? gap : 0);
        }
        double lineHeight = more.prefHeight(w);
        boolean onePage = notBuilt == 0 && whole <= room + 0.5;
        double usable = onePage ? room : Math.max(0, room - lineHeight - gap);
        double cap = n > 1 || notBuilt > 0 ? Math.max(lineHeight, usable * ENTRY_SHARE) : usable;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        double y = 0;
        for (int i = 0; i < n; i++) {
            heights[i] = Math.min(heights[i], cap);
            if (y > 0 && y + heights[i] > usable + 0.5) {
                starts.add(i);
                y = 0;
            }
            y += heights[i] + gap;
        }
        int count = starts.size();
        shownPage = Math.floorMod(page, count);
        int from = starts.get(shownPage);
        int to = shownPage + 1 < count ? starts.get(shownPage + 1) : n;
        y = top;
        for (int i = 0; i < n; i++) {
            Node e = entries.get(i);
            boolean here = i >= from && i < to;
            e.setVisible(here);
            if (here) {
                e.resizeRelocate(x, y, w, heights[i]);
                y += heights[i] + gap;
            }
        }
        hiddenCount = 0;
        pages.set(count);
        more.setVisible(!onePage);
        if (!onePage) {
            String line = pageText.apply(shownPage + 1, count);
            if (notBuilt > 0 && shownPage == count - 1) {
                line += "  ·  " + moreText.apply(notBuilt);
            }
            more.setText(line);
            more.resizeRelocate(x, getHeight() - in.getBottom() - lineHeight, w, lineHeight);
        }
    }
}
