package dk.dialogforum.ui.start;

import dk.dialogforum.util.Daemons;
import dk.dialogforum.workshop.WorkshopLoader;

/**
 * Reading the built-in workshop on a thread of its own once the start screen is shown (the JSON library's
 * first use costs a few hundred milliseconds), so that it is ready when the facilitator starts a meeting
 * from it. The start screen itself shows the summary the build wrote ({@code BuiltInSummary}).
 */
public final class Preload {
    private Preload() {}

    public static void start() {
        Daemons.start("preload", () -> {
            try {
                WorkshopLoader.builtIn();
            } catch (RuntimeException e) {
                // Starting the meeting reads it again and shows what is wrong.
            }
        });
    }
}
