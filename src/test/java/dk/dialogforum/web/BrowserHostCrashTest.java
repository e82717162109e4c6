package dk.dialogforum.web;

import dk.dialogforum.journal.Journal;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.net.HostChild;
import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The facilitator's laptop dies (SIGKILL) while phones hold entries it never acknowledged; the meeting is
 * resumed from its journal on the same address. Every entry arrives, none twice.
 */
class BrowserHostCrashTest {
    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private Process host;

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (host != null) {
            host.destroyForcibly();
            host.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static void write(Browser phone, String text) {
        phone.find("#itemText").sendKeys(text);
        phone.click("#addItem");
    }

    @Test
    void entriesHeldByPhonesWhenTheHostIsKilledArriveOnceAfterItResumes() throws Exception {
        Path journal = dir.resolve("host" + Journal.SUFFIX);
        Path id = dir.resolve("host.id");
        HostIdentity identity = HostIdentity.forMeeting(id);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        host = HostChild.start(journal, id, port);
        String address = "http://127.0.0.1:" + port + "/#code=" + identity.joinCode();
        List<Browser> phones = new ArrayList<>();
        for (int t = 1; t <= 2; t++) {
            Browser phone = Browser.phone();
            open.add(phone);
            phones.add(phone);
            phone.open(address);
            phone.click("#seat-bord-" + t);
            write(phone, "Bord " + t + " før");
            phone.until(
                    "acknowledged",
                    d -> d.findElement(By.id("mine")).getText().contains("Bord")
                            && !d.findElement(By.id("status")).getText().contains("venter"));
        }

        host.destroyForcibly(); // SIGKILL
        host.waitFor(60, TimeUnit.SECONDS);
        for (int t = 1; t <= 2; t++) {
            Browser phone = phones.get(t - 1);
            phone.sees("genopretter forbindelsen");
            write(phone, "Bord " + t + " under nedbrud A");
            write(phone, "Bord " + t + " under nedbrud B");
            phone.sees("2 venter på at blive sendt");
        }

        host = HostChild.start(journal, id, port);
        for (Browser phone : phones) {
            phone.until("delivered", d -> {
                String status = d.findElement(By.id("status")).getText();
                return status.startsWith("forbundet") && !status.contains("venter");
            });
        }
        host.destroyForcibly();
        host.waitFor(60, TimeUnit.SECONDS);
        host = null;

        List<Event> events = Journal.read(journal).events();
        MeetingState.replay(WorkshopLoader.builtIn(), events); // strict: fails on an id applied twice
        Map<String, Long> texts = events.stream()
                .filter(e -> e instanceof Event.ItemAdded)
                .map(e -> ((Event.ItemAdded) e).text())
                .collect(Collectors.groupingBy(x -> x, java.util.TreeMap::new, Collectors.counting()));
        Map<String, Long> expected = new java.util.TreeMap<>();
        for (int t = 1; t <= 2; t++) {
            for (String what : List.of(" før", " under nedbrud A", " under nedbrud B")) {
                expected.put("Bord " + t + what, 1L);
            }
        }
        assertEquals(expected, texts, "every entry once");
    }
}
