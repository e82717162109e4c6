package dk.dialogforum.workshop;

import java.util.Arrays;
import java.util.Optional;

/** The steps a workshop's agenda may list, each at most once, in the order the meeting takes them. */
public enum AgendaStep {
    WELCOME("welcome"),
    ENQUETE("enquete"),
    CARDS("cards"),
    RANKING("ranking"),
    SUMMARY("summary");

    private final String fileName;

    AgendaStep(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<AgendaStep> fromFileName(String name) {
        return Arrays.stream(values()).filter(s -> s.fileName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(
                ", ", Arrays.stream(values()).map(AgendaStep::fileName).toList());
    }
}
