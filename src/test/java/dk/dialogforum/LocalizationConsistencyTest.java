package dk.dialogforum;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Danish and English must say the same things: the same keys, each a valid message pattern. */
class LocalizationConsistencyTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/dk/dialogforum/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> da = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyDa = new TreeSet<>(da);
        onlyDa.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(da);
        assertEquals(Set.of(), onlyDa, "keys only in Danish");
        assertEquals(Set.of(), onlyEn, "keys only in English");
    }

    @Test
    void everyMessageIsAValidPatternWithText() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertFalse(value.isBlank(), bundle + ": " + key + " is empty");
                new MessageFormat(value); // throws on a broken pattern
            }
        }
    }

    /**
     * Every text goes through MessageFormat, where a lone ASCII apostrophe quotes what follows and vanishes:
     * "the meeting's address" would read "the meetings address". Texts use ’, or '' where a quote is meant.
     */
    @Test
    void noApostropheIsSwallowed() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String value = p.getProperty(key);
                String shown = new MessageFormat(value).format(new Object[] {1, 1, 1, 1, 1});
                assertEquals(
                        value.replace("''", "'").chars().filter(c -> c == '\'').count(),
                        shown.chars().filter(c -> c == '\'').count(),
                        bundle + ": " + key + " shows as: " + shown);
            }
        }
    }
}
