package dk.dialogforum.workshop;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A workshop file that cannot be used, with every problem found in it. */
public final class WorkshopException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public WorkshopException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public String message(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("\n"));
    }
}
