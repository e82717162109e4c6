package dk.dialogforum.ui.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** In individual voting the console shows each table's participants and lets the facilitator cap them. */
class ParticipantsUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private ConsoleOnStage shown;

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    @Test
    void theConsoleShowsEachTablesParticipantsAndTheFacilitatorCapsThem() throws Exception {
        var w = TestWorkshops.workshop(r -> ((ObjectNode) r.get("voting")).put("mode", "individual"));
        shown = ConsoleOnStage.show(MeetingSession.start(w, new Journals(dir.resolve("j"))), Phase.ENQUETE);
        Label counts = robot.lookup("#participantCounts").queryAs(Label.class);
        assertEquals(
                "Deltagere: Bord 1: 0 · Bord 2: 0 · Bord 3: 0 · Bord 4: 0 · Bord 5: 0 · Bord 6: 0", counts.getText());
        robot.interact(() -> shown.presentation.participantsProperty().set(Map.of("bord-1", 3, "bord-4", 1)));
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> counts.getText().startsWith("Deltagere: Bord 1: 3 · Bord 2: 0"));
        assertEquals(10, shown.presentation.participantCapProperty().get(), "ten to begin with");
        Spinner<?> cap = robot.lookup("#participantCap").queryAs(Spinner.class);
        robot.interact(() -> cap.getValueFactory().decrement(6));
        assertEquals(4, shown.presentation.participantCapProperty().get(), "what the host is told");
    }

    @Test
    void aTableMeetingShowsNoParticipants() throws Exception {
        shown = ConsoleOnStage.show(
                MeetingSession.start(WorkshopLoader.builtIn(), new Journals(dir.resolve("t"))), Phase.ENQUETE);
        assertFalse(robot.lookup("#participantCounts")
                .queryAs(Label.class)
                .getParent()
                .isVisible());
    }
}
