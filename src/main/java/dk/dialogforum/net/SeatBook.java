package dk.dialogforum.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which laptop owns which seat: a random token, given to the laptop that took the seat and kept there, and
 * kept here beside the journal (readable by this user only, written whole), so it holds across a restart of
 * either. A token says nothing of its table: it cannot be made from the table's id or the join code.
 */
final class SeatBook {
    private static final Logger LOG = Logger.getLogger(SeatBook.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    /** token → table id. */
    private final Map<String, String> tokens = new HashMap<>();
    /** The tokens of laptops whose seat the facilitator gave to another: token → table id. */
    private final Map<String, String> replaced = new HashMap<>();

    /** A book kept in {@code file} (null: in memory only); a file that cannot be read is set aside. */
    SeatBook(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                JsonNode root = Wire.MAPPER.readTree(Files.readString(file));
                read(root.path("seats"), tokens);
                read(root.path("replaced"), replaced);
            } catch (IOException | RuntimeException e) {
                // The laptops then ask for their seats again with the code, and the facilitator allows them.
                LOG.log(Level.WARNING, "the meeting's seats could not be read; the tables take them again", e);
                try {
                    Files.move(
                            file,
                            file.resolveSibling(file.getFileName() + ".damaged"),
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moved) {
                    LOG.log(Level.WARNING, "the damaged seats file could not be set aside", moved);
                }
            }
        }
    }

    private static void read(JsonNode node, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            into.put(e.getKey(), e.getValue().asText());
        }
    }

    /** Whether {@code token} was a laptop's whose seat was given to another. */
    synchronized boolean replaced(String token) {
        return token != null && replaced.containsKey(token);
    }

    synchronized String tableOf(String token) {
        return token == null ? null : tokens.get(token);
    }

    /** Whether a laptop owns {@code tableId}'s seat. */
    synchronized boolean owned(String tableId) {
        return tokens.containsValue(tableId);
    }

    /** How many tokens {@code tableId} has: in individual voting, its participants so far. */
    synchronized int count(String tableId) {
        return (int) tokens.values().stream().filter(tableId::equals).count();
    }

    synchronized Set<String> ownedSeats() {
        return Set.copyOf(tokens.values());
    }

    /**
     * Gives {@code tableId}'s seat to a laptop, taking it from any laptop that had it ({@code replace}) or
     * beside them: its new token, kept (on disk, when the book has a file) before it is returned.
     */
    synchronized String give(String tableId, boolean replace) {
        return give(tableId, replace, null);
    }

    /**
     * The same with the laptop's own key as its token, if it offered a usable one: a laptop that asks again
     * (its answer lost when the host stopped, say) is then the same laptop.
     */
    synchronized String give(String tableId, boolean replace, String key) {
        String token = usable(key) ? key : drawn();
        tokens.entrySet().removeIf(e -> {
            boolean theirs =
                    replace && e.getValue().equals(tableId) && !e.getKey().equals(token);
            if (theirs) {
                replaced.put(e.getKey(), tableId);
            }
            return theirs;
        });
        tokens.put(token, tableId);
        replaced.remove(token);
        try {
            save();
        } catch (IOException | RuntimeException e) {
            // The seat is the laptop's all the same; after a restart of the host it asks again.
            LOG.log(Level.WARNING, "the seats could not be written beside the journal", e);
        }
        return token;
    }

    /** A laptop's key is usable as a token when it is as long and as random-looking as one the host draws. */
    static boolean usable(String key) {
        return key != null && key.matches("[A-Za-z0-9_-]{32,64}");
    }

    /** A new random token, as a seat's or a laptop's key: 24 random bytes, URL-safe Base64. */
    static String drawn() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        ObjectNode root = Wire.MAPPER.createObjectNode();
        ObjectNode seats = root.putObject("seats");
        tokens.forEach(seats::put);
        replaced.forEach(root.putObject("replaced")::put);
        PrivateFiles.write(file, root.toString().getBytes(StandardCharsets.UTF_8));
    }
}
