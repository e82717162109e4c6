package dk.dialogforum.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The system's TrueType fonts for what the program's own fonts lack in a PDF (Chinese, Japanese, Korean,
 * emoji): the fonts the screen falls back to too (README, "Text in every script"). Each is loaded only when a
 * text needs a letter no font loaded so far has, and only the letters used are embedded, so a referat in
 * Danish costs nothing and stays small. A font that is missing, broken or may not be embedded is passed over.
 */
final class SystemFonts implements AutoCloseable {
    /** Where the fonts are looked for, in this order: Linux, then Windows, then macOS. */
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
            "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "C:/Windows/Fonts/malgun.ttf",
            "C:/Windows/Fonts/Deng.ttf",
            "C:/Windows/Fonts/msgothic.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/seguisym.ttf",
            "C:/Windows/Fonts/seguiemj.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Apple Symbols.ttf");

    private final PDDocument doc;
    private final Iterator<String> untried = CANDIDATES.iterator();
    /** The fonts of a collection (.ttc) stay open while the document is written. */
    private final List<AutoCloseable> open = new ArrayList<>();

    SystemFonts(PDDocument doc) {
        this.doc = doc;
    }

    /** The next system font there is, loaded for {@code doc}; null when none is left. */
    PDFont next() {
        while (untried.hasNext()) {
            Path file = Path.of(untried.next());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                return load(file);
            } catch (IOException | RuntimeException e) {
                // Broken, or its maker does not allow embedding it: the next one.
            }
        }
        return null;
    }

    private PDFont load(Path file) throws IOException {
        if (file.toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            open.add(collection);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            if (first[0] == null) {
                throw new IOException("an empty collection: " + file);
            }
            return PDType0Font.load(doc, first[0], true);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    /** Lets go of the collections' files, once the document is saved. */
    @Override
    public void close() {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                // read only: nothing was left unwritten
            }
        }
        open.clear();
    }
}
