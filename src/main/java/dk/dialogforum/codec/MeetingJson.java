package dk.dialogforum.codec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Event;

import java.util.List;

/**
 * The JSON form of the meeting's commands and events, as the journal's meeting files and the table protocol
 * write them: each with a {@code type} naming its kind. The names live here, not on the engine's records,
 * which know nothing of how they are written (Jackson mix-ins).
 */
public final class MeetingJson {
    private MeetingJson() {}

    /** {@code builder} with the names of the commands' and events' kinds. */
    public static <B extends MapperBuilder<?, B>> B names(B builder) {
        return builder.addMixIn(Command.class, CommandNames.class).addMixIn(Event.class, EventNames.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Command.ChangePhase.class, name = "changePhase"),
        @JsonSubTypes.Type(value = Command.JoinTable.class, name = "joinTable"),
        @JsonSubTypes.Type(value = Command.SubmitEnqueteBallot.class, name = "enqueteBallot"),
        @JsonSubTypes.Type(value = Command.SubmitRankingBallot.class, name = "rankingBallot"),
        @JsonSubTypes.Type(value = Command.AddItem.class, name = "addItem"),
        @JsonSubTypes.Type(value = Command.EditItem.class, name = "editItem"),
        @JsonSubTypes.Type(value = Command.WithdrawItem.class, name = "withdrawItem"),
        @JsonSubTypes.Type(value = Command.ModerateText.class, name = "moderateText"),
        @JsonSubTypes.Type(value = Command.HideItem.class, name = "hideItem"),
        @JsonSubTypes.Type(value = Command.HighlightItem.class, name = "highlightItem"),
        @JsonSubTypes.Type(value = Command.MergeItems.class, name = "mergeItems"),
        @JsonSubTypes.Type(value = Command.CastDots.class, name = "castDots"),
        @JsonSubTypes.Type(value = Command.CloseMeeting.class, name = "closeMeeting"),
        @JsonSubTypes.Type(value = Command.SetMeetingFacts.class, name = "setMeetingFacts"),
        @JsonSubTypes.Type(value = Command.SetNote.class, name = "setNote"),
    })
    private interface CommandNames {
        /** Who may send it is the engine's rule, not part of the command. */
        @JsonIgnore
        boolean facilitatorOnly();

        @JsonIgnore
        String table();
    }

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
        @JsonSubTypes.Type(value = Event.MeetingFactsSet.class, name = "meetingFactsSet"),
        @JsonSubTypes.Type(value = Event.NoteSet.class, name = "noteSet"),
    })
    private interface EventNames {
        /** Which items an event touches is worked out from it, not written. */
        @JsonIgnore
        List<String> itemIds();
    }
}
