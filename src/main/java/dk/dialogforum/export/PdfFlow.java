package dk.dialogforum.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Lays text and simple vector graphics out on A4 pages, top to bottom, starting a new page when one is
 * full. Text is drawn with the embedded Noto Sans, falling back to Noto Sans Hebrew and Arabic for those
 * scripts; a character no embedded font has is drawn as "?" rather than failing the export.
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
    private final List<PDFont> fallbacks = new ArrayList<>();
    /** The system's fonts for letters none of the program's own has, loaded as a text needs them. */
    private final SystemFonts system;

    private final Map<PDFont, Map<Integer, Float>> advances = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    PdfFlow(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = font("NotoSans-Regular.ttf");
        this.bold = font("NotoSans-Bold.ttf");
        fallbacks.add(font("NotoSansHebrew-Regular.ttf"));
        fallbacks.add(font("NotoSansArabic-Regular.ttf"));
        this.system = new SystemFonts(doc);
    }

    private PDFont font(String name) throws IOException {
        try (InputStream in = PdfFlow.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("missing font " + name);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // Glyph substitution (ligatures) makes every line several times slower to write and adds
            // nothing to Latin, Greek, Cyrillic or Hebrew text; Arabic keeps it for its letter forms.
            ttf.setEnableGsub(name.contains("Arabic"));
            return PDType0Font.load(doc, ttf, true);
        }
    }

    /** Lets go of the system's font files; after the document is saved. */
    void closeFonts() {
        system.close();
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

    /** The advance width of a character in a font (per 1000 units of size), or NaN if the font lacks it. */
    private float advance(PDFont font, int codePoint) {
        return advances.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException | IllegalArgumentException e) {
                return Float.NaN;
            }
        });
    }

    private boolean canEncode(PDFont font, int codePoint) {
        return !Float.isNaN(advance(font, codePoint));
    }

    private record Run(PDFont font, String text) {}

    /** A system font that has {@code codePoint}, loading the next ones until one does; null if none has it. */
    private PDFont systemFontFor(int codePoint) {
        for (PDFont next = system.next(); next != null; next = system.next()) {
            fallbacks.add(next);
            if (canEncode(next, codePoint)) {
                return next;
            }
        }
        return null;
    }

    /** Splits text into runs of one font each. */
    private List<Run> runs(String text, PDFont primary) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            PDFont f = primary;
            String s = new String(Character.toChars(cp));
            if (!canEncode(primary, cp)) {
                f = null;
                for (PDFont fb : fallbacks) {
                    if (canEncode(fb, cp)) {
                        f = fb;
                        break;
                    }
                }
                if (f == null) {
                    f = systemFontFor(cp);
                }
                if (f == null) {
                    f = primary;
                    s = "?";
                }
            }
            if (f != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = f;
            current.append(s);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

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
        for (Run r : runs(text, font)) {
            for (int i = 0; i < r.text().length(); ) {
                int cp = r.text().codePointAt(i);
                i += Character.charCount(cp);
                w += advance(r.font(), cp);
            }
        }
        return w / 1000 * size;
    }

    void draw(String text, PDFont font, float size, float x, float baseline, Color colour) throws IOException {
        cs.setNonStrokingColor(colour);
        float at = x;
        for (Run r : runs(text, font)) {
            cs.beginText();
            cs.setFont(r.font(), size);
            cs.newLineAtOffset(at, baseline);
            cs.showText(r.text());
            cs.endText();
            at += width(r.text(), r.font(), size);
        }
    }

    /** Breaks text into lines no wider than {@code width}; a word longer than a line is broken too. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = width(" ", font, size);
        for (String paragraph : text.split("\\r?\\n")) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ")) {
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

    /** A wrapped paragraph at {@code x}, flowing onto new pages as needed. */
    void paragraph(String text, PDFont font, float size, float x, Color colour) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(text, font, size, RIGHT - x)) {
            ensure(leading);
            y -= leading;
            draw(line, font, size, x, y + size * 0.3f, colour);
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
