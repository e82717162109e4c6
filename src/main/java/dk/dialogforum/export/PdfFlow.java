package dk.dialogforum.export;

import dk.dialogforum.text.Direction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Lays text and simple vector graphics out on A4 pages, top to bottom, starting a new page when one is
 * full. Text is drawn with the embedded Noto Sans, falling back to Noto Sans Hebrew and Arabic and then to
 * the system's fonts (Chinese, Japanese, Korean, emoji); Arabic is shaped and right-to-left text put in the
 * order it is read ({@link PdfText}), a paragraph written right to left aligned right. A character no font
 * has is drawn as "?" rather than failing the export, and the text it stood in is kept for the export to
 * name ({@link #undrawn()}).
 */
final class PdfFlow {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 60;
    static final float RIGHT = WIDTH - 60;
    static final float TOP = HEIGHT - 78;
    static final float BOTTOM = 64;

    final PDDocument doc;
    final PDFont regular;
    final PDFont bold;
    private final PdfFonts fonts;
    /** The texts that had a character no font could draw, in the order they were drawn. */
    private final Set<String> undrawn = new LinkedHashSet<>();
    /** The whole text being drawn, line by line: what is named if a character of it cannot be drawn. */
    private String drawing;

    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    PdfFlow(PDDocument doc) throws IOException {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
        this.regular = fonts.regular;
        this.bold = fonts.bold;
    }

    /** Lets go of the system's font files; after the document is saved. */
    void closeFonts() {
        fonts.close();
    }

    /** The texts with a character no font here could draw, drawn as "?"; each once. */
    List<String> undrawn() {
        return List.copyOf(undrawn);
    }

    List<PDPage> pages() {
        return pages;
    }

    PDPage page() {
        return pages.get(pages.size() - 1);
    }

    float y() {
        return y;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    /** Moves down {@code height}, starting a new page first if it does not fit. */
    void ensure(float height) throws IOException {
        if (cs == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void space(float height) {
        y -= height;
    }

    // ---------- text ----------

    /** {@code title + suffix}, the title shortened word by word with "…" until it fits the line. */
    String runningHeader(String title, String suffix) throws IOException {
        String t = title;
        String header = t + suffix;
        while (width(header, regular, 9) > RIGHT - LEFT) {
            int cut = t.lastIndexOf(' ');
            if (cut <= 0) {
                // One long word: cut it at a whole character.
                cut = t.offsetByCodePoints(0, Math.max(1, t.codePointCount(0, t.length()) * 3 / 4));
                if (cut >= t.length()) {
                    break;
                }
            }
            t = t.substring(0, cut).stripTrailing();
            header = t + "…" + suffix;
        }
        return header;
    }

    float width(String text, PDFont font, float size) throws IOException {
        float w = 0;
        for (PdfFonts.Run r : fonts.runs(PdfText.shaped(text), font)) {
            w += fonts.width(r);
        }
        return w / 1000 * size;
    }

    /** Draws one line from {@code x}, in the direction of its own first strong letter. */
    void draw(String text, PDFont font, float size, float x, float baseline, Color colour) throws IOException {
        draw(text, font, size, x, baseline, colour, Direction.rightToLeft(text));
    }

    /** Draws one line of a paragraph written in the given direction, from {@code x} rightwards. */
    void draw(String text, PDFont font, float size, float x, float baseline, Color colour, boolean rightToLeft)
            throws IOException {
        cs.setNonStrokingColor(colour);
        float at = x;
        for (PdfFonts.Run r : fonts.runs(PdfText.visual(PdfText.shaped(text), rightToLeft), font)) {
            if (r.missing()) {
                undrawn.add(drawing == null ? text : drawing);
            }
            cs.beginText();
            cs.setFont(r.font(), size);
            cs.newLineAtOffset(at, baseline);
            cs.showText(r.text());
            cs.endText();
            at += fonts.width(r) / 1000 * size;
        }
    }

    /** Breaks text into lines no wider than {@code width}; a word longer than a line is broken too. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        return wrap(text, font, size, width, width);
    }

    /**
     * Breaks text, shaped, into lines: the first no wider than {@code first}, the others than {@code others}; a
     * line break in the text starts a line, and a word longer than a line is broken too.
     */
    List<String> wrap(String text, PDFont font, float size, float first, float others) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = width(" ", font, size);
        for (String paragraph : PdfText.shaped(text).split("\\r?\\n")) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ")) {
                float width = lines.isEmpty() ? first : others;
                float wordWidth = width(word, font, size);
                float candidate = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (candidate <= width) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = candidate;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
                lineWidth = width(rest, font, size);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@code text} wrapped to {@code width} in at most {@code most} lines; if there is more, the last line is cut
     * at a letter and ends in "…". For a page that must hold a whole summary.
     */
    List<String> clipped(String text, PDFont font, float size, float width, int most) throws IOException {
        List<String> lines = wrap(text.replaceAll("\\s+", " ").strip(), font, size, width);
        if (lines.size() <= most) {
            return lines;
        }
        String last = lines.get(most - 1);
        while (!last.isEmpty() && width(last + "…", font, size) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        List<String> kept = new ArrayList<>(lines.subList(0, most - 1));
        kept.add(last.stripTrailing() + "…");
        return kept;
    }

    /** A wrapped paragraph at {@code x}, flowing onto new pages as needed. */
    void paragraph(String text, PDFont font, float size, float x, Color colour) throws IOException {
        paragraph(text, font, size, x, colour, 0);
    }

    /**
     * A wrapped paragraph at {@code x} whose lines after the first (wrapped, or after a line break in the text)
     * stand {@code hang} further in, under the text after a bullet or a number. A paragraph written right to
     * left is aligned right, as far in from the right margin as {@code x} is from the left.
     */
    void paragraph(String text, PDFont font, float size, float x, Color colour, float hang) throws IOException {
        paragraph(text, font, size, x, colour, hang, Direction.rightToLeft(text));
    }

    /** A paragraph as {@link #paragraph(String, PDFont, float, float, Color, float)}, in the given direction. */
    void paragraph(String text, PDFont font, float size, float x, Color colour, float hang, boolean rightToLeft)
            throws IOException {
        float leading = size * 1.35f;
        List<String> lines = wrap(text, font, size, RIGHT - x, RIGHT - x - hang);
        boolean named = drawing == null;
        if (named) {
            drawing = text;
        }
        try {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                float indent = i == 0 ? 0 : hang;
                ensure(leading);
                y -= leading;
                float at = rightToLeft ? RIGHT - (x - LEFT) - indent - width(line, font, size) : x + indent;
                draw(line, font, size, at, y + size * 0.3f, colour, rightToLeft);
            }
        } finally {
            if (named) {
                drawing = null;
            }
        }
    }

    /** {@code prefix} ("• ", "3. ") and {@code text}, its lines after the first under the text, not the prefix. */
    void listed(String prefix, String text, PDFont font, float size, float x, Color colour) throws IOException {
        drawing = text;
        try {
            paragraph(prefix + text, font, size, x, colour, width(prefix, font, size));
        } finally {
            drawing = null;
        }
    }

    void rect(float x, float yBottom, float w, float h, Color colour) throws IOException {
        if (w <= 0 || h <= 0) {
            return;
        }
        cs.setNonStrokingColor(colour);
        cs.addRect(x, yBottom, w, h);
        cs.fill();
    }

    void line(float x1, float y1, float x2, float y2, Color colour, float width) throws IOException {
        cs.setStrokingColor(colour);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /**
     * Draws the running header ("title · what") and "page n of N" on every page after the first. A title
     * too long for the line is shortened at a word and ends in "…"; the whole title is on the first page.
     */
    void headersAndFooters(String title, String what, IntFunction<String> footer) throws IOException {
        String header = runningHeader(title, " · " + what);
        close();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s =
                    new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                PDPageContentStream saved = cs;
                cs = s;
                if (i > 0) {
                    draw(header, regular, 9, LEFT, HEIGHT - 44, Color.GRAY);
                    line(LEFT, HEIGHT - 50, RIGHT, HEIGHT - 50, Color.LIGHT_GRAY, 0.5f);
                }
                String f = footer.apply(i + 1);
                draw(f, regular, 9, RIGHT - width(f, regular, 9), 36, Color.GRAY);
                cs = saved;
            }
        }
    }
}
