package dk.dialogforum.ui.kit;

import java.nio.file.Path;

/** What the workshop designer starts from. */
public record DesignSource(Kind kind, Path file, String resource) {
    public enum Kind {
        /** A new workshop with nothing of its own yet: the format's defaults and empty places to fill. */
        BLANK,
        /** The built-in workshop, the seed meeting. */
        BUILT_IN,
        /** A workshop shipped with the program, by its resource path. */
        EXAMPLE,
        /** A workshop file, which need not be valid: the designer shows what is wrong and where. */
        WORKSHOP_FILE,
        /** The workshop of an earlier meeting (a saved meeting file or an ended meeting's journal), without its votes. */
        EARLIER_MEETING
    }

    public static DesignSource of(Kind kind) {
        return new DesignSource(kind, null, null);
    }

    public static DesignSource file(Kind kind, Path file) {
        return new DesignSource(kind, file, null);
    }

    public static DesignSource example(String resource) {
        return new DesignSource(Kind.EXAMPLE, null, resource);
    }
}
