package dk.dialogforum.ui;

import dk.dialogforum.workshop.WorkshopLoader;

/**
 * Work that the start screen needs and that can run on a second core while the JavaFX toolkit starts:
 * reading the built-in workshop (the JSON library's first use costs a few hundred milliseconds). Start
 * it first thing in {@code main}.
 */
public final class Preload {
    private Preload() {
    }

    public static void start() {
        WorkshopLoader.preloadBuiltIn();
    }
}
