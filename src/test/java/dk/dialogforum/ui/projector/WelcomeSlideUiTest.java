package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.ui.Teardown;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The welcome slide says the day the meeting is held, never the workshop file's date (last year's meeting). */
class WelcomeSlideUiTest {
    private final FxRobot robot = new FxRobot();
    private TestMeeting m;
    private ProjectorOnCanvas p;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, p == null ? null : p.meeting, m);
    }

    @Test
    void theWelcomeSaysTheDayTheMeetingIsHeldAndWhereTheFacilitatorSaysItIs() throws Exception {
        m = TestMeeting.builtIn();
        p = ProjectorOnCanvas.show(robot, m);
        String today = m.snap()
                .heldOn(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("da")));
        assertTrue(p.shows(today + " · Region Sjælland"), "the day it was opened: " + today);
        assertFalse(
                p.root.lookupAll(".label").stream()
                        .anyMatch(
                                n -> ((javafx.scene.control.Label) n).getText().contains("2017")),
                "not the workshop file's date");
        m.ok(new Command.SetMeetingFacts("f", "2026-11-30", "13.00", "Sorø Rådhus", "", "", ""));
        p.relayout();
        assertTrue(p.shows("30. november 2026 · 13.00 · Sorø Rådhus"), "as the facilitator recorded it");
    }
}
