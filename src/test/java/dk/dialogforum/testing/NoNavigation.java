package dk.dialogforum.testing;

import dk.dialogforum.ui.kit.Navigator;

import java.nio.file.Path;

/** A console on its own, with no start screen to go to: every way out is ignored. */
public final class NoNavigation implements Navigator {
    @Override
    public void newMeetingLike(Path earlier) {}

    @Override
    public void newBuiltInMeeting() {}

    @Override
    public void newMeetingFromWorkshopFile(Path file) {}

    @Override
    public void openMeetingFile(Path file) {}

    @Override
    public void resume(Path journal) {}

    @Override
    public void backToStart() {}

    @Override
    public void meetingEnded() {}

    @Override
    public void joinAsTable() {}
}
