package dk.dialogforum.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text a user sees, looked up in the resource bundle {@code dk/dialogforum/i18n/messages}.
 * Danish is the base bundle; English is {@code messages_en}. Lookups never fall back to the JVM's
 * default locale, so a Danish meeting stays Danish on an English laptop.
 */
public final class Texts {
    public static final String BUNDLE = "dk.dialogforum.i18n.messages";
    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {}

    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    public static ResourceBundle bundle(Locale locale) {
        return BUNDLES.computeIfAbsent(
                locale == null ? DANISH : locale, l -> ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK));
    }

    /** The text for {@code key} in {@code locale}, with {@code args} put in by {@link MessageFormat}. */
    /** Whether the bundle has a text for {@code key}. */
    public static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale == null ? DANISH : locale).format(args);
    }

    /** The locale for a workshop's language tag: "en" gives English, anything else Danish. */
    public static Locale forLanguage(String tag) {
        return "en".equalsIgnoreCase(tag) ? ENGLISH : DANISH;
    }
}
