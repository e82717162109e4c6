package dk.dialogforum.net;

import com.fasterxml.jackson.core.type.TypeReference;
import dk.dialogforum.util.SafeFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dots this laptop's participant gave, as the host acknowledged them, kept beside the outbox. In individual
 * voting a table is told its participants' dots together, so a laptop started again (or a dots form made anew)
 * could not tell from them what its own participant gave; the browser keeps its own in the page's storage.
 * Kept for one token, the seat's: another participant (the laptop gone round the table) has given none yet.
 */
final class OwnDots {
    static final String FILE = "own-dots.json";

    /** The participant's token, and per card the dots per item. */
    record Kept(String token, Map<String, Map<String, Integer>> cards) {}

    private static final TypeReference<Kept> KEPT = new TypeReference<>() {};

    private OwnDots() {}

    /** Keeps {@code dots} as what {@code token}'s participant gave on {@code cardId}; a new token starts afresh. */
    static void keep(Path folder, String token, String cardId, Map<String, Integer> dots) throws IOException {
        Kept kept;
        try {
            kept = read(folder);
        } catch (IOException | RuntimeException e) {
            kept = null; // damaged: what is given now is kept afresh
        }
        Map<String, Map<String, Integer>> cards = new LinkedHashMap<>(
                kept != null && token.equals(kept.token()) && kept.cards() != null ? kept.cards() : Map.of());
        cards.put(cardId, new LinkedHashMap<>(dots));
        SafeFiles.write(folder.resolve(FILE), Wire.MAPPER.writeValueAsBytes(new Kept(token, cards)));
    }

    /** What {@code token}'s participant gave on {@code cardId}, in the order given; empty if nothing is kept. */
    static Map<String, Integer> of(Path folder, String token, String cardId) {
        try {
            Kept kept = read(folder);
            if (kept == null || token == null || !token.equals(kept.token()) || kept.cards() == null) {
                return Map.of();
            }
            Map<String, Integer> dots = kept.cards().get(cardId);
            return dots == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dots));
        } catch (IOException | RuntimeException e) {
            // Only what the form starts from: the host holds the dots whatever this file says.
            return Map.of();
        }
    }

    private static Kept read(Path folder) throws IOException {
        try {
            return Wire.MAPPER.readValue(Files.readAllBytes(folder.resolve(FILE)), KEPT);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
