package dk.dialogforum.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The installed command-line launcher's settings, as jpackage reads them from {@code installer/SYSTEM/}. */
public final class CommandLineLauncher {
    private CommandLineLauncher() {}

    /** The launcher's properties for {@code system} ("linux", "windows", "macos"). */
    public static Properties of(String system) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("installer", system, "Dialogforum-cli.properties"))) {
            p.load(in);
        }
        return p;
    }

    /** Its JVM options, without the class-data archive only an installed program has. */
    public static List<String> javaOptions(String system) throws IOException {
        return Arrays.stream(of(system).getProperty("java-options", "").trim().split("\\s+"))
                .filter(o -> !o.isEmpty() && !o.contains("$APPDIR"))
                .toList();
    }
}
