package dk.dialogforum.workshop;

/** The sane bounds a workshop must keep; the UI and the exports are designed for them. */
public final class Limits {
    public static final int MIN_ITEMS = 2;
    public static final int MAX_ITEMS = 12;
    public static final int MIN_STATEMENTS = 1;
    public static final int MAX_STATEMENTS = 20;
    public static final int MIN_CARDS = 1;
    public static final int MAX_CARDS = 10;
    public static final int MIN_TABLES = 1;
    public static final int MAX_TABLES = 30;
    public static final int MIN_FIELDS = 1;
    public static final int MAX_FIELDS = 6;
    public static final int MIN_SCALE_STEPS = 2;
    public static final int MAX_SCALE_STEPS = 11;
    public static final int MAX_DOT_VOTES = 20;
    /** Default and bounds of the length of one worksheet item, in characters (code points). */
    public static final int DEFAULT_TEXT_LIMIT = 1000;

    public static final int MIN_TEXT_LIMIT = 20;
    public static final int MAX_TEXT_LIMIT = 10_000;
    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_ID = 40;

    private Limits() {}
}
