package dk.dialogforum.journal;

import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.meeting.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a child JVM that is submitting events with SIGKILL at random moments, 20 times over one
 * journal. Every event the child was told was accepted must be in the recovered meeting, exactly once.
 */
class CrashTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEventSurvivesSigkillExactlyOnce() throws Exception {
        Path journal = dir.resolve("crash" + Journal.SUFFIX);
        Set<String> acknowledged = new HashSet<>();
        Random random = new Random(20261123);
        int roundsWithWork = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(
                            javaBin(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            CrashChild.class.getName(),
                            journal.toString(),
                            String.valueOf(round))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            CountDownLatch ready = new CountDownLatch(1);
            Set<String> acks = ConcurrentHashMap.newKeySet();
            Thread reader = new Thread(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.equals("READY")) {
                            ready.countDown();
                        } else if (line.startsWith("ACK ")) {
                            acks.add(line.substring(4));
                        }
                    }
                } catch (IOException e) {
                    // the pipe closes when the child dies
                }
            });
            reader.start();
            assertTrue(ready.await(60, TimeUnit.SECONDS), "child did not start");
            Thread.sleep(50 + random.nextInt(400));
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(TimeUnit.SECONDS.toMillis(30));
            acknowledged.addAll(acks);
            if (!acks.isEmpty()) {
                roundsWithWork++;
            }
        }
        assertTrue(roundsWithWork >= ROUNDS / 2, "the child should get work done in most rounds: " + roundsWithWork);

        Recovery recovery = Journal.read(journal);
        // Replaying is strict: it fails on any command id or item applied twice.
        Snapshot state =
                MeetingState.replay(recovery.workshop(), recovery.events()).snapshot();
        Map<String, Integer> times = new HashMap<>();
        for (Event e : recovery.events()) {
            if (e instanceof Event.ItemAdded added) {
                times.merge(added.itemId(), 1, Integer::sum);
            }
        }
        List<String> missing = acknowledged.stream()
                .filter(id -> !times.containsKey(id))
                .sorted()
                .toList();
        assertEquals(List.of(), missing, "acknowledged events lost");
        assertTrue(times.values().stream().allMatch(n -> n == 1), "an event appears twice");
        assertEquals(times.size(), state.items().size());
        assertTrue(acknowledged.size() > 1000, "too little load to mean anything: " + acknowledged.size());
        System.out.printf(
                "crash test: %d rounds, %d acknowledged, %d events recovered%n",
                ROUNDS, acknowledged.size(), recovery.events().size());
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
