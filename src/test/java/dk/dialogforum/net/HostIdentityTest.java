package dk.dialogforum.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meeting's join code and seat secret on disk, beside its journal. */
class HostIdentityTest {
    @TempDir
    Path dir;

    /** A restarted host seats the same tables with the same code; no other user of the computer reads the secret. */
    @Test
    void theIdentityIsKeptPrivateAndReadBackTheSame() throws Exception {
        Path file = dir.resolve("meeting.journal.host");
        HostIdentity made = HostIdentity.forMeeting(file);
        HostIdentity read = HostIdentity.forMeeting(file);
        assertEquals(made.joinCode(), read.joinCode());
        assertArrayEquals(made.secret(), read.secret());
        assertNull(read.replaced());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing but the file: no temporary file left");
        }
    }

    /**
     * A damaged file (a crash of the disk, a hand that edited it) does not stop the meeting: it is kept aside,
     * a new code and secret are made, and the identity says so, so the facilitator can tell the tables.
     */
    @Test
    void aDamagedFileIsKeptAsideAndReplacedWithAReason() throws Exception {
        for (String damage :
                new String[] {"", "{\"code\":\"48291", "{\"code\":\"abc\",\"secret\":\"AAAA\"}", "\u0000\u0001"}) {
            Path file = dir.resolve("damaged.host");
            Files.writeString(file, damage);
            HostIdentity identity = HostIdentity.forMeeting(file);
            assertNotNull(identity.replaced(), "says it was replaced: " + damage);
            assertTrue(identity.joinCode().matches("\\d{6}"));
            assertEquals(32, identity.secret().length);
            assertEquals(damage, Files.readString(dir.resolve("damaged.host.damaged")), "the damaged file is kept");
            HostIdentity again = HostIdentity.forMeeting(file);
            assertEquals(identity.joinCode(), again.joinCode(), "the new one is read back");
            assertNull(again.replaced());
            Files.delete(file);
        }
        assertFalse(Files.exists(dir.resolve("damaged.host.tmp")));
    }
}
