package dk.dialogforum.export;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

import java.text.Bidi;

/**
 * What a PDF needs done to a text before its characters are drawn one after another from left to right: a
 * PDF has no shaper and no bidirectional algorithm. Arabic letters take their joined forms (initial, medial,
 * final, isolated, lam-alef), and a line with right-to-left text is put in the order it is seen, its
 * brackets mirrored. Everything else is left as it is, so a Danish referat pays only for a scan.
 */
final class PdfText {
    private static final ArabicShaping SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL);

    private PdfText() {}

    /** {@code text} with its Arabic letters in the forms they take where they stand; still in logical order. */
    static String shaped(String text) {
        if (!hasArabic(text)) {
            return text;
        }
        try {
            return SHAPING.shape(text);
        } catch (ArabicShapingException e) {
            // Unshaped letters are still the right letters: drawn apart rather than not at all.
            return text;
        }
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u08FF') {
                return true;
            }
        }
        return false;
    }

    /**
     * One line of a paragraph in the order its characters are drawn from left to right, by the Unicode
     * bidirectional algorithm with the paragraph's direction: right-to-left runs reversed (a letter and its
     * marks kept together) and their brackets mirrored. A line with nothing right to left in it is returned
     * as it is.
     */
    static String visual(String line, boolean rightToLeftParagraph) {
        char[] chars = line.toCharArray();
        if (!rightToLeftParagraph && !Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, rightToLeftParagraph ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return line;
        }
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] runs = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder out = new StringBuilder(line.length());
        for (Integer run : runs) {
            String part = line.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            if ((bidi.getRunLevel(run) & 1) == 1) {
                reversed(part, out);
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }

    /** Appends {@code part} back to front by letter, each letter followed by its marks, mirrored. */
    private static void reversed(String part, StringBuilder out) {
        int end = part.length();
        while (end > 0) {
            int start = end;
            // A cluster: a letter and the marks after it.
            do {
                int cp = part.codePointBefore(start);
                start -= Character.charCount(cp);
                if (!isMark(cp)) {
                    break;
                }
            } while (start > 0);
            for (int i = start; i < end; ) {
                int cp = part.codePointAt(i);
                out.appendCodePoint(UCharacter.getMirror(cp));
                i += Character.charCount(cp);
            }
            end = start;
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
