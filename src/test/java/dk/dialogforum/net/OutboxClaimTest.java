package dk.dialogforum.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two table windows on one computer never share an outbox; a window that closes leaves its folder free. */
class OutboxClaimTest {
    @TempDir
    Path data;

    @Test
    void twoWindowsOpenAtOnceGetAFolderEachAndTheFirstIsFreeAgainWhenItsWindowCloses() throws Exception {
        Path base = data.resolve("table");
        try (OutboxClaim first = OutboxClaim.claim(base)) {
            assertEquals(base, first.folder());
            try (OutboxClaim second = OutboxClaim.claim(base)) {
                assertEquals(data.resolve("table-2"), second.folder());
            }
            try (OutboxClaim again = OutboxClaim.claim(base)) {
                assertEquals(data.resolve("table-2"), again.folder(), "the second window's folder is free again");
            }
        }
        try (OutboxClaim later = OutboxClaim.claim(base)) {
            assertEquals(base, later.folder(), "the first window's folder is taken up again by the next window");
        }
    }
}
