package dk.dialogforum.journal;

import java.io.IOException;
import java.nio.file.Path;

/** Another window or program has the journal open. */
public final class JournalInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    public JournalInUseException(Path file) {
        super("journal in use: " + file);
    }
}
