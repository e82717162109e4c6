package dk.dialogforum.meeting;

import dk.dialogforum.text.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Why a command was not accepted: a code (also sent over the network) and what it concerns. */
public record Rejection(Code code, List<Object> args) {

    public enum Code {
        BAD_COMMAND_ID,
        DUPLICATE_ID_CONFLICT,
        UNKNOWN_PHASE,
        PHASE_NOT_OPEN,
        PHASE_STATE,
        UNKNOWN_TABLE,
        NOT_A_PERMUTATION,
        UNKNOWN_STATEMENT,
        MISSING_ANSWER,
        ANSWER_OUT_OF_SCALE,
        UNKNOWN_CARD,
        UNKNOWN_FIELD,
        TEXT_EMPTY,
        TEXT_TOO_LONG,
        TEXT_INVALID,
        UNKNOWN_ITEM,
        NOT_OWN_ITEM,
        ITEM_WITHDRAWN,
        ITEM_MERGED,
        BAD_MERGE,
        NO_DOT_FIELD,
        TOO_MANY_DOTS,
        BAD_BALLOT_ID,
        MEETING_CLOSED,
        DATE_INVALID,
        JOURNAL_FAILED,
        /** The host failed inside while handling it: not final, the table keeps it and sends it again. */
        INTERNAL
    }

    public Rejection {
        args = List.copyOf(args);
    }

    public static Rejection of(Code code, Object... args) {
        return new Rejection(code, Arrays.asList(args));
    }

    public String message(Locale locale) {
        return Texts.get(locale, "reject." + code.name(), args.toArray());
    }

    @Override
    public String toString() {
        return code + ": " + message(Texts.ENGLISH);
    }
}
