package dk.dialogforum.app;

import dk.dialogforum.testing.CommandLineLauncher;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A secretariat's script exports the same way on every system: the installed command-line launchers of
 * Linux, Windows and macOS and the portable folder's scripts start the program with the same JVM options
 * (those the export benchmark measures), and on Windows it is a console program, so what it says shows.
 */
class CommandLineLauncherTest {
    @Test
    void everySystemAndThePortableFolderExportWithTheSameOptions() throws IOException {
        List<String> linux = CommandLineLauncher.javaOptions("linux");
        assertTrue(linux.contains("-XX:+UseSerialGC"), "the serial collector: " + linux);
        assertEquals(linux, CommandLineLauncher.javaOptions("windows"), "Windows");
        assertEquals(linux, CommandLineLauncher.javaOptions("macos"), "macOS");
        assertEquals(
                "true", CommandLineLauncher.of("windows").getProperty("win-console"), "a console program on Windows");
        for (String system : List.of("linux", "windows", "macos")) {
            assertEquals(
                    "help",
                    CommandLineLauncher.of(system).getProperty("arguments"),
                    system + ": given nothing, it says its commands");
        }
        String joined = String.join(" ", linux);
        String sh = Files.readString(Path.of("installer", "portable", "Dialogforum.sh"));
        assertTrue(sh.contains("export|worksheets) gc=\"" + joined + "\""), "the portable script for Linux and macOS");
        String cmd = Files.readString(Path.of("installer", "portable", "Dialogforum.cmd"));
        for (String command : List.of("export", "worksheets")) {
            assertTrue(
                    cmd.contains("if /i \"%~1\"==\"" + command + "\" set \"GC=" + joined + "\""),
                    "the portable script for Windows, " + command);
        }
        for (String system : List.of("linux", "windows", "macos")) {
            String image = Files.readString(Path.of("installer", system, "app-image.args"));
            assertTrue(
                    image.contains(
                            "--add-launcher Dialogforum-cli=installer/" + system + "/Dialogforum-cli.properties"),
                    system + " builds the launcher");
        }
    }
}
