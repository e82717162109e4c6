package dk.dialogforum.journal;

import dk.dialogforum.meeting.Event;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Workshop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What reading a journal found: the workshop, every good event, and whether a damaged tail was cut. */
public record Recovery(Path file, Workshop workshop, List<Event> events, long keptBytes, long cutBytes, Cut cut) {

    public enum Cut {
        /** The journal ended cleanly. */
        NONE,
        /** The last record was incomplete: the program stopped while writing it (never acknowledged). */
        TORN,
        /** A record failed its checksum: it and everything after it were cut. */
        DAMAGED
    }

    /** For the user: how many events were recovered and whether anything was cut. */
    public String message(Locale locale) {
        String recovered = Texts.get(locale, "journal.recovered", events.size());
        return switch (cut) {
            case NONE -> recovered;
            case TORN -> recovered + " " + Texts.get(locale, "journal.cut.torn", cutBytes);
            case DAMAGED -> recovered + " " + Texts.get(locale, "journal.cut.damaged", cutBytes);
        };
    }
}
