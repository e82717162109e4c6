package dk.dialogforum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's peak resident memory, as Linux counts it (VmHWM in /proc): what the machine had to give it. */
final class Rss {
    private Rss() {}

    /** The peak resident set of process {@code pid} since it started, in MiB; -1 where /proc cannot say. */
    static long peakMiB(long pid) throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
