package dk.dialogforum.meeting;

/**
 * The engine's answer to a command. ACCEPTED and DUPLICATE both mean the command's effect is durable in
 * the journal ({@code seq} is the number of its event); REJECTED means nothing changed.
 */
public record Outcome(Status status, String commandId, long seq, Event event, Rejection rejection) {

    public enum Status {
        ACCEPTED,
        DUPLICATE,
        REJECTED
    }

    static Outcome accepted(String commandId, long seq, Event event) {
        return new Outcome(Status.ACCEPTED, commandId, seq, event, null);
    }

    static Outcome duplicate(String commandId, long seq) {
        return new Outcome(Status.DUPLICATE, commandId, seq, null, null);
    }

    static Outcome rejected(String commandId, Rejection rejection) {
        return new Outcome(Status.REJECTED, commandId, -1, null, rejection);
    }

    /** True when the command's effect is in the meeting: newly, or from an earlier submission of the same id. */
    public boolean isAcknowledged() {
        return status != Status.REJECTED;
    }
}
