package dk.dialogforum.export;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The meeting as it was held, for the minutes' cover: the facts the facilitator recorded in the meeting,
 * else the workshop's; the date the meeting was opened when none was recorded, never the workshop file's
 * date (often last year's meeting). Each text is null when nothing is known.
 */
record HeldFacts(
        LocalDate date,
        String time,
        String place,
        String organiser,
        String facilitator,
        String noteTaker,
        String participants) {

    static HeldFacts of(ExportInput in) {
        Snapshot.Facts f = in.snapshot().minutes().facts();
        Workshop.MeetingFacts w = in.workshop().meeting();
        LocalDate date = in.snapshot().heldOn(in.zone());
        return new HeldFacts(
                date,
                either(f.time(), w.time()),
                either(f.place(), w.place()),
                either(null, w.organiser()),
                either(f.facilitator(), null),
                either(f.noteTaker(), null),
                either(f.participants(), null));
    }

    private static String either(String recorded, String planned) {
        if (recorded != null && !recorded.isBlank()) {
            return recorded;
        }
        return planned == null || planned.isBlank() ? null : planned;
    }

    /** A step of the agenda and its notes, in agenda order; steps without notes are left out. */
    record Note(String step, String text) {}

    static List<Note> notes(ExportInput in) {
        List<Note> notes = new ArrayList<>();
        for (Phase p : in.workshop().phases()) {
            String text = in.snapshot().minutes().note(p.id());
            if (!text.isEmpty()) {
                notes.add(new Note(stepName(in, p), text));
            }
        }
        return notes;
    }

    /** The step's name as the console shows it. */
    static String stepName(ExportInput in, Phase p) {
        return in.t(p.nameKey(), p.nameArgs(in.workshop()));
    }
}
