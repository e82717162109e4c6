package dk.dialogforum.net;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A table laptop finds the facilitator's meeting on the LAN by mDNS/DNS-SD, and sees it go. */
class LanDiscoveryTest {
    @Test
    void aTableFindsTheAnnouncedMeetingAndSeesItLeave() throws Exception {
        String address = HostIdentity.lanAddress();
        assumeFalse(address.startsWith("127."), "this machine has no LAN interface to multicast on");
        InetAddress on = InetAddress.getByName(address);
        String title = "Dialogforum: Rammeaftale 2018 – Næstved, 1. december 🗳";
        BlockingQueue<List<LanDiscovery.Found>> seen = new LinkedBlockingQueue<>();
        try (LanDiscovery.Browser browser = LanDiscovery.browse(on, seen::add)) {
            LanDiscovery.Announcement announced = LanDiscovery.announce(on, title, "m-lan-test", 47899);
            LanDiscovery.Found meeting = null;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (meeting == null && System.nanoTime() < until) {
                List<LanDiscovery.Found> now = seen.poll(1, TimeUnit.SECONDS);
                if (now != null) {
                    meeting = now.stream()
                            .filter(m -> m.port() == 47899)
                            .findFirst()
                            .orElse(null);
                }
            }
            assertNotNull(meeting, "the announced meeting was not found within 20 s");
            assertEquals(title, meeting.title(), "the title arrives exactly as written, æøå, dots and emoji included");
            assertEquals(address + ":47899", meeting.address());
            assertEquals(
                    "m-lan-test",
                    meeting.meeting(),
                    "the meeting's id, by which a table that sat in it knows it again");

            announced.close();
            boolean gone = false;
            until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!gone && System.nanoTime() < until) {
                List<LanDiscovery.Found> now = seen.poll(1, TimeUnit.SECONDS);
                gone = now != null && now.stream().noneMatch(m -> m.port() == 47899);
            }
            assertTrue(gone, "the meeting stayed in the list after it stopped announcing");
        }
    }

    @Test
    void longTitlesAreCutToWhatDnsCarriesWithoutBreakingACharacter() {
        String name = LanDiscovery.cut("Sammenhængende tilbud på tværs af kommunerne 😀😀😀😀😀😀😀😀😀😀", 63);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 63, name);
        assertTrue(name.endsWith("…"));
        assertFalse(name.contains("\uFFFD"));
        assertEquals("Kort titel", LanDiscovery.cut("Kort titel", 63));
    }
}
