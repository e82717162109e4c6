package dk.dialogforum.text;

/**
 * A text's paragraph direction from its own first strong letter, as a browser's {@code dir="auto"} does: an
 * item written in Arabic or Hebrew reads right to left even with Danish words in it; a Danish text with an
 * Arabic name in it stays left to right. The screens and the minutes decide it the same way.
 */
public final class Direction {
    private Direction() {}

    /** Whether {@code text}'s first strong letter is written right to left. */
    public static boolean rightToLeft(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
