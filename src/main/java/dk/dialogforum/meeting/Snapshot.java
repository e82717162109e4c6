package dk.dialogforum.meeting;

import dk.dialogforum.workshop.Workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable view of a meeting after {@code seq} events. Everything the views, the network and the
 * results read comes from a snapshot. {@code items} are in the order they were written, and an item keeps
 * its place in every later snapshot (a withdrawn item is marked, not removed).
 */
public record Snapshot(
        Workshop workshop,
        String meetingId,
        long seq,
        long openedAt,
        boolean closed,
        Map<String, PhaseStatus> phases,
        String currentPhase,
        Set<String> joinedTables,
        List<Ballot> enqueteBallots,
        List<Ballot> rankingBallots,
        List<Item> items,
        Map<String, Map<String, Map<String, Integer>>> dots,
        Minutes minutes) {

    /**
     * What the minutes record besides the tables' entries: the meeting's facts as held, and the notes per
     * agenda step (phase id → text; a step without notes is absent).
     */
    public record Minutes(Facts facts, Map<String, String> notes) {
        public static final Minutes NONE = new Minutes(Facts.NONE, Map.of());

        public Minutes {
            notes = Map.copyOf(notes);
        }

        public String note(String phase) {
            return notes.getOrDefault(phase, "");
        }
    }

    /** The meeting's facts as held; each empty when not given (the date: the day the meeting was opened). */
    public record Facts(
            String date, String time, String place, String facilitator, String noteTaker, String participants) {
        public static final Facts NONE = new Facts("", "", "", "", "", "");

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    /** A phase's state; phases not yet touched are {@link #NOT_OPENED}. */
    public record PhaseStatus(boolean open, boolean everOpened, boolean revealed) {
        public static final PhaseStatus NOT_OPENED = new PhaseStatus(false, false, false);

        public boolean closed() {
            return everOpened && !open;
        }
    }

    /**
     * A ballot as it counts now. {@code answers} maps statement ids to a scale value (1..n) or 0 for
     * "don't know"; ranking ballots have none. {@code version} counts the submissions it replaced, plus one.
     */
    public record Ballot(
            String tableId,
            String ballotId,
            List<String> ranking,
            Map<String, Integer> answers,
            long firstSeq,
            long seq,
            long at,
            String commandId,
            int version) {}

    /** A worksheet item with its moderation state. {@code text} is what is shown now. */
    public record Item(
            String id,
            String tableId,
            String cardId,
            String fieldId,
            String text,
            String tableText,
            boolean withdrawn,
            boolean hidden,
            boolean highlighted,
            boolean moderated,
            String mergedInto,
            List<String> mergedSources,
            long seq,
            long at,
            long changedAt) {

        /** Shown on the projector and in the minutes as an item of its own. */
        public boolean visible() {
            return !withdrawn && !hidden && mergedInto == null;
        }

        Item withText(String newText, String newTableText, boolean byFacilitator, long when) {
            return new Item(
                    id,
                    tableId,
                    cardId,
                    fieldId,
                    newText,
                    newTableText,
                    withdrawn,
                    hidden,
                    highlighted,
                    byFacilitator,
                    mergedInto,
                    mergedSources,
                    seq,
                    at,
                    when);
        }

        Item withFlags(boolean newWithdrawn, boolean newHidden, boolean newHighlighted, long when) {
            return new Item(
                    id,
                    tableId,
                    cardId,
                    fieldId,
                    text,
                    tableText,
                    newWithdrawn,
                    newHidden,
                    newHighlighted,
                    moderated,
                    mergedInto,
                    mergedSources,
                    seq,
                    at,
                    when);
        }

        Item withMerge(String into, List<String> sources, long when) {
            return new Item(
                    id,
                    tableId,
                    cardId,
                    fieldId,
                    text,
                    tableText,
                    withdrawn,
                    hidden,
                    highlighted,
                    moderated,
                    into,
                    List.copyOf(sources),
                    seq,
                    at,
                    when);
        }
    }

    /**
     * Equal when every part is equal, as a record is; but the meeting and its seq are compared first. The
     * views are told of a new snapshot through a property that compares the new one with the last, after
     * every accepted batch: two snapshots at different seqs then differ at once, not after a walk through
     * thousands of items that are the same in both.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Snapshot s
                && seq == s.seq
                && Objects.equals(meetingId, s.meetingId)
                && openedAt == s.openedAt
                && closed == s.closed
                && Objects.equals(currentPhase, s.currentPhase)
                && Objects.equals(workshop, s.workshop)
                && Objects.equals(phases, s.phases)
                && Objects.equals(joinedTables, s.joinedTables)
                && Objects.equals(enqueteBallots, s.enqueteBallots)
                && Objects.equals(rankingBallots, s.rankingBallots)
                && Objects.equals(items, s.items)
                && Objects.equals(dots, s.dots)
                && Objects.equals(minutes, s.minutes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                workshop,
                meetingId,
                seq,
                openedAt,
                closed,
                phases,
                currentPhase,
                joinedTables,
                enqueteBallots,
                rankingBallots,
                items,
                dots,
                minutes);
    }

    /**
     * The day the meeting was held: the date recorded in its facts, else the day it was opened (in
     * {@code zone}); null before it was opened. Never the workshop file's date, often last year's meeting.
     */
    public LocalDate heldOn(ZoneId zone) {
        if (!minutes.facts().date().isEmpty()) {
            return LocalDate.parse(minutes.facts().date());
        }
        return openedAt > 0 ? Instant.ofEpochMilli(openedAt).atZone(zone).toLocalDate() : null;
    }

    public PhaseStatus phase(String id) {
        return phases.getOrDefault(id, PhaseStatus.NOT_OPENED);
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
