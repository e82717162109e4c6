package dk.dialogforum.meeting;

/** An event that is durable and applied, with its number in the meeting's log (the first event is 1). */
public record Applied(Event event, long seq) {}
