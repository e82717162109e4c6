package dk.dialogforum.ui.kit;

import dk.dialogforum.workshop.Workshop;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/** What the screens can ask the app to do; the app runs each on its I/O thread and switches screens. */
public interface Navigator {
    /** A new meeting from the built-in workshop. */
    void newBuiltInMeeting();

    void newMeetingFromWorkshopFile(Path file);

    /** A new meeting of a workshop prepared in the designer. */
    void newMeeting(Workshop workshop);

    /** The workshop designer, on what {@code source} names. */
    void design(DesignSource source);

    void openMeetingFile(Path file);

    /**
     * A new meeting like an earlier one: the workshop of a saved meeting file or an ended meeting's journal,
     * without its votes, items or notes, and with a new code.
     */
    void newMeetingLike(Path earlier);

    /**
     * Continues an unfinished or ended meeting from its journal, telling {@code progress} how far opening it
     * has come (a rising fraction, from any thread).
     */
    void resume(Path journal, DoubleConsumer progress);

    void backToStart();

    /**
     * The meeting has ended: the tables are told and let go, while the console and the projector stay until
     * the facilitator goes {@link #backToStart()}.
     */
    void meetingEnded();

    /** Table mode: this laptop joins a meeting as one of its tables. */
    void joinAsTable();
}
