package dk.dialogforum.workshop;

import dk.dialogforum.text.Texts;

import java.util.List;
import java.util.Locale;

/**
 * One mistake in a workshop file: which file, where in it (a JSON path such as
 * {@code $.ranking.items[2].id}, or a line and column for broken JSON) and what is wrong, as a
 * message key of the resource bundle with its arguments.
 */
public record Problem(String file, String path, String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    /** The message for the user: "file: path: what is wrong". */
    public String message(Locale locale) {
        return Texts.get(locale, "workshop.error.line", file, path, what(locale));
    }

    /**
     * What is wrong, without where: the words shown beside a field of the workshop designer, the same the
     * file's reader says. The kinds of value a "type" mistake names are said in the user's language.
     */
    public String what(Locale locale) {
        Object[] words = args.toArray();
        if (key.equals("type")) {
            for (int i = 0; i < words.length; i++) {
                String kind = "workshop.kind." + words[i];
                words[i] = Texts.has(locale, kind) ? Texts.get(locale, kind) : words[i];
            }
        }
        return Texts.get(locale, "workshop.error." + key, words);
    }

    @Override
    public String toString() {
        return message(Texts.ENGLISH);
    }
}
