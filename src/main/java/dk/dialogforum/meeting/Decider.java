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
import dk.dialogforum.meeting.Rejection.Code;
import dk.dialogforum.meeting.Snapshot.Item;
import dk.dialogforum.meeting.Snapshot.PhaseStatus;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks a command against the state and turns it into the one event it causes. Changes nothing. */
final class Decider {
    static final int MAX_ID_LENGTH = 100;

    private Decider() {}

    static Event decide(Command command, MeetingState state, long now) throws RejectedException {
        Workshop w = state.workshop();
        String id = command.commandId();
        Event minutes = MinutesRecords.decide(command, w, now);
        if (minutes != null) {
            return minutes;
        }
        if (state.closed()) {
            throw new RejectedException(Code.MEETING_CLOSED);
        }
        if (command instanceof ChangePhase c) {
            return changePhase(c, state, now);
        }
        if (command instanceof JoinTable c) {
            table(w, c.tableId());
            return new Event.TableJoined(id, now, c.tableId());
        }
        if (command instanceof SubmitEnqueteBallot c) {
            table(w, c.tableId());
            ballotId(w, c.ballotId());
            open(state, Phase.ENQUETE);
            permutation(w, c.ranking());
            answers(w, c.answers());
            return new Event.EnqueteBallotSubmitted(
                    id,
                    now,
                    c.tableId(),
                    ballotIdFor(w, c.tableId(), c.ballotId()),
                    List.copyOf(c.ranking()),
                    Map.copyOf(c.answers()));
        }
        if (command instanceof SubmitRankingBallot c) {
            table(w, c.tableId());
            ballotId(w, c.ballotId());
            open(state, Phase.RANKING);
            permutation(w, c.ranking());
            return new Event.RankingBallotSubmitted(
                    id, now, c.tableId(), ballotIdFor(w, c.tableId(), c.ballotId()), List.copyOf(c.ranking()));
        }
        if (command instanceof AddItem c) {
            table(w, c.tableId());
            if (c.cardId() == null || w.card(c.cardId()).isEmpty()) {
                throw new RejectedException(Code.UNKNOWN_CARD, c.cardId());
            }
            if (c.fieldId() == null || w.field(c.fieldId()).isEmpty()) {
                throw new RejectedException(Code.UNKNOWN_FIELD, c.fieldId());
            }
            open(state, Phase.card(c.cardId()));
            text(w, c.text());
            return new Event.ItemAdded(id, now, c.tableId(), c.cardId(), c.fieldId(), c.text());
        }
        if (command instanceof EditItem c) {
            Item item = ownItem(state, c.tableId(), c.itemId());
            open(state, Phase.card(item.cardId()));
            text(w, c.text());
            return new Event.ItemEdited(id, now, c.tableId(), c.itemId(), c.text());
        }
        if (command instanceof WithdrawItem c) {
            Item item = ownItem(state, c.tableId(), c.itemId());
            open(state, Phase.card(item.cardId()));
            return new Event.ItemWithdrawn(id, now, c.tableId(), c.itemId());
        }
        if (command instanceof ModerateText c) {
            liveItem(state, c.itemId());
            text(w, c.text());
            return new Event.ItemModerated(id, now, c.itemId(), c.text());
        }
        if (command instanceof HideItem c) {
            item(state, c.itemId());
            return new Event.ItemHidden(id, now, c.itemId(), c.hidden());
        }
        if (command instanceof HighlightItem c) {
            liveItem(state, c.itemId());
            return new Event.ItemHighlighted(id, now, c.itemId(), c.highlighted());
        }
        if (command instanceof MergeItems c) {
            merge(state, c);
            return new Event.ItemsMerged(id, now, c.targetId(), List.copyOf(c.sourceIds()));
        }
        if (command instanceof CastDots c) {
            dots(state, c);
            return new Event.DotsCast(id, now, c.tableId(), c.cardId(), Map.copyOf(c.dots()), c.voter());
        }
        if (command instanceof CloseMeeting) {
            return new Event.MeetingClosed(id, now);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    /** A command id must be present, short and printable: it is written to logs and sent back to clients. */
    static boolean validCommandId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            return false;
        }
        return id.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f);
    }

    private static Event changePhase(ChangePhase c, MeetingState state, long now) throws RejectedException {
        Phase phase = Phase.find(state.workshop(), c.phase())
                .orElseThrow(() -> new RejectedException(Code.UNKNOWN_PHASE, c.phase()));
        if (c.action() == null) {
            throw new RejectedException(Code.PHASE_STATE, c.phase(), "null");
        }
        PhaseStatus status = state.phase(c.phase());
        boolean allowed = switch (c.action()) {
            case OPEN -> phase.takesInput() && !status.open();
            case CLOSE -> status.open();
            case REVEAL -> phase.takesInput() && status.everOpened() && !status.revealed();
            case CONCEAL -> status.revealed();
            case SHOW -> true;
        };
        if (!allowed) {
            throw new RejectedException(
                    Code.PHASE_STATE, c.phase(), c.action().name().toLowerCase(Locale.ROOT));
        }
        return new Event.PhaseChanged(c.commandId(), now, c.phase(), c.action());
    }

    private static void table(Workshop w, String tableId) throws RejectedException {
        if (tableId == null || w.table(tableId).isEmpty()) {
            throw new RejectedException(Code.UNKNOWN_TABLE, tableId);
        }
    }

    private static void ballotId(Workshop w, String ballotId) throws RejectedException {
        if (w.voting().mode() == Workshop.VotingMode.INDIVIDUAL && !validCommandId(ballotId)) {
            throw new RejectedException(Code.BAD_BALLOT_ID);
        }
    }

    private static String ballotIdFor(Workshop w, String tableId, String ballotId) {
        return w.voting().mode() == Workshop.VotingMode.TABLE ? tableId : ballotId;
    }

    private static void open(MeetingState state, String phase) throws RejectedException {
        if (Phase.find(state.workshop(), phase).isEmpty()) {
            throw new RejectedException(Code.UNKNOWN_PHASE, phase);
        }
        if (!state.phase(phase).open()) {
            throw new RejectedException(Code.PHASE_NOT_OPEN, phase);
        }
    }

    private static void permutation(Workshop w, List<String> ranking) throws RejectedException {
        List<String> expected =
                w.ranking().items().stream().map(Workshop.RankItem::id).toList();
        if (ranking == null) {
            throw new RejectedException(Code.NOT_A_PERMUTATION, "[]");
        }
        Set<String> seen = new HashSet<>();
        Set<String> problems = new LinkedHashSet<>();
        for (String id : ranking) {
            if (id == null || !expected.contains(id)) {
                problems.add("?" + id);
            } else if (!seen.add(id)) {
                problems.add("2×" + id);
            }
        }
        for (String id : expected) {
            if (!seen.contains(id)) {
                problems.add("-" + id);
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(Code.NOT_A_PERMUTATION, String.join(", ", problems));
        }
    }

    private static void answers(Workshop w, Map<String, Integer> answers) throws RejectedException {
        Workshop.Scale scale = w.enquete().scale();
        if (answers == null) {
            answers = Map.of();
        }
        for (String statementId : answers.keySet()) {
            if (w.statement(statementId).isEmpty()) {
                throw new RejectedException(Code.UNKNOWN_STATEMENT, statementId);
            }
        }
        for (Workshop.Statement s : w.enquete().statements()) {
            Integer value = answers.get(s.id());
            if (value == null) {
                throw new RejectedException(Code.MISSING_ANSWER, s.id());
            }
            boolean ok = (value >= 1 && value <= scale.size()) || (value == 0 && scale.allowsDontKnow());
            if (!ok) {
                throw new RejectedException(Code.ANSWER_OUT_OF_SCALE, s.id());
            }
        }
    }

    /** Text is kept exactly as typed; it must hold something, fit the limit and be well-formed Unicode. */
    static void text(Workshop w, String text) throws RejectedException {
        if (text == null || text.isBlank()) {
            throw new RejectedException(Code.TEXT_EMPTY);
        }
        validText(text);
        int length = text.codePointCount(0, text.length());
        if (length > w.textLimit()) {
            throw new RejectedException(Code.TEXT_TOO_LONG, length, w.textLimit());
        }
    }

    /** Text of whole characters, with no control characters but line breaks and tabs. */
    static void validText(String text) throws RejectedException {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    throw new RejectedException(Code.TEXT_INVALID);
                }
                i++;
            } else if (Character.isLowSurrogate(ch)
                    || (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t')) {
                throw new RejectedException(Code.TEXT_INVALID);
            }
        }
    }

    private static Item item(MeetingState state, String itemId) throws RejectedException {
        Item item = itemId == null ? null : state.item(itemId);
        if (item == null) {
            throw new RejectedException(Code.UNKNOWN_ITEM, itemId);
        }
        return item;
    }

    private static Item liveItem(MeetingState state, String itemId) throws RejectedException {
        Item item = item(state, itemId);
        if (item.withdrawn()) {
            throw new RejectedException(Code.ITEM_WITHDRAWN, itemId);
        }
        return item;
    }

    private static Item ownItem(MeetingState state, String tableId, String itemId) throws RejectedException {
        table(state.workshop(), tableId);
        Item item = liveItem(state, itemId);
        if (!item.tableId().equals(tableId)) {
            throw new RejectedException(Code.NOT_OWN_ITEM, itemId);
        }
        return item;
    }

    private static void merge(MeetingState state, MergeItems c) throws RejectedException {
        Item target = liveItem(state, c.targetId());
        if (target.mergedInto() != null) {
            throw new RejectedException(Code.ITEM_MERGED, c.targetId());
        }
        if (c.sourceIds() == null || c.sourceIds().isEmpty()) {
            throw new RejectedException(Code.BAD_MERGE, "-");
        }
        Set<String> seen = new HashSet<>();
        for (String sourceId : c.sourceIds()) {
            Item source = liveItem(state, sourceId);
            if (sourceId.equals(c.targetId()) || !seen.add(sourceId)) {
                throw new RejectedException(Code.BAD_MERGE, sourceId);
            }
            if (source.mergedInto() != null) {
                throw new RejectedException(Code.ITEM_MERGED, sourceId);
            }
            if (!source.cardId().equals(target.cardId()) || !source.fieldId().equals(target.fieldId())) {
                throw new RejectedException(Code.BAD_MERGE, sourceId);
            }
        }
    }

    private static void dots(MeetingState state, CastDots c) throws RejectedException {
        Workshop w = state.workshop();
        table(w, c.tableId());
        if (c.cardId() == null || w.card(c.cardId()).isEmpty()) {
            throw new RejectedException(Code.UNKNOWN_CARD, c.cardId());
        }
        open(state, Phase.dots(c.cardId()));
        // A participant's own set exists only in individual voting.
        if (c.voter() != null && (w.voting().mode() != Workshop.VotingMode.INDIVIDUAL || !validCommandId(c.voter()))) {
            throw new RejectedException(Code.BAD_BALLOT_ID, c.voter());
        }
        long total = 0;
        for (Map.Entry<String, Integer> e : (c.dots() == null ? Map.<String, Integer>of() : c.dots()).entrySet()) {
            Item item = liveItem(state, e.getKey());
            boolean dotField = w.field(item.fieldId())
                    .map(Workshop.WorksheetField::dotVotes)
                    .orElse(false);
            if (!item.cardId().equals(c.cardId())
                    || !dotField
                    || !item.visible()
                    || e.getValue() == null
                    || e.getValue() < 0) {
                throw new RejectedException(Code.NO_DOT_FIELD, e.getKey());
            }
            total += e.getValue();
        }
        if (c.dots() == null || total > w.voting().dotVotesPerTable()) {
            throw new RejectedException(Code.TOO_MANY_DOTS, total, w.voting().dotVotesPerTable());
        }
    }
}
