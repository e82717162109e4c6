package dk.dialogforum.ui.designer;

import java.util.Locale;

/** The parts of the designer, each a page of its own, and which of the workshop file's paths each shows. */
enum Part {
    MEETING("$.meeting", "$.language", "$.format"),
    RANKING("$.ranking"),
    ENQUETE("$.enquete"),
    CARDS("$.cards"),
    FIELDS("$.fields"),
    TABLES("$.tables"),
    PLAN("$.agenda", "$.voting", "$.textLimit");

    private final String[] paths;

    Part(String... paths) {
        this.paths = paths;
    }

    /** The part that shows the reader's {@code path}; what no part shows (a stray field) is the meeting's. */
    static Part of(String path) {
        for (Part part : values()) {
            for (String p : part.paths) {
                if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                    return part;
                }
            }
        }
        return MEETING;
    }

    /** The key of the part's name in the resource bundle. */
    String key() {
        return "designer.part." + name().toLowerCase(Locale.ROOT);
    }
}
