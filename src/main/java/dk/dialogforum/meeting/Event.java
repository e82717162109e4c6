package dk.dialogforum.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What happened in a meeting, as written to the journal. Events are facts: folding the same events
 * over the same workshop always gives the same state. {@code at} is the time the engine accepted the
 * event, in milliseconds since the epoch.
 */
public sealed interface Event {
    String commandId();

    long at();

    /** The worksheet items this event adds or changes, by id; none for an event about no item. */
    default List<String> itemIds() {
        return List.of();
    }

    record MeetingOpened(String commandId, long at, String meetingId) implements Event {}

    record PhaseChanged(String commandId, long at, String phase, Command.PhaseAction action) implements Event {}

    record TableJoined(String commandId, long at, String tableId) implements Event {}

    record EnqueteBallotSubmitted(
            String commandId,
            long at,
            String tableId,
            String ballotId,
            List<String> ranking,
            Map<String, Integer> answers)
            implements Event {}

    record RankingBallotSubmitted(String commandId, long at, String tableId, String ballotId, List<String> ranking)
            implements Event {}

    record ItemAdded(String commandId, long at, String tableId, String cardId, String fieldId, String text)
            implements Event {
        public String itemId() {
            return commandId;
        }

        @Override
        public List<String> itemIds() {
            return List.of(commandId);
        }
    }

    record ItemEdited(String commandId, long at, String tableId, String itemId, String text) implements Event {
        @Override
        public List<String> itemIds() {
            return List.of(itemId);
        }
    }

    record ItemWithdrawn(String commandId, long at, String tableId, String itemId) implements Event {
        @Override
        public List<String> itemIds() {
            return List.of(itemId);
        }
    }

    record ItemModerated(String commandId, long at, String itemId, String text) implements Event {
        @Override
        public List<String> itemIds() {
            return List.of(itemId);
        }
    }

    record ItemHidden(String commandId, long at, String itemId, boolean hidden) implements Event {
        @Override
        public List<String> itemIds() {
            return List.of(itemId);
        }
    }

    record ItemHighlighted(String commandId, long at, String itemId, boolean highlighted) implements Event {
        @Override
        public List<String> itemIds() {
            return List.of(itemId);
        }
    }

    record ItemsMerged(String commandId, long at, String targetId, List<String> sourceIds) implements Event {
        @Override
        public List<String> itemIds() {
            List<String> all = new ArrayList<>(sourceIds);
            all.add(targetId);
            return List.copyOf(all);
        }
    }

    /** A table's dots on a card; {@code voter} is the participant's in individual voting, else null. */
    record DotsCast(String commandId, long at, String tableId, String cardId, Map<String, Integer> dots, String voter)
            implements Event {
        public DotsCast(String commandId, long at, String tableId, String cardId, Map<String, Integer> dots) {
            this(commandId, at, tableId, cardId, dots, null);
        }
    }

    record MeetingClosed(String commandId, long at) implements Event {}

    record MeetingFactsSet(
            String commandId,
            long at,
            String date,
            String time,
            String place,
            String facilitator,
            String noteTaker,
            String participants)
            implements Event {}

    record NoteSet(String commandId, long at, String phase, String text) implements Event {}
}
