package dk.dialogforum.ui.kit;

import dk.dialogforum.journal.DataFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The program's own stylesheet, on top of the AtlantaFX Primer theme. */
public final class Theme {
    private Theme() {}

    /** The faces the start screen uses; the italic one is loaded once it shows. */
    private static final String[] START_FONTS = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"};

    private static final String[] LATER_FONTS = {"NotoSans-Italic.ttf"};

    /**
     * Loads the shipped Noto Sans (SIL Open Font License), so the program looks the same on every
     * laptop and every Danish letter and common script has a glyph.
     */
    public static void loadFonts() {
        load(START_FONTS);
        load(LATER_FONTS);
    }

    /** The faces the start screen needs; {@link #loadLaterFonts()} loads the rest. */
    public static void loadStartFonts() {
        load(START_FONTS);
    }

    public static void loadLaterFonts() {
        load(LATER_FONTS);
    }

    private static void load(String[] fonts) {
        Path keptIn = DataFolder.root().resolve("fonts");
        for (String font : fonts) {
            Faces.load(font, keptIn);
        }
    }

    /** The window icons (the table-mode launcher has its own colour), in the sizes window managers ask for. */
    public static List<Image> icons(boolean table) {
        String name = table ? "dialogforum-table-" : "dialogforum-";
        var icons = new ArrayList<Image>();
        for (int size : new int[] {32, 48, 256}) {
            var url = Theme.class.getResource("/icons/" + name + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm(), true));
            }
        }
        return icons;
    }

    public static String stylesheet() {
        return Theme.class.getResource("/dk/dialogforum/ui/dialogforum.css").toExternalForm();
    }
}
