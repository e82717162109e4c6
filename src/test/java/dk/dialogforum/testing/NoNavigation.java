package dk.dialogforum.testing;

import dk.dialogforum.ui.kit.DesignSource;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.workshop.Workshop;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/** A console on its own, with no start screen to go to: every way out is ignored. */
public class NoNavigation implements Navigator {
    @Override
    public void newMeetingLike(Path earlier) {}

    @Override
    public void newBuiltInMeeting() {}

    @Override
    public void newMeeting(Workshop workshop) {}

    @Override
    public void design(DesignSource source) {}

    @Override
    public void newMeetingFromWorkshopFile(Path file) {}

    @Override
    public void openMeetingFile(Path file) {}

    @Override
    public void resume(Path journal, DoubleConsumer progress) {}

    @Override
    public void backToStart() {}

    @Override
    public void meetingEnded() {}

    @Override
    public void joinAsTable() {}
}
