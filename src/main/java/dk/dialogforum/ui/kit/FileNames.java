package dk.dialogforum.ui.kit;

/** Names of the files the program offers to write. */
public final class FileNames {
    private FileNames() {}

    /**
     * A meeting's title as a file's name: "Dialogforum: Rammeaftale 2018" as "Dialogforum – Rammeaftale 2018", and
     * none of the characters a file system refuses.
     */
    public static String forTitle(String title) {
        return title.replace(": ", " – ").replaceAll("[\\\\/:*?\"<>|]", "-").strip();
    }
}
