package dk.dialogforum.journal;

import dk.dialogforum.meeting.Event;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Workshop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What reading a journal found: the workshop, every good event, an unfinished last record (torn: the
 * program stopped while writing it), each damaged stretch that was left out, the later events that
 * built on a left-out one, and, once the journal was opened to go on, where the damaged original was
 * kept.
 *
 * @param format the journal's record format (1 or 2)
 * @param keptBytes where the good part of the file ends (before a torn last record)
 * @param tornBytes the size of an unfinished last record, or 0
 * @param dependents events left out because they built on a damaged one (an edit of a lost item)
 * @param headerDamaged the header was damaged and its copy used: nothing was lost by it
 * @param original where the damaged journal was kept before it was repaired, or null
 */
public record Recovery(
        Path file,
        Workshop workshop,
        List<Event> events,
        int format,
        long keptBytes,
        long tornBytes,
        List<Damage> damage,
        int dependents,
        boolean headerDamaged,
        Path original) {

    public enum Cut {
        /** The journal ended cleanly. */
        NONE,
        /** The last record was incomplete: the program stopped while writing it. */
        TORN,
        /** At least one record failed its checksum and was left out. */
        DAMAGED
    }

    /**
     * A damaged stretch of the journal, left out.
     *
     * @param offset where it starts in the file
     * @param bytes its size
     * @param firstRecord the number of its first event in the meeting's whole log (1 = the first event)
     * @param records how many events it held (at least one)
     * @param intactAfter how many good events follow it
     */
    public record Damage(long offset, long bytes, int firstRecord, int records, int intactAfter) {}

    public Cut cut() {
        return !damage.isEmpty() ? Cut.DAMAGED : tornBytes > 0 ? Cut.TORN : Cut.NONE;
    }

    /** All the events the journal held, good or not (the damaged ones counted as their records). */
    public int recordsWritten() {
        return events.size()
                + dependents
                + damage.stream().mapToInt(Damage::records).sum();
    }

    Recovery withOriginal(Path kept) {
        return new Recovery(
                file, workshop, events, format, keptBytes, tornBytes, damage, dependents, headerDamaged, kept);
    }

    /** For the user: how many events were recovered and, if anything was left out, what and why. */
    public String message(Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(Texts.get(locale, "journal.recovered", events.size()));
        String problems = problems(locale);
        if (!problems.isEmpty()) {
            parts.add(problems);
        }
        if (original != null) {
            parts.add(Texts.get(locale, "journal.damaged.original", String.valueOf(original.getFileName())));
        }
        return String.join(" ", parts);
    }

    /** What is wrong with the journal, for the user; empty if nothing is. */
    public String problems(Locale locale) {
        List<String> parts = new ArrayList<>();
        int total = recordsWritten();
        for (Damage d : damage) {
            parts.add(
                    d.records() == 1
                            ? Texts.get(locale, "journal.damaged.one", d.firstRecord(), total, d.intactAfter())
                            : Texts.get(
                                    locale,
                                    "journal.damaged.many",
                                    d.firstRecord(),
                                    d.firstRecord() + d.records() - 1,
                                    total,
                                    d.intactAfter()));
        }
        if (dependents > 0) {
            parts.add(Texts.get(locale, "journal.damaged.dependents", dependents));
        }
        if (headerDamaged) {
            parts.add(Texts.get(locale, "journal.damaged.header"));
        }
        if (tornBytes > 0) {
            parts.add(Texts.get(locale, "journal.cut.torn", tornBytes));
        }
        return String.join(" ", parts);
    }
}
