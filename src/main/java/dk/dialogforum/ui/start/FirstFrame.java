package dk.dialogforum.ui.start;

import dk.dialogforum.ui.kit.NextFrame;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Start-up measurement: with {@code -Ddialogforum.firstFrame=exit} (for an installed program, through
 * {@code JAVA_TOOL_OPTIONS}) the program prints {@code FIRST_FRAME <ms since the JVM started>} once the
 * first frame of its first window is laid out, then ends. The start-up benchmarks read that line.
 */
public final class FirstFrame {
    public static final String PROPERTY = "dialogforum.firstFrame";

    private FirstFrame() {}

    /** Reports the first frame of {@code stage} if the property asks for it. */
    public static void reportIfAsked(Stage stage) {
        if ("exit".equals(System.getProperty(PROPERTY))) {
            report(stage);
        }
    }

    /** Prints the first frame of {@code stage}'s scene and ends the program. */
    public static void report(Stage stage) {
        NextFrame.laidOut(stage.getScene(), () -> {
            long ms = System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("FIRST_FRAME " + ms);
            System.out.flush();
            Platform.runLater(() -> Runtime.getRuntime().halt(0));
        });
    }
}
