package dk.dialogforum.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which font draws which letter of a PDF: the embedded Noto Sans first, then Noto Sans Hebrew and Arabic, then
 * the system's fonts ({@link SystemFonts}) loaded one by one as a letter needs them. Only the letters used are
 * embedded. A letter no font has is drawn as "?" and its run says so.
 */
final class PdfFonts implements AutoCloseable {
    final PDFont regular;
    final PDFont bold;
    private final PDDocument doc;
    private final List<PDFont> fallbacks = new ArrayList<>();
    /** The system's fonts for letters none of the program's own has, loaded as a text needs them. */
    private final SystemFonts system;

    /** Each font's advance widths, measured once: the letters of the first plane by index, others by map. */
    private final Map<PDFont, Advances> advances = new HashMap<>();

    /** One font's advance widths per code point; NaN where the font lacks the letter. */
    private static final class Advances {
        private final PDFont font;
        private final float[] plane = new float[0x10000];
        private final Map<Integer, Float> beyond = new HashMap<>();

        Advances(PDFont font) {
            this.font = font;
            java.util.Arrays.fill(plane, -1);
        }

        float of(int codePoint) {
            if (codePoint < plane.length) {
                float w = plane[codePoint];
                if (w == -1) {
                    w = measure(codePoint);
                    plane[codePoint] = w;
                }
                return w;
            }
            return beyond.computeIfAbsent(codePoint, this::measure);
        }

        private float measure(int codePoint) {
            try {
                return font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IOException | IllegalArgumentException e) {
                return Float.NaN;
            }
        }
    }

    /** Text in one font; {@code missing} if a letter of it no font has was written as "?". */
    record Run(PDFont font, String text, boolean missing) {}

    PdfFonts(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = font("NotoSans-Regular.ttf");
        this.bold = font("NotoSans-Bold.ttf");
        fallbacks.add(font("NotoSansHebrew-Regular.ttf"));
        fallbacks.add(font("NotoSansArabic-Regular.ttf"));
        this.system = new SystemFonts(doc);
    }

    private PDFont font(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("missing font " + name);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // The letters come shaped (PdfText): the font's own substitutions would only slow every line.
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        }
    }

    /** Lets go of the system's font files; after the document is saved. */
    @Override
    public void close() {
        system.close();
    }

    /** The advance width of a character in a font (per 1000 units of size), or NaN if the font lacks it. */
    private float advance(PDFont font, int codePoint) {
        return advances.computeIfAbsent(font, Advances::new).of(codePoint);
    }

    private boolean canEncode(PDFont font, int codePoint) {
        return !Float.isNaN(advance(font, codePoint));
    }

    /** The width of a run per 1000 units of size. */
    float width(Run run) {
        Advances of = advances.computeIfAbsent(run.font(), Advances::new);
        float w = 0;
        for (int i = 0; i < run.text().length(); ) {
            int cp = run.text().codePointAt(i);
            i += Character.charCount(cp);
            w += of.of(cp);
        }
        return w;
    }

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

    /** The font that draws {@code codePoint}, {@code primary} if it can; null if no font can. */
    private PDFont fontFor(int codePoint, PDFont primary) {
        if (canEncode(primary, codePoint)) {
            return primary;
        }
        for (PDFont fb : fallbacks) {
            if (canEncode(fb, codePoint)) {
                return fb;
            }
        }
        return systemFontFor(codePoint);
    }

    /** Whether {@code font} draws every character of {@code text} as it is (no control characters). */
    private boolean allIn(String text, PDFont font) {
        Advances of = advances.computeIfAbsent(font, Advances::new);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Float.isNaN(of.of(cp))) {
                return false;
            }
        }
        return true;
    }

    /** Splits text into runs of one font each; a character no font has becomes "?" in a run that says so. */
    List<Run> runs(String text, PDFont primary) {
        if (allIn(text, primary)) {
            // Most text: one run of the font asked for, the text as it is (the layout asks for every word).
            return List.of(new Run(primary, text, false));
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        boolean missing = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            PDFont f = fontFor(cp, primary);
            boolean lost = f == null;
            if (lost) {
                f = primary;
                cp = '?';
            }
            if (f != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString(), missing));
                current.setLength(0);
                missing = false;
            }
            currentFont = f;
            missing |= lost;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString(), missing));
        }
        return runs;
    }
}
