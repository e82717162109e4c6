package dk.dialogforum.ui.kit;

import dk.dialogforum.text.Texts;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The language the UI speaks now; Danish by default, switchable while the program runs. */
public final class I18n {
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Texts.DANISH);

    public I18n(Locale initial) {
        locale.set(initial);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public String t(String key, Object... args) {
        return Texts.get(locale.get(), key, args);
    }

    /**
     * The text of {@code key}, said to one participant where {@code individual} (individual voting: "du", not
     * the table's "I"), from {@code key.individual} where the language has one.
     */
    public String tFor(boolean individual, String key, Object... args) {
        String one = key + ".individual";
        return t(individual && Texts.has(locale.get(), one) ? one : key, args);
    }
}
