package dk.dialogforum.ui;

import dk.dialogforum.workshop.WorkshopLoader;

/**
 * Work that the start screen needs and that can run on a second core while the JavaFX toolkit starts:
 * reading the built-in workshop, loading the control classes, and warming the stylesheet parser on our
 * stylesheets. Start it first thing in {@code main}; the start screen then appears sooner.
 */
public final class Preload {
    private static final String[] CLASSES = {
            "javafx.scene.control.ScrollPane", "javafx.scene.control.skin.ScrollPaneSkin",
            "javafx.scene.control.ChoiceBox", "javafx.scene.control.skin.ChoiceBoxSkin",
            "javafx.scene.control.Button", "javafx.scene.control.skin.ButtonSkin",
            "javafx.scene.control.Label", "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.ListView", "javafx.scene.control.skin.ListViewSkin",
            "javafx.scene.control.skin.VirtualFlow", "javafx.scene.control.ContextMenu",
            "javafx.scene.layout.VBox", "javafx.scene.layout.HBox", "javafx.scene.layout.BorderPane",
            "javafx.css.CssParser", "atlantafx.base.theme.PrimerLight"};

    private Preload() {
    }

    public static void start() {
        WorkshopLoader.preloadBuiltIn();
        Thread t = new Thread(Preload::warm, "preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void warm() {
        ClassLoader loader = Preload.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a warm-up: whatever fails here is loaded when it is needed.
            }
        }
        try {
            java.net.URL ours = Preload.class.getResource("/dk/dialogforum/ui/dialogforum.css");
            if (ours != null) {
                new javafx.css.CssParser().parse(ours);
            }
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            // Only a warm-up.
        }
    }
}
