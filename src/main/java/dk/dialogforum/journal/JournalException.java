package dk.dialogforum.journal;

import dk.dialogforum.text.Texts;

import java.util.List;
import java.util.Locale;

/** A journal or meeting file that cannot be read, with a message key saying why. */
public final class JournalException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    public JournalException(String key, Object... args) {
        super(Texts.get(Texts.ENGLISH, key, args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return Texts.get(locale, key, args.toArray());
    }
}
