package dk.dialogforum.ui.kit;

import dk.dialogforum.results.AgreementColours;
import dk.dialogforum.workshop.TableColour;
import dk.dialogforum.workshop.Workshop;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** Pieces the projector's slides share: headings, table chips, colours. */
public final class SlideParts {
    private SlideParts() {}

    /**
     * The style of a text that is cut with "…" where its room ends, on purpose: a line that names a thing
     * (a statement) by the start of its text, beside what counts (its share, its number).
     */
    public static final String CLAMPED = "clamped";

    public static Label label(String text, String... styles) {
        Label l = new MeasuredLabel(text);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** The kicker and title at the top of a slide. */
    public static VBox heading(String kicker, String title) {
        VBox box = new VBox(6);
        box.getStyleClass().add("slide-heading");
        if (kicker != null && !kicker.isBlank()) {
            box.getChildren().add(label(kicker.toUpperCase(Locale.ROOT), "slide-kicker"));
        }
        box.getChildren().add(label(title, "slide-title"));
        return box;
    }

    /** A slide's compact look: smaller title, headers and text (never under 28 px); see the stylesheet. */
    public static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    /**
     * Gives {@code slide} its compact look, for good, once any of {@code columns} has room for none of its
     * entries: a long title or long texts must not leave the room seeing only "+ n more". Called after
     * the slide's layout; the compact look lays it out again.
     */
    public static void compactIfCrowded(Node slide, Iterable<FittingColumn> columns) {
        if (slide.getPseudoClassStates().contains(COMPACT)) {
            return;
        }
        for (FittingColumn c : columns) {
            if (c.showsNone()) {
                slide.pseudoClassStateChanged(COMPACT, true);
                return;
            }
        }
    }

    /** A table's name on its colour, with text dark or light for contrast. */
    public static Label chip(Workshop.TableDef table, boolean dimmed) {
        Label chip = new MeasuredLabel(table.name());
        chip.getStyleClass().add("table-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        if (dimmed) {
            chip.getStyleClass().add("table-chip-waiting");
        } else {
            paintChip(chip, table);
        }
        return chip;
    }

    private static final PseudoClass ON_DARK = PseudoClass.getPseudoClass("on-dark");
    private static final PseudoClass ON_LIGHT = PseudoClass.getPseudoClass("on-light");

    /**
     * Shows {@code table} on a chip: its name on its colour, the text dark or light for contrast. Set
     * from code and by pseudo-class, not by inline style, so a chip can change tables without a CSS pass.
     */
    public static void paintChip(Label chip, Workshop.TableDef table) {
        chip.setText(table.name());
        Background background = CHIP_BACKGROUNDS.computeIfAbsent(
                table.colour(),
                colour -> new Background(new BackgroundFill(Color.web(colour.hex()), CHIP_RADII, Insets.EMPTY)));
        if (background != chip.getBackground()) {
            // Another colour: the text's colour may change with it.
            chip.setBackground(background);
            boolean dark = !CHIP_DARK_TEXT.computeIfAbsent(table.colour(), SlideParts::darkText);
            chip.pseudoClassStateChanged(ON_DARK, dark);
            chip.pseudoClassStateChanged(ON_LIGHT, !dark);
        }
    }

    private static final CornerRadii CHIP_RADII = new CornerRadii(999);
    /** One background per colour, made once: a projector repaints chips many times a second. FX thread only. */
    private static final Map<TableColour, Background> CHIP_BACKGROUNDS = new EnumMap<>(TableColour.class);
    /** Whether each colour takes dark text, worked out once. FX thread only. */
    private static final Map<TableColour, Boolean> CHIP_DARK_TEXT = new EnumMap<>(TableColour.class);

    /** Whether dark text reads better than light on {@code colour}. */
    public static boolean darkText(TableColour colour) {
        Color c = Color.web(colour.hex());
        double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return luminance > 0.5;
    }

    /** The colour of answer {@code value} on a scale of {@code steps}, as everywhere ({@link AgreementColours}). */
    public static Color scaleColour(int value, int steps) {
        int rgb = AgreementColours.rgb(value, steps);
        return Color.rgb(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public static String css(Color c) {
        return String.format(
                "#%02X%02X%02X",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    public static HBox row(double gap, Node... nodes) {
        HBox row = new HBox(gap, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    public static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
