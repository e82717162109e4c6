package dk.dialogforum.journal;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's data folder for Dialogforum, by each OS's convention: %LOCALAPPDATA%\Dialogforum on
 * Windows, ~/Library/Application Support/Dialogforum on macOS, $XDG_DATA_HOME/dialogforum (default
 * ~/.local/share/dialogforum) elsewhere. The system property {@code dialogforum.data} or the
 * environment variable {@code DIALOGFORUM_DATA} overrides it (tests, portable installs).
 */
public final class DataFolder {
    private DataFolder() {}

    public static Path root() {
        String override = System.getProperty("dialogforum.data");
        if (override == null || override.isBlank()) {
            override = System.getenv("DIALOGFORUM_DATA");
        }
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Dialogforum");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Dialogforum");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : home.resolve(".local").resolve("share"))
                .resolve("dialogforum");
    }

    public static Path journals() {
        return root().resolve("journals");
    }
}
