package dk.dialogforum.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A secretariat's script exports the same way on every system: the installed command-line launchers of
 * Linux, Windows and macOS and the portable folder's scripts start the program with the same JVM options
 * (those the export benchmark measures), and on Windows it is a console program, so what it says shows.
 */
class CommandLineLauncherTest {
    private static Properties launcher(String system) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("installer", system, "Dialogforum-cli.properties"))) {
            p.load(in);
        }
        return p;
    }

    /** The launcher's JVM options, without the class-data archive only an installed program has. */
    private static List<String> options(String system) throws IOException {
        return Arrays.stream(
                        launcher(system).getProperty("java-options", "").trim().split("\\s+"))
                .filter(o -> !o.contains("$APPDIR"))
                .toList();
    }

    @Test
    void everySystemAndThePortableFolderExportWithTheSameOptions() throws IOException {
        List<String> linux = options("linux");
        assertTrue(linux.contains("-XX:+UseSerialGC"), "the serial collector: " + linux);
        assertEquals(linux, options("windows"), "Windows");
        assertEquals(linux, options("macos"), "macOS");
        assertEquals("true", launcher("windows").getProperty("win-console"), "a console program on Windows");
        for (String system : List.of("linux", "windows", "macos")) {
            assertEquals(
                    "help",
                    launcher(system).getProperty("arguments"),
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
