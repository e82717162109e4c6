package dk.dialogforum.bench;

import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.testing.CommandLineLauncher;
import dk.dialogforum.testing.ReferenceMeeting;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Export from the command line ({@code Dialogforum-cli export FILE --xlsx --pdf}, a fresh JVM each time, with
 * the installed command-line launcher's JVM options) of the reference meeting and of meetings with 1,000
 * and 10,000 more items, as ratios to exporting an empty meeting the same way. Run: {@code ./mvnw -q test-compile exec:exec@bench-export}
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
        Path tenThousand = dir.resolve("ten-thousand.dialogforum");
        new MeetingFile(w, ReferenceMeeting.events(w, 10_000)).save(tenThousand);
        // The fonts' cost: the same 120 items in Danish, and in every script the referat draws with a font of
        // the system's (Chinese, Japanese, Korean, emoji) or shapes (Arabic) or reorders (Hebrew, Arabic).
        Path danish = dir.resolve("danish.dialogforum");
        new MeetingFile(w, items(w, i -> "Punkt " + i + " om kørsel, økonomi og samarbejde på tværs af kommunerne"))
                .save(danish);
        Path scripts = dir.resolve("scripts.dialogforum");
        new MeetingFile(w, items(w, i -> SCRIPTS.get(i % SCRIPTS.size()) + " " + i)).save(scripts);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        long[] e = new long[RUNS];
        long[] r = new long[RUNS];
        long[] t = new long[RUNS];
        long[] d = new long[RUNS];
        long[] s = new long[RUNS];
        long[] big = new long[RUNS];
        long[] emptyRss = new long[RUNS];
        long[] tenRss = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            e[i] = export(empty, dir);
            emptyRss[i] = lastPeakMiB;
            r[i] = export(reference, dir);
            t[i] = export(thousand, dir);
            big[i] = export(tenThousand, dir);
            tenRss[i] = lastPeakMiB;
            d[i] = export(danish, dir);
            s[i] = export(scripts, dir);
        }
        System.out.printf(
                "each export in a fresh JVM with the command-line launcher's options %s%n",
                CommandLineLauncher.javaOptions("linux"));
        System.out.printf(
                "load (1, 5, 15 min) before: %s; after: %s; %d cores%n",
                loadBefore,
                Files.readString(Path.of("/proc/loadavg")).strip(),
                Runtime.getRuntime().availableProcessors());
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
                "1,000 more items: %d ms (runs %s) -> ratio %.2fx (target at most 1.5x)%n",
                mt, Arrays.toString(t), mt / (double) me);
        long mx = median(big);
        System.out.printf(
                "10,000 more items: %d ms (runs %s) -> ratio %.2fx (target at most 3x); peak RSS %d MiB (runs %s),"
                        + " the empty meeting's %d MiB (target at most 400 MiB)%n",
                mx, Arrays.toString(big), mx / (double) me, median(tenRss), Arrays.toString(tenRss), median(emptyRss));
        long md = median(d);
        long ms = median(s);
        System.out.printf("120 items in Danish: %d ms (runs %s)%n", md, Arrays.toString(d));
        System.out.printf(
                "the same 120 items in every script: %d ms (runs %s) -> ratio %.2fx to Danish%n",
                ms, Arrays.toString(s), ms / (double) md);
    }

    /** Texts in Chinese, Japanese, Korean, emoji, Arabic, Hebrew, Greek, Cyrillic and Danish. */
    private static final List<String> SCRIPTS = List.of(
            "中文会议记录：区域合作与服务规划",
            "日本語の会議：地域の協力について",
            "한국어 회의: 지역 협력과 서비스",
            "🙂 🎉 👍 Tak for i dag ❤️",
            "مرحبا بكم في الاجتماع حول التعاون الإقليمي",
            "שלום (עולם) ותודה על ההשתתפות",
            "Ελληνικά: περιφερειακή συνεργασία",
            "Кириллица: региональное сотрудничество",
            "Æbler, øl og ål – æøå ÆØÅ");

    /** A meeting of 120 items on the first card, their texts from {@code text}. */
    private static List<Event> items(Workshop w, IntFunction<String> text) {
        String card = w.cards().get(0).id();
        try (TestMeeting m = TestMeeting.of(w)) {
            m.open(Phase.card(card));
            for (int i = 0; i < 120; i++) {
                Workshop.TableDef table = w.tables().get(i % w.tables().size());
                m.add(table.id(), card, w.fields().get(i % w.fields().size()).id(), text.apply(i));
            }
            return m.engine().events();
        }
    }

    private static long export(Path meeting, Path dir) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CommandLineLauncher.javaOptions("linux"));
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "dk.dialogforum.app.Main",
                "export",
                meeting.toString(),
                "--xlsx",
                dir.resolve("out.xlsx").toString(),
                "--pdf",
                dir.resolve("out.pdf").toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        // Its peak resident memory, as Linux counts it, read until it exits (the peak only grows).
        long peak = -1;
        while (!p.waitFor(5, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            try {
                peak = Math.max(peak, Rss.peakMiB(p.pid()));
            } catch (java.io.IOException | RuntimeException gone) {
                // It ended between the check and the read.
            }
        }
        lastPeakMiB = peak;
        if (p.waitFor() != 0) {
            throw new IllegalStateException("export failed for " + meeting);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The peak RSS of the last export's process, in MiB. */
    private static long lastPeakMiB;

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
