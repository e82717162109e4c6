package dk.dialogforum.meeting;

import java.util.List;
import java.util.Map;

/**
 * Everything that can change a meeting. Each command carries an id chosen by its sender; a command
 * whose id has been applied before is acknowledged again and not applied again.
 */
public sealed interface Command {
    String commandId();

    /** Who may send a command: the facilitator's own app only, or a table (over the network too). */
    default boolean facilitatorOnly() {
        return true;
    }

    enum PhaseAction {
        OPEN,
        CLOSE,
        REVEAL,
        CONCEAL,
        SHOW
    }

    record ChangePhase(String commandId, String phase, PhaseAction action) implements Command {}

    /** The table a command speaks for, or null for the facilitator's commands. */
    default String table() {
        return null;
    }

    record JoinTable(String commandId, String tableId) implements Command {
        @Override
        public boolean facilitatorOnly() {
            return false;
        }

        @Override
        public String table() {
            return tableId;
        }
    }

    /** An enquete ballot: a ranking of all items and an answer to every statement (0 = don't know). */
    record SubmitEnqueteBallot(
            String commandId, String tableId, String ballotId, List<String> ranking, Map<String, Integer> answers)
            implements Command {
        @Override
        public boolean facilitatorOnly() {
            return false;
        }

        @Override
        public String table() {
            return tableId;
        }
    }

    record SubmitRankingBallot(String commandId, String tableId, String ballotId, List<String> ranking)
            implements Command {
        @Override
        public boolean facilitatorOnly() {
            return false;
        }

        @Override
        public String table() {
            return tableId;
        }
    }

    /** Adds a worksheet item; the new item's id is the command id. */
    record AddItem(String commandId, String tableId, String cardId, String fieldId, String text) implements Command {
        @Override
        public boolean facilitatorOnly() {
            return false;
        }

        @Override
        public String table() {
            return tableId;
        }
    }

    record EditItem(String commandId, String tableId, String itemId, String text) implements Command {
        @Override
        public boolean facilitatorOnly() {
            return false;
        }

        @Override
        public String table() {
            return tableId;
        }
    }

    record WithdrawItem(String commandId, String tableId, String itemId) implements Command {
        @Override
        public boolean facilitatorOnly() {
            return false;
        }

        @Override
        public String table() {
            return tableId;
        }
    }

    /** The facilitator rewords an item (a typo, a clarification); the table's own text stays in the log. */
    record ModerateText(String commandId, String itemId, String text) implements Command {}

    record HideItem(String commandId, String itemId, boolean hidden) implements Command {}

    record HighlightItem(String commandId, String itemId, boolean highlighted) implements Command {}

    /** Merges duplicates into one item: the sources are shown once, as part of the target. */
    record MergeItems(String commandId, String targetId, List<String> sourceIds) implements Command {}

    /**
     * A table's dots on the items of one card; replaces the table's earlier dots on that card. In individual
     * voting a {@code voter} (a participant at the table) casts and replaces their own set, and the table's
     * dots are its participants' together; null in table voting.
     */
    record CastDots(String commandId, String tableId, String cardId, Map<String, Integer> dots, String voter)
            implements Command {
        public CastDots(String commandId, String tableId, String cardId, Map<String, Integer> dots) {
            this(commandId, tableId, cardId, dots, null);
        }

        @Override
        public boolean facilitatorOnly() {
            return false;
        }

        @Override
        public String table() {
            return tableId;
        }
    }

    record CloseMeeting(String commandId) implements Command {}

    /**
     * The facts of the meeting as held, for the minutes' cover: the date (ISO, yyyy-mm-dd; empty for the day
     * it was opened), the time, the place, the facilitator, the note-taker and who took part. Replaces the
     * facts set before. Allowed after the meeting has ended, as the minutes are finished.
     */
    record SetMeetingFacts(
            String commandId,
            String date,
            String time,
            String place,
            String facilitator,
            String noteTaker,
            String participants)
            implements Command {}

    /**
     * The notes for one step of the agenda ({@code phase}), as they stand now: what the room said aloud.
     * Replaces the step's notes before. Allowed after the meeting has ended.
     */
    record SetNote(String commandId, String phase, String text) implements Command {}
}
