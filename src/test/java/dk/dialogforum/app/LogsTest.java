package dk.dialogforum.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogsTest {
    /** What went wrong in a meeting is in a file the secretariat can send, in any script, and the files stay few. */
    @Test
    void theLogIsWrittenToTheDataFolderAndRotates(@TempDir Path data) throws Exception {
        Path folder = data.resolve("logs");
        FileHandler file = Logs.start(folder, 10_000, 3);
        Logger log = Logger.getLogger("dk.dialogforum.test.LogsTest");
        try {
            log.log(
                    Level.WARNING,
                    "the journal could not be written: disk full · Bord 3 · 会议 😀",
                    new IOException("No space left"));
            file.flush();
            String newest = Files.readString(folder.resolve("dialogforum-0.log"), StandardCharsets.UTF_8);
            assertTrue(
                    newest.contains(
                            "WARNING dk.dialogforum.test.LogsTest: the journal could not be written: disk full · Bord 3 · 会议 😀"),
                    newest);
            assertTrue(newest.contains("java.io.IOException: No space left"), newest);
            for (int i = 0; i < 600; i++) {
                log.info("line " + i + " " + "x".repeat(50));
            }
            file.flush();
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".log"))
                        .toList();
            }
            assertEquals(3, files.size(), "at most three files: " + files);
            for (Path p : files) {
                assertTrue(Files.size(p) <= 10_000 + 200, p + " is " + Files.size(p) + " bytes");
            }
        } finally {
            LogManager.getLogManager().getLogger("").removeHandler(file);
            file.close();
        }
    }
}
