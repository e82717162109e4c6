package dk.dialogforum.ui;

import dk.dialogforum.workshop.WorkshopLoader;
import dk.dialogforum.util.Daemons;

/**
 * Work that the start screen needs and that can run on a second core while the JavaFX toolkit starts:
 * reading the built-in workshop (the JSON library's first use costs a few hundred milliseconds). Start
 * it first thing in {@code main}.
 */
public final class Preload {
    private Preload() {
    }

    public static void start() {
        // A thread of its own from the first line: even loading the JSON library's classes and making its
        // mapper (the loader's class initialisation) would otherwise hold up the toolkit's launch.
        Daemons.start("preload", () -> {
            try {
                WorkshopLoader.builtIn();
            } catch (RuntimeException e) {
                // The start screen reads it again and shows what is wrong.
            }
        });
    }
}
