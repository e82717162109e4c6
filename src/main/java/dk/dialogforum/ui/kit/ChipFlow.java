package dk.dialogforum.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Table chips in rows, as many rows as its height holds. When they do not all fit, the last chips
 * shown make way for one that counts the rest ("+ 12 more"), so a projector never shows a chip cut
 * off or drawn over the next part of the slide. A chip wider than a row wraps its name.
 */
public final class ChipFlow extends Region {
    private final double hgap;
    private final double vgap;
    private final HPos alignment;
    private final IntFunction<String> moreText;
    private final Label more = new Label();
    private final List<Label> chips = new ArrayList<>();

    /** {@code moreText} gives the counting chip's text for a number of chips not shown. */
    public ChipFlow(double hgap, double vgap, HPos alignment, IntFunction<String> moreText) {
        this.hgap = hgap;
        this.vgap = vgap;
        this.alignment = alignment;
        this.moreText = moreText;
        getStyleClass().add("chip-flow");
        more.getStyleClass().addAll("table-chip", "table-chip-waiting", "table-chip-more");
        more.setId("moreTables");
        more.setVisible(false);
        getChildren().add(more);
    }

    public void setChips(List<Label> labels) {
        chips.clear();
        chips.addAll(labels);
        for (Label l : labels) {
            l.setWrapText(true);
        }
        List<Node> children = new ArrayList<>(labels);
        children.add(more);
        getChildren().setAll(children);
    }

    /** How many chips are shown; the rest are counted. */
    int shownCount() {
        return (int) chips.stream().filter(Node::isVisible).count();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Label c : chips) {
            w += c.prefWidth(-1) + (w > 0 ? hgap : 0);
        }
        return snappedLeftInset() + w + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.min(more.prefWidth(-1), computePrefWidth(height)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = contentWidth(width);
        return snappedTopInset() + height(rows(chips.size(), false, w), w) + snappedBottomInset();
    }

    /** One row: the rest is counted when there is no room for more. */
    @Override
    protected double computeMinHeight(double width) {
        if (chips.isEmpty()) {
            return snappedTopInset() + snappedBottomInset();
        }
        Label first = chips.get(0);
        return snappedTopInset() + first.prefHeight(width(first, contentWidth(width))) + snappedBottomInset();
    }

    private double contentWidth(double width) {
        return width < 0 ? Double.MAX_VALUE : Math.max(0, width - snappedLeftInset() - snappedRightInset());
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = contentWidth(getWidth());
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        int shown = chips.size();
        List<List<Node>> rows = rows(shown, false, w);
        if (height(rows, w) > h + 0.5) {
            // Fewer chips, and one that counts the rest, until the rows fit; one row at least.
            do {
                shown--;
                more.setText(moreText.apply(chips.size() - shown));
                rows = rows(shown, true, w);
            } while (shown > 0 && height(rows, w) > h + 0.5);
        }
        more.setVisible(shown < chips.size());
        for (int i = 0; i < chips.size(); i++) {
            chips.get(i).setVisible(i < shown);
        }
        double y = in.getTop();
        for (List<Node> row : rows) {
            double rowWidth = 0;
            double rowHeight = 0;
            for (Node n : row) {
                rowWidth += width(n, w) + (rowWidth > 0 ? hgap : 0);
                rowHeight = Math.max(rowHeight, n.prefHeight(width(n, w)));
            }
            double x = snappedLeftInset()
                    + switch (alignment) {
                        case CENTER -> (w - rowWidth) / 2;
                        case RIGHT -> w - rowWidth;
                        default -> 0;
                    };
            for (Node n : row) {
                double cw = width(n, w);
                n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(cw), snapSizeY(n.prefHeight(cw)));
                x += cw + hgap;
            }
            y += rowHeight + vgap;
        }
    }

    private static double width(Node n, double available) {
        return Math.min(n.prefWidth(-1), available);
    }

    /** The first {@code count} chips in rows of {@code width}, then the counting chip if {@code withMore}. */
    private List<List<Node>> rows(int count, boolean withMore, double width) {
        List<Node> nodes = new ArrayList<>(chips.subList(0, count));
        if (withMore) {
            nodes.add(more);
        }
        List<List<Node>> rows = new ArrayList<>();
        List<Node> row = new ArrayList<>();
        double x = 0;
        for (Node n : nodes) {
            double cw = width(n, width);
            if (!row.isEmpty() && x + hgap + cw > width) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            x += (row.isEmpty() ? 0 : hgap) + cw;
            row.add(n);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private double height(List<List<Node>> rows, double width) {
        double h = 0;
        for (List<Node> row : rows) {
            double rowHeight = 0;
            for (Node n : row) {
                rowHeight = Math.max(rowHeight, n.prefHeight(width(n, width)));
            }
            h += rowHeight + (h > 0 ? vgap : 0);
        }
        return h;
    }
}
