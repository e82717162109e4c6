package dk.dialogforum.bench;

import dk.dialogforum.journal.Journal;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.zip.CRC32C;

/**
 * Measures the engine with durability on, and replay of a 100,000-event journal, each beside a
 * baseline measured in the same run on the same disk:
 * <ul>
 *   <li>accepted events/s with the journal (group commit) against one fsync per event, the rate a
 *       journal without group commit could reach, and against the engine with no disk at all;</li>
 *   <li>replay (read, check, decode, fold) against only reading the file and checking its checksums.</li>
 * </ul>
 * Run: {@code ./mvnw -q test-compile exec:exec@bench-journal}
 */
public final class JournalBenchmark {
    private static final String CARD = "klyngesamarbejde";
    private static final int ROUNDS = 3;

    private JournalBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && (args[0].equals("replay") || args[0].equals("raw"))) {
            Path file = Path.of(args[1]);
            // As on a real restart: the start screen has read the built-in workshop (and so loaded
            // the JSON library) before the facilitator chooses to resume.
            WorkshopLoader.builtIn();
            long t0 = System.nanoTime();
            if (args[0].equals("replay")) {
                // The path the facilitator waits for: the journal opened, checked and decoded, its events folded
                // into the meeting, and the meeting's engine ready to take the next command.
                try (MeetingSession resumed = MeetingSession.resume(file)) {
                    if (resumed.engine().snapshot().seq() < 2) {
                        throw new IllegalStateException("nothing resumed");
                    }
                }
            } else {
                rawRead(file);
            }
            System.out.println((System.nanoTime() - t0) / 1e6);
            return;
        }
        int acceptEvents = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int replayEvents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("dialogforum-bench");
        Workshop w = WorkshopLoader.builtIn();
        System.out.printf(
                "machine: %d cores, Java %s, disk under %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), dir);

        double[] engine = new double[ROUNDS];
        double[] fsyncs = new double[ROUNDS];
        double[] memory = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            fsyncs[r] = fsyncPerEvent(dir.resolve("raw-" + r), 2_000);
            engine[r] = acceptRate(w, Journal.create(dir.resolve("accept-" + r + Journal.SUFFIX), w), acceptEvents);
            memory[r] = acceptRate(w, EventStore.inMemory(), acceptEvents);
        }
        double e = median(engine);
        double f = median(fsyncs);
        double m = median(memory);
        System.out.printf("accepted events/s, durable (group commit): %,.0f%n", e);
        System.out.printf("baseline: one fsync per event:             %,.0f/s  -> ratio %.1fx%n", f, e / f);
        System.out.printf("baseline: engine without disk:             %,.0f/s  -> ratio %.2fx%n", m, e / m);

        Path big = dir.resolve("replay" + Journal.SUFFIX);
        writeJournal(w, big, replayEvents);
        // Replay is what a restart after a crash does, so each run is a fresh JVM, as on the laptop.
        double[] replay = new double[5];
        double[] raw = new double[5];
        for (int r = 0; r < replay.length; r++) {
            replay[r] = freshJvm("replay", big);
            raw[r] = freshJvm("raw", big);
        }
        double rp = median(replay);
        double rr = median(raw);
        System.out.printf(
                "replay (read, check, decode, fold) of %,d events (%,d bytes), fresh JVM: %.0f ms (runs: %s)%n",
                replayEvents,
                Files.size(big),
                rp,
                Arrays.toString(Arrays.stream(replay).mapToLong(Math::round).toArray()));
        System.out.printf("baseline: read + checksum only, fresh JVM:  %.0f ms  -> ratio %.1fx%n", rr, rp / rr);
        deleteTree(dir);
    }

    private static double acceptRate(Workshop w, EventStore store, int n) throws Exception {
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), store)) {
            engine.execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
            Semaphore inFlight = new Semaphore(256);
            List<CompletableFuture<Outcome>> all = new ArrayList<>(n);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                inFlight.acquire();
                CompletableFuture<Outcome> f = engine.submit(new Command.AddItem(
                        "e" + i,
                        "bord-" + (1 + i % 6),
                        CARD,
                        "fordele",
                        "Forslag nummer " + i + " fra bordet: flere fælles tilbud i klyngen"));
                f.whenComplete((o, x) -> inFlight.release());
                all.add(f);
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (all.stream().anyMatch(f -> f.join().status() != Outcome.Status.ACCEPTED)) {
                throw new IllegalStateException("an event was not accepted");
            }
            return n / seconds;
        }
    }

    /** The rate of appending one record of typical size and syncing it, one at a time. */
    private static double fsyncPerEvent(Path file, int n) throws IOException {
        byte[] record = new byte[220];
        Arrays.fill(record, (byte) 'x');
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ch.write(ByteBuffer.wrap(record));
                ch.force(false);
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    /** A journal with a realistic mix: items added and edited, enquete ballots submitted and replaced. */
    private static void writeJournal(Workshop w, Path file, int n) throws Exception {
        List<String> order =
                w.ranking().items().stream().map(Workshop.RankItem::id).toList();
        Map<String, Integer> answers =
                Map.of("kapacitet", 5, "inddragelse", 4, "taettere-2021", 4, "kvalitet", 3, "egen-tilbudsvifte", 2);
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), Journal.create(file, w))) {
            engine.execute(new Command.ChangePhase("open-card", Phase.card(CARD), Command.PhaseAction.OPEN));
            engine.execute(new Command.ChangePhase("open-enquete", Phase.ENQUETE, Command.PhaseAction.OPEN));
            Semaphore inFlight = new Semaphore(512);
            List<CompletableFuture<Outcome>> all = new ArrayList<>(n);
            for (int i = 3; i <= n; i++) {
                String table = "bord-" + (1 + i % 6);
                Command c = switch (i % 5) {
                    case 0 -> new Command.SubmitEnqueteBallot("e" + i, table, null, order, answers);
                    case 1 ->
                        i > 10
                                ? new Command.EditItem(
                                        "e" + i, "bord-" + (1 + (i - 3) % 6), "e" + (i - 3), "Rettet forslag " + i)
                                : new Command.AddItem("e" + i, table, CARD, "ulemper", "Ulempe " + i);
                    default ->
                        new Command.AddItem("e" + i, table, CARD, "fordele", "Forslag nummer " + i + " fra bordet");
                };
                inFlight.acquire();
                CompletableFuture<Outcome> f = engine.submit(c);
                f.whenComplete((o, x) -> inFlight.release());
                all.add(f);
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        }
    }

    private static void rawRead(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(4);
        long check = 0;
        // Format 2: each record is its mark, its length and its checksum, then its payload.
        while (in.remaining() >= 12) {
            in.getInt();
            int length = in.getInt();
            in.getInt();
            CRC32C crc = new CRC32C();
            crc.update(bytes, in.position(), length);
            check += crc.getValue();
            in.position(in.position() + length);
        }
        if (check == 42) {
            System.out.print("");
        }
    }

    /** Runs this program in a new JVM on {@code file} and returns the milliseconds it reports. */
    private static double freshJvm(String mode, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        JournalBenchmark.class.getName(),
                        mode,
                        file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(mode + " failed: " + out);
        }
        return Double.parseDouble(out);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
