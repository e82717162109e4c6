package dk.dialogforum.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for the host's memory: a bare JavaFX window (one label) at the projector's 1920×1080, drawn for
 * {@link #FRAMES} frames, in a JVM of its own started like the host's; it prints its peak RSS and ends.
 */
public final class BareWindowRss {
    private static final int FRAMES = 120;
    private static final List<String> PASSED_ON =
            List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "headless.geometry");

    private BareWindowRss() {}

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch drawn = new CountDownLatch(FRAMES);
        Platform.runLater(() -> {
            Label label = new Label("Dialogforum");
            Scene scene = new Scene(new StackPane(label), 1920, 1080);
            // A frame is drawn only when something changes: the label's text changes each frame.
            scene.addPostLayoutPulseListener(() -> {
                drawn.countDown();
                Platform.runLater(() -> label.setText("Dialogforum " + drawn.getCount()));
            });
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        if (!drawn.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the bare window drew " + (FRAMES - drawn.getCount()) + " frames");
        }
        System.out.println("PEAK_RSS_MIB " + Rss.peakMiB(ProcessHandle.current().pid()));
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** Runs the bare window in a JVM started with this one's rendering settings: its peak RSS in MiB. */
    static long measure() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String p : PASSED_ON) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareWindowRss.class.getName()));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out.lines()
                .filter(l -> l.startsWith("PEAK_RSS_MIB "))
                .map(l -> Long.parseLong(l.substring(13).trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the bare window said no peak RSS: " + out));
    }
}
