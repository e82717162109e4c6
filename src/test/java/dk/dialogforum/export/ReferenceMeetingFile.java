package dk.dialogforum.export;

import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.testing.ReferenceMeeting;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import java.nio.file.Path;

/** Writes the reference meeting (the built-in workshop, six tables, about 60 items) as a meeting file. */
public final class ReferenceMeetingFile {
    private ReferenceMeetingFile() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/reference/reference-meeting.dialogforum");
        Workshop w = WorkshopLoader.builtIn();
        new MeetingFile(w, ReferenceMeeting.events(w)).save(out);
        System.out.println("wrote " + out);
    }
}
