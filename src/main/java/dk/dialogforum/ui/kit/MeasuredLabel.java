package dk.dialogforum.ui.kit;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.Font;

/**
 * A label that remembers its height for the last width it was asked about. Laying out a slide asks each
 * wrapping label for its height several times a pass (minimum, preferred and maximum, by its column and
 * by its card), and JavaFX lays the whole text out anew for each question and caches none of them for a
 * given width. On a live column, where every update lays the column out again, that was most of what the
 * projector did. The height is asked again once anything it depends on has changed: the width, the
 * text, the font, the insets, the label padding, the line spacing or wrapping. A label
 * with a graphic is measured every time. Its direction follows its text ({@link TextDirection}), and
 * right-to-left text is drawn in lines of its own ({@link BidiText}).
 */
public final class MeasuredLabel extends Label {
    private boolean known;
    private double width;
    private double height;
    private String text;
    private Font font;
    private Insets insets;
    private Insets labelPadding;
    private double lineSpacing;
    private boolean wrap;

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
        if (getGraphic() != null) {
            // A graphic's own size may change unseen: not remembered.
            return super.computePrefHeight(w);
        }
        String t = getText();
        Font f = getFont();
        Insets in = getInsets();
        Insets lp = getLabelPadding();
        double ls = getLineSpacing();
        boolean wr = isWrapText();
        if (known
                && Double.compare(w, width) == 0
                && Objects.equals(t, text)
                && Objects.equals(f, font)
                && Objects.equals(in, insets)
                && Objects.equals(lp, labelPadding)
                && Double.compare(ls, lineSpacing) == 0
                && wr == wrap) {
            return height;
        }
        height = super.computePrefHeight(w);
        width = w;
        text = t;
        font = f;
        insets = in;
        labelPadding = lp;
        lineSpacing = ls;
        wrap = wr;
        known = true;
        return height;
    }
}
