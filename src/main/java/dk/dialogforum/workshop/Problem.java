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
        String what = Texts.get(locale, "workshop.error." + key, args.toArray());
        return Texts.get(locale, "workshop.error.line", file, path, what);
    }

    @Override
    public String toString() {
        return message(Texts.ENGLISH);
    }
}
