package dk.dialogforum.ui.projector;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.workshop.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dot vote says whose budget it is: each table's, or in individual voting each participant's. */
class DotsSlideUiTest {
    private final FxRobot robot = new FxRobot();
    private TestMeeting m;
    private ProjectorOnCanvas p;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, p == null ? null : p.meeting, m);
    }

    private void dotsOpen(TestMeeting meeting) throws Exception {
        String card = meeting.workshop().cards().get(0).id();
        meeting.open(Phase.card(card));
        meeting.ok(new Command.ChangePhase("close", Phase.card(card), Command.PhaseAction.CLOSE));
        meeting.open(Phase.dots(card));
        p = ProjectorOnCanvas.show(robot, meeting);
        p.relayout();
    }

    @Test
    void inTableVotingEachTableHasTheDots() throws Exception {
        m = TestMeeting.builtIn();
        dotsOpen(m);
        assertTrue(p.shows("0 af 6 borde har givet prikker · hvert bord har 3"));
    }

    @Test
    void inIndividualVotingEachParticipantHasTheDots() throws Exception {
        m = TestMeeting.of(TestWorkshops.workshop(r -> ((ObjectNode) r.get("voting")).put("mode", "individual")));
        dotsOpen(m);
        assertTrue(p.shows("0 af 6 borde har givet prikker · hver deltager har 3"));
    }
}
