package dk.dialogforum.meeting;

import dk.dialogforum.meeting.Rejection.Code;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the minutes record besides the tables' entries: the meeting's facts and the notes per agenda step.
 * Both may be set while the meeting runs and after it has ended, as the minutes are finished.
 */
final class MinutesRecords {
    /** The most characters of one fact (a place, a name). */
    static final int FACT_LIMIT = 300;
    /** The most characters of the list of who took part, and of one step's notes. */
    static final int LONG_LIMIT = 20_000;

    private MinutesRecords() {}

    /** The event for {@code command} if it records facts or notes; null for any other command. */
    static Event decide(Command command, Workshop w, long now) throws RejectedException {
        String id = command.commandId();
        if (command instanceof Command.SetMeetingFacts c) {
            date(c.date());
            for (String fact : new String[] {c.time(), c.place(), c.facilitator(), c.noteTaker()}) {
                text(fact, FACT_LIMIT);
            }
            text(c.participants(), LONG_LIMIT);
            return new Event.MeetingFactsSet(
                    id,
                    now,
                    blank(c.date()),
                    blank(c.time()),
                    blank(c.place()),
                    blank(c.facilitator()),
                    blank(c.noteTaker()),
                    blank(c.participants()));
        }
        if (command instanceof Command.SetNote c) {
            if (c.phase() == null || Phase.find(w, c.phase()).isEmpty()) {
                throw new RejectedException(Code.UNKNOWN_PHASE, c.phase());
            }
            text(c.text(), LONG_LIMIT);
            return new Event.NoteSet(id, now, c.phase(), blank(c.text()));
        }
        return null;
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static void date(String date) throws RejectedException {
        if (date == null || date.isBlank()) {
            return;
        }
        try {
            LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new RejectedException(Code.DATE_INVALID, date);
        }
    }

    /** Empty is allowed (a fact not known); otherwise valid text within {@code limit} characters. */
    private static void text(String text, int limit) throws RejectedException {
        if (text == null || text.isEmpty()) {
            return;
        }
        Decider.validText(text);
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            throw new RejectedException(Code.TEXT_TOO_LONG, length, limit);
        }
    }
}
