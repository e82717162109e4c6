package dk.dialogforum.workshop;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The colours a table may have. The first eight are the Okabe–Ito palette, chosen to stay apart for
 * readers with the common forms of colour blindness; the rest are Paul Tol's muted palette. Tables
 * also carry a name, so colour is never the only way to tell them apart.
 */
public enum TableColour {
    ORANGE("#E69F00"),
    SKY("#56B4E9"),
    GREEN("#009E73"),
    YELLOW("#F0E442"),
    BLUE("#0072B2"),
    VERMILLION("#D55E00"),
    PURPLE("#CC79A7"),
    GREY("#7F7F7F"),
    INDIGO("#332288"),
    TEAL("#44AA99"),
    OLIVE("#999933"),
    WINE("#882255"),
    CYAN("#88CCEE"),
    SAND("#DDCC77"),
    ROSE("#CC6677"),
    BLACK("#000000");

    private final String hex;

    TableColour(String hex) {
        this.hex = hex;
    }

    public String hex() {
        return hex;
    }

    /** The name used in workshop files: lower case. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TableColour> fromFileName(String name) {
        return Arrays.stream(values()).filter(c -> c.fileName().equals(name)).findFirst();
    }

    /** The colour given to the n-th table (0-based) when the file does not name one. */
    public static TableColour forIndex(int index) {
        return values()[index % values().length];
    }

    public static String names() {
        return String.join(
                ", ", Arrays.stream(values()).map(TableColour::fileName).toList());
    }
}
