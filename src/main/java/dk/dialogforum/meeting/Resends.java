package dk.dialogforum.meeting;

import dk.dialogforum.meeting.Command.AddItem;
import dk.dialogforum.meeting.Command.CastDots;
import dk.dialogforum.meeting.Command.ChangePhase;
import dk.dialogforum.meeting.Command.CloseMeeting;
import dk.dialogforum.meeting.Command.EditItem;
import dk.dialogforum.meeting.Command.HideItem;
import dk.dialogforum.meeting.Command.HighlightItem;
import dk.dialogforum.meeting.Command.JoinTable;
import dk.dialogforum.meeting.Command.MergeItems;
import dk.dialogforum.meeting.Command.ModerateText;
import dk.dialogforum.meeting.Command.SubmitEnqueteBallot;
import dk.dialogforum.meeting.Command.SubmitRankingBallot;
import dk.dialogforum.meeting.Command.WithdrawItem;

import java.util.Objects;

/**
 * Whether a command that comes again under an id already applied is the same command: a resend (after a
 * dropped connection, a restart) is acknowledged again; another command under a used id is refused, so an
 * entry is never taken for one it is not.
 */
final class Resends {
    private Resends() {}

    /** Whether {@code earlier}, the event an id was first applied as, is what {@code again} asks for. */
    static boolean same(Command again, Event earlier) {
        if (again instanceof ChangePhase c && earlier instanceof Event.PhaseChanged e) {
            return c.phase().equals(e.phase()) && c.action() == e.action();
        }
        if (again instanceof JoinTable c && earlier instanceof Event.TableJoined e) {
            return Objects.equals(c.tableId(), e.tableId());
        }
        if (again instanceof SubmitEnqueteBallot c && earlier instanceof Event.EnqueteBallotSubmitted e) {
            return Objects.equals(c.tableId(), e.tableId())
                    && Objects.equals(c.ranking(), e.ranking())
                    && Objects.equals(c.answers(), e.answers());
        }
        if (again instanceof SubmitRankingBallot c && earlier instanceof Event.RankingBallotSubmitted e) {
            return Objects.equals(c.tableId(), e.tableId()) && Objects.equals(c.ranking(), e.ranking());
        }
        if (again instanceof AddItem c && earlier instanceof Event.ItemAdded e) {
            return Objects.equals(c.tableId(), e.tableId())
                    && Objects.equals(c.cardId(), e.cardId())
                    && Objects.equals(c.fieldId(), e.fieldId())
                    && Objects.equals(c.text(), e.text());
        }
        if (again instanceof EditItem c && earlier instanceof Event.ItemEdited e) {
            return Objects.equals(c.tableId(), e.tableId())
                    && Objects.equals(c.itemId(), e.itemId())
                    && Objects.equals(c.text(), e.text());
        }
        if (again instanceof WithdrawItem c && earlier instanceof Event.ItemWithdrawn e) {
            return Objects.equals(c.tableId(), e.tableId()) && Objects.equals(c.itemId(), e.itemId());
        }
        if (again instanceof ModerateText c && earlier instanceof Event.ItemModerated e) {
            return Objects.equals(c.itemId(), e.itemId()) && Objects.equals(c.text(), e.text());
        }
        if (again instanceof HideItem c && earlier instanceof Event.ItemHidden e) {
            return Objects.equals(c.itemId(), e.itemId()) && c.hidden() == e.hidden();
        }
        if (again instanceof HighlightItem c && earlier instanceof Event.ItemHighlighted e) {
            return Objects.equals(c.itemId(), e.itemId()) && c.highlighted() == e.highlighted();
        }
        if (again instanceof MergeItems c && earlier instanceof Event.ItemsMerged e) {
            return Objects.equals(c.targetId(), e.targetId()) && Objects.equals(c.sourceIds(), e.sourceIds());
        }
        if (again instanceof CastDots c && earlier instanceof Event.DotsCast e) {
            return Objects.equals(c.tableId(), e.tableId())
                    && Objects.equals(c.cardId(), e.cardId())
                    && Objects.equals(c.dots(), e.dots())
                    && Objects.equals(c.voter(), e.voter());
        }
        return again instanceof CloseMeeting && earlier instanceof Event.MeetingClosed;
    }
}
