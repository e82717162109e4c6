package dk.dialogforum.bench;

import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.testing.ReferenceMeeting;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Export from the command line ({@code dialogforum export FILE --xlsx --pdf}, a fresh JVM each time) of
 * the reference meeting and of a 1,000-item meeting, as ratios to exporting an empty meeting the same
 * way. Run: {@code ./mvnw -q test-compile exec:exec@bench-export}
 */
public final class ExportBenchmark {
    private static final int RUNS = 5;

    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("dialogforum-export-bench");
        Workshop w = WorkshopLoader.builtIn();
        Path empty = dir.resolve("empty.dialogforum");
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), EventStore.inMemory())) {
            new MeetingFile(w, engine.events()).save(empty);
        }
        Path reference = dir.resolve("reference.dialogforum");
        new MeetingFile(w, ReferenceMeeting.events(w)).save(reference);
        Path thousand = dir.resolve("thousand.dialogforum");
        new MeetingFile(w, ReferenceMeeting.events(w, 1000)).save(thousand);
        long[] e = new long[RUNS];
        long[] r = new long[RUNS];
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            e[i] = export(empty, dir);
            r[i] = export(reference, dir);
            t[i] = export(thousand, dir);
        }
        long me = median(e);
        long mr = median(r);
        long mt = median(t);
        System.out.printf("empty meeting: %d ms (runs %s)%n", me, Arrays.toString(e));
        System.out.printf(
                "reference meeting (6 tables, %d items): %d ms (runs %s) -> ratio %.2fx (target at most 1.5x)%n",
                MeetingFile.open(reference).events().stream()
                        .filter(x -> x instanceof Event.ItemAdded)
                        .count(),
                mr,
                Arrays.toString(r),
                mr / (double) me);
        System.out.printf(
                "1,000 more items: %d ms (runs %s) -> ratio %.2fx (target at most 2x)%n",
                mt, Arrays.toString(t), mt / (double) me);
    }

    private static long export(Path meeting, Path dir) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dk.dialogforum.app.Main",
                        "export",
                        meeting.toString(),
                        "--xlsx",
                        dir.resolve("out.xlsx").toString(),
                        "--pdf",
                        dir.resolve("out.pdf").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("export failed for " + meeting);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
