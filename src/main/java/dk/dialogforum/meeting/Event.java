package dk.dialogforum.meeting;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;
import java.util.Map;

/**
 * What happened in a meeting, as written to the journal. Events are facts: folding the same events
 * over the same workshop always gives the same state. {@code at} is the time the engine accepted the
 * event, in milliseconds since the epoch.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Event.MeetingOpened.class, name = "meetingOpened"),
        @JsonSubTypes.Type(value = Event.PhaseChanged.class, name = "phaseChanged"),
        @JsonSubTypes.Type(value = Event.TableJoined.class, name = "tableJoined"),
        @JsonSubTypes.Type(value = Event.EnqueteBallotSubmitted.class, name = "enqueteBallot"),
        @JsonSubTypes.Type(value = Event.RankingBallotSubmitted.class, name = "rankingBallot"),
        @JsonSubTypes.Type(value = Event.ItemAdded.class, name = "itemAdded"),
        @JsonSubTypes.Type(value = Event.ItemEdited.class, name = "itemEdited"),
        @JsonSubTypes.Type(value = Event.ItemWithdrawn.class, name = "itemWithdrawn"),
        @JsonSubTypes.Type(value = Event.ItemModerated.class, name = "itemModerated"),
        @JsonSubTypes.Type(value = Event.ItemHidden.class, name = "itemHidden"),
        @JsonSubTypes.Type(value = Event.ItemHighlighted.class, name = "itemHighlighted"),
        @JsonSubTypes.Type(value = Event.ItemsMerged.class, name = "itemsMerged"),
        @JsonSubTypes.Type(value = Event.DotsCast.class, name = "dotsCast"),
        @JsonSubTypes.Type(value = Event.MeetingClosed.class, name = "meetingClosed"),
})
public sealed interface Event {
    String commandId();

    long at();

    record MeetingOpened(String commandId, long at, String meetingId) implements Event {
    }

    record PhaseChanged(String commandId, long at, String phase, Command.PhaseAction action) implements Event {
    }

    record TableJoined(String commandId, long at, String tableId) implements Event {
    }

    record EnqueteBallotSubmitted(String commandId, long at, String tableId, String ballotId, List<String> ranking,
                                  Map<String, Integer> answers) implements Event {
    }

    record RankingBallotSubmitted(String commandId, long at, String tableId, String ballotId, List<String> ranking)
            implements Event {
    }

    record ItemAdded(String commandId, long at, String tableId, String cardId, String fieldId, String text) implements Event {
        public String itemId() {
            return commandId;
        }
    }

    record ItemEdited(String commandId, long at, String tableId, String itemId, String text) implements Event {
    }

    record ItemWithdrawn(String commandId, long at, String tableId, String itemId) implements Event {
    }

    record ItemModerated(String commandId, long at, String itemId, String text) implements Event {
    }

    record ItemHidden(String commandId, long at, String itemId, boolean hidden) implements Event {
    }

    record ItemHighlighted(String commandId, long at, String itemId, boolean highlighted) implements Event {
    }

    record ItemsMerged(String commandId, long at, String targetId, List<String> sourceIds) implements Event {
    }

    record DotsCast(String commandId, long at, String tableId, String cardId, Map<String, Integer> dots) implements Event {
    }

    record MeetingClosed(String commandId, long at) implements Event {
    }
}
