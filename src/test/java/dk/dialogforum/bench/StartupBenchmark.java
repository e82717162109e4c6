package dk.dialogforum.bench;

import dk.dialogforum.app.DialogforumApp;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.ui.start.FirstFrame;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Start-up: from the launch of a fresh JVM to the first frame of Dialogforum's start screen, as a
 * ratio to a bare JavaFX window (one label) measured the same way in the same run. Needs a display
 * (run it under Xvfb on a headless machine):
 * {@code DISPLAY=:99 ./mvnw -q test-compile exec:exec@bench-startup}
 */
public final class StartupBenchmark {
    private static final int RUNS = 7;

    private StartupBenchmark() {}

    static void reportFirstFrame(Stage stage) {
        FirstFrame.report(stage);
    }

    /** A bare JavaFX window: the baseline. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Dialogforum")), 1280, 800));
            stage.show();
            reportFirstFrame(stage);
        }
    }

    /** Dialogforum's own start, measured the same way. */
    public static final class Full extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            DialogforumApp app = new DialogforumApp();
            app.init();
            app.start(stage);
            reportFirstFrame(stage);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            Application.launch(args[0].equals("bare") ? Bare.class : Full.class);
            return;
        }
        Path data = Files.createTempDirectory("dialogforum-startup");
        // -Dbench.ended=N: the data folder of a program that has held N meetings of 2,000 entries each, ended.
        int ended = Integer.getInteger("bench.ended", 0);
        for (int m = 0; m < ended; m++) {
            heldAndEnded(new Journals(data.resolve("journals")), 2_000);
        }
        List<Long> bare = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            bare.add(run("bare", data));
            full.add(run("full", data));
        }
        long b = median(bare);
        long f = median(full);
        System.out.printf("bare JavaFX window, launch to first frame: %d ms (runs %s)%n", b, bare);
        System.out.printf("Dialogforum start screen, launch to first frame: %d ms (runs %s)%n", f, full);
        System.out.printf(
                "ratio: %.2fx (target at most 1.2x)%s%n",
                f / (double) b, ended == 0 ? "" : String.format(", the data folder holding %d ended meetings", ended));
    }

    /** A meeting of {@code items} entries on one card, ended: its journal filed away as ended meetings are. */
    private static void heldAndEnded(Journals journals, int items) throws IOException {
        try (MeetingSession s = MeetingSession.start(WorkshopLoader.builtIn(), journals)) {
            MeetingEngine e = s.engine();
            String card = e.workshop().cards().get(0).id();
            e.execute(new Command.JoinTable("join", "bord-1"));
            e.execute(new Command.ChangePhase("open", Phase.card(card), Command.PhaseAction.OPEN));
            for (int i = 0; i < items; i++) {
                e.execute(new Command.AddItem(
                        "item-" + i, "bord-1", card, "spoergsmaal", "Punkt nummer " + i + " om samarbejdet"));
            }
            e.execute(new Command.CloseMeeting("end"));
        }
    }

    private static long run(String which, Path data) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Ddialogforum.data=" + data,
                        "-cp",
                        System.getProperty("java.class.path"),
                        StartupBenchmark.class.getName(),
                        which)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out.lines()
                .filter(l -> l.startsWith("FIRST_FRAME "))
                .map(l -> Long.parseLong(l.substring(12).trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(which + " printed no first frame: " + out));
    }

    private static long median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
