package dk.dialogforum.net;

/**
 * The host refused an entry for good (a closed phase, a text too long …): the entry has left the outbox, and
 * the table is told why, by its {@link #code()} and the host's words.
 */
public final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public Refused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
