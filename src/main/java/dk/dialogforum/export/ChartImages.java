package dk.dialogforum.export;

import dk.dialogforum.results.AgreementColours;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The referat's charts as pictures for the Word file, drawn as the PDF and the projector draw them: a
 * statement's answers as a diverging bar around its middle, a ranked item's points as a bar. Pictures hold no
 * text, so every word stays in the document where it can be edited and read in any script.
 */
final class ChartImages {
    /** Pixels per point: sharp when printed. */
    private static final int SCALE = 4;

    static final int BAR_WIDTH = 300;
    static final int BAR_HEIGHT = 12;

    private ChartImages() {}

    /**
     * A statement's counts per answer (first step first) as a bar centred on the scale's middle: disagreement to
     * the left, agreement to the right, a middle answer split across the centre line. {@code BAR_WIDTH} by
     * {@code BAR_HEIGHT} points.
     */
    static byte[] diverging(List<Integer> counts) {
        int steps = counts.size();
        int total = Math.max(1, counts.stream().mapToInt(Integer::intValue).sum());
        return png(BAR_WIDTH, BAR_HEIGHT, g -> {
            double centre = BAR_WIDTH / 2.0;
            double half = BAR_WIDTH / 2.0 - 2;
            double right = centre;
            double left = centre;
            // The middle answer first, half each side of the centre line; then agreement outwards to the right.
            for (int v = 1; v <= steps; v++) {
                double w = half * counts.get(v - 1) / total;
                if (2 * v == steps + 1) {
                    fill(g, v, steps, centre - w / 2, w);
                    right += w / 2;
                    left -= w / 2;
                } else if (2 * v > steps + 1) {
                    fill(g, v, steps, right, w);
                    right += w;
                }
            }
            for (int v = steps / 2; v >= 1; v--) {
                double w = half * counts.get(v - 1) / total;
                fill(g, v, steps, left - w, w);
                left -= w;
            }
            g.setColor(new Color(0x1f2328));
            g.fill(new Rectangle2D.Double(centre - 0.4, 0, 0.8, BAR_HEIGHT));
        });
    }

    private static void fill(Graphics2D g, int value, int steps, double x, double w) {
        if (w <= 0) {
            return;
        }
        g.setColor(new Color(AgreementColours.rgb(value, steps)));
        g.fill(new Rectangle2D.Double(x, 1, w, BAR_HEIGHT - 2));
    }

    /** A bar {@code share} (0–1) of {@code BAR_WIDTH} long in the referat's blue. */
    static byte[] bar(double share) {
        return png(BAR_WIDTH, BAR_HEIGHT, g -> {
            g.setColor(PdfReferat.BRAND);
            g.fill(new Rectangle2D.Double(0, 1, Math.max(1, BAR_WIDTH * share), BAR_HEIGHT - 2));
        });
    }

    private interface Drawing {
        void draw(Graphics2D g);
    }

    private static byte[] png(int width, int height, Drawing drawing) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            drawing.draw(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
