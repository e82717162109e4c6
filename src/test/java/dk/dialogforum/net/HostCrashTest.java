package dk.dialogforum.net;

import dk.dialogforum.journal.Journal;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables keep submitting while the host process is killed with SIGKILL and restarted ten times; the
 * tables' own connections are cut at random, and the host is frozen (SIGSTOP) now and then. Afterwards
 * every submission a table saw acknowledged is in the meeting exactly once, and everything still in an
 * outbox has arrived.
 */
class HostCrashTest {
    private static final int RESTARTS = 10;

    @TempDir
    Path dir;

    @Test
    void acknowledgedSubmissionsSurviveTenHostKillsExactlyOnce() throws Exception {
        Path journal = dir.resolve("host" + Journal.SUFFIX);
        Path id = dir.resolve("host.id");
        HostIdentity identity = HostIdentity.forMeeting(id);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process host = HostChild.start(journal, id, port);
        Set<String> acked = ConcurrentHashMap.newKeySet();
        Set<String> submitted = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        List<TableClient> clients = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            String table = "bord-" + t;
            TableClient c = new TableClient(
                    URI.create("ws://127.0.0.1:" + port + "/ws"),
                    identity.joinCode(),
                    table,
                    dir.resolve("outbox-" + t));
            c.start();
            clients.add(c);
            Thread writer = new Thread(() -> {
                for (int n = 0; running.get(); n++) {
                    String cid = table + "-" + n;
                    try {
                        submitted.add(cid);
                        c.submit(new Command.AddItem(
                                        cid, table, "klyngesamarbejde", "fordele", "Punkt " + cid + " æøå"))
                                .thenAccept(ack -> acked.add(cid));
                        Thread.sleep(3);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        Random random = new Random(4711);
        // Where the system can pause a process (SIGSTOP), the host is also frozen now and then, as a
        // laptop whose lid is closed: the tables' connections hang rather than close.
        boolean canPause = Files.isExecutable(Path.of("/bin/kill"));
        int pauses = 0;
        int cuts = 0;
        for (int round = 0; round < RESTARTS; round++) {
            Thread.sleep(300 + random.nextInt(500));
            for (TableClient c : clients) {
                if (random.nextInt(3) == 0) {
                    c.dropConnection();
                    cuts++;
                }
            }
            if (canPause && random.nextBoolean()) {
                signal(host, "STOP");
                Thread.sleep(500 + random.nextInt(1500));
                signal(host, "CONT");
                pauses++;
                Thread.sleep(200 + random.nextInt(400));
            }
            host.destroyForcibly(); // SIGKILL
            assertTrue(host.waitFor(60, TimeUnit.SECONDS));
            Thread.sleep(random.nextInt(300));
            host = HostChild.start(journal, id, port);
        }
        running.set(false);
        for (Thread w : writers) {
            w.join(10_000);
        }
        long end = System.currentTimeMillis() + 60_000;
        while (clients.stream().anyMatch(c -> c.pending() > 0) && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        clients.forEach(c -> assertEquals(0, c.pending(), "an outbox was not delivered"));
        clients.forEach(TableClient::close);
        host.destroyForcibly();
        host.waitFor(60, TimeUnit.SECONDS);

        List<Event> events = Journal.read(journal).events();
        MeetingState.replay(WorkshopLoader.builtIn(), events); // strict: fails on any id applied twice
        Map<String, Integer> times = new HashMap<>();
        events.stream()
                .filter(e -> e instanceof Event.ItemAdded)
                .forEach(e -> times.merge(e.commandId(), 1, Integer::sum));
        assertTrue(times.values().stream().allMatch(n -> n == 1), "an item arrived twice");
        List<String> lost =
                acked.stream().filter(cid -> !times.containsKey(cid)).toList();
        assertEquals(List.of(), lost, "acknowledged but lost");
        assertEquals(submitted, times.keySet(), "everything submitted has arrived once the outboxes are empty");
        assertTrue(acked.size() > 300, "too little traffic to mean anything: " + acked.size());
        assertTrue(cuts > 0 && (!canPause || pauses > 0), "cuts " + cuts + ", pauses " + pauses);
    }

    private static void signal(Process p, String signal) throws Exception {
        assertEquals(
                0,
                new ProcessBuilder("/bin/kill", "-" + signal, String.valueOf(p.pid()))
                        .start()
                        .waitFor(),
                "kill -" + signal);
    }
}
