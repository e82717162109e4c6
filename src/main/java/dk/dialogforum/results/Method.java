package dk.dialogforum.results;

import dk.dialogforum.text.Texts;

import java.util.List;
import java.util.Locale;

/** How every figure is computed, in words, in one place: the projector, the workbook and the PDF print it. */
public final class Method {
    /** The paragraphs in the order they are printed; each is a key under {@code method.}. */
    public static final List<String> PARTS = List.of(
            "borda", "meanRank", "ties", "ballots", "movement", "agreement", "mean", "dissent", "order", "cards");

    private Method() {}

    public static List<String> paragraphs(Locale locale) {
        return PARTS.stream().map(p -> Texts.get(locale, "method." + p)).toList();
    }
}
