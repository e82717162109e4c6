package dk.dialogforum.ui.kit;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Font;

/**
 * A label that remembers its sizes for the last few widths (and heights) it was asked about. Laying out a
 * slide, or the console's side panel when one of its counts changes, asks each wrapping label for its
 * size several times a pass (minimum, preferred and maximum, by its column and by its card, at the width
 * it gets and at the width it would like), and JavaFX lays the whole text out anew for each question and
 * caches none of them for a given width. On a live column, where every update lays the column out again,
 * that was most of what the projector did, and most of what it allocated. The sizes are asked again once
 * anything they depend on has changed: the text, the font, the insets, the label padding, the line
 * spacing, wrapping or how an overrun is cut. A label with a graphic is measured every time. Its direction
 * follows its text ({@link TextDirection}), and right-to-left text is drawn in lines of its own
 * ({@link BidiText}).
 */
public final class MeasuredLabel extends Label {
    private final Sizes prefHeights = new Sizes();
    private final Sizes minHeights = new Sizes();
    private final Sizes prefWidths = new Sizes();
    private final Sizes minWidths = new Sizes();

    private String text;
    private Font font;
    private Insets insets;
    private Insets labelPadding;
    private double lineSpacing;
    private boolean wrap;
    private String ellipsis;
    private OverrunStyle overrun;

    public MeasuredLabel() {
        this("");
    }

    public MeasuredLabel(String text) {
        super(text);
        TextDirection.follow(this);
        BidiText.install(this);
    }

    @Override
    protected double computePrefHeight(double w) {
        double rightToLeft = BidiText.prefHeight(this, w);
        if (rightToLeft >= 0) {
            return rightToLeft;
        }
        double h = remembered(prefHeights, w);
        return Double.isNaN(h) ? remember(prefHeights, w, super.computePrefHeight(w)) : h;
    }

    @Override
    protected double computeMinHeight(double w) {
        double h = remembered(minHeights, w);
        return Double.isNaN(h) ? remember(minHeights, w, super.computeMinHeight(w)) : h;
    }

    @Override
    protected double computePrefWidth(double h) {
        double w = remembered(prefWidths, h);
        return Double.isNaN(w) ? remember(prefWidths, h, super.computePrefWidth(h)) : w;
    }

    @Override
    protected double computeMinWidth(double h) {
        double w = remembered(minWidths, h);
        return Double.isNaN(w) ? remember(minWidths, h, super.computeMinWidth(h)) : w;
    }

    /** The size remembered in {@code sizes} for {@code arg}; NaN when there is none, or none may be used. */
    private double remembered(Sizes sizes, double arg) {
        return remembers() ? sizes.get(arg) : Double.NaN;
    }

    /** Remembers {@code size} for {@code arg} if sizes may be remembered now; returns it. */
    private double remember(Sizes sizes, double arg, double size) {
        if (getGraphic() == null) {
            sizes.put(arg, size);
        }
        return size;
    }

    /**
     * Whether sizes remembered may be used: false for a label with a graphic (its own size may change
     * unseen). Forgets every size when anything they depend on changed since they were remembered.
     */
    private boolean remembers() {
        if (getGraphic() != null) {
            return false;
        }
        String t = getText();
        Font f = getFont();
        Insets in = getInsets();
        Insets lp = getLabelPadding();
        double ls = getLineSpacing();
        boolean wr = isWrapText();
        String el = getEllipsisString();
        OverrunStyle ov = getTextOverrun();
        if (!(Objects.equals(t, text)
                && Objects.equals(f, font)
                && Objects.equals(in, insets)
                && Objects.equals(lp, labelPadding)
                && Double.compare(ls, lineSpacing) == 0
                && wr == wrap
                && Objects.equals(el, ellipsis)
                && ov == overrun)) {
            text = t;
            font = f;
            insets = in;
            labelPadding = lp;
            lineSpacing = ls;
            wrap = wr;
            ellipsis = el;
            overrun = ov;
            prefHeights.clear();
            minHeights.clear();
            prefWidths.clear();
            minWidths.clear();
        }
        return true;
    }

    /** One size for the last few arguments (a width or a height) it was asked for; the oldest goes first. */
    private static final class Sizes {
        private static final int KEPT = 4;
        private final double[] args = new double[KEPT];
        private final double[] sizes = new double[KEPT];
        private int count;
        private int next;

        /** The size remembered for {@code arg}, or NaN. */
        double get(double arg) {
            for (int i = 0; i < count; i++) {
                if (Double.compare(args[i], arg) == 0) {
                    return sizes[i];
                }
            }
            return Double.NaN;
        }

        void put(double arg, double size) {
            args[next] = arg;
            sizes[next] = size;
            next = (next + 1) % KEPT;
            count = Math.max(count, next == 0 ? KEPT : next);
        }

        void clear() {
            count = 0;
            next = 0;
        }
    }
}
