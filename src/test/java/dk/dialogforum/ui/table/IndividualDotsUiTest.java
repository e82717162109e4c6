package dk.dialogforum.ui.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.testing.DotVotes;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.ui.UiDriver;
import dk.dialogforum.workshop.Workshop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table laptop in individual voting gives its participant's own dots: the others' at the table (a phone's,
 * say) are not offered again as its own, nor spent from its budget; started again, it shows what its participant
 * gave.
 */
class IndividualDotsUiTest {
    @TempDir
    Path data;

    private final UiDriver ui = new UiDriver();
    private MeetingEngine engine;
    private HostServer host;

    @AfterEach
    void close() throws Exception {
        ui.close();
        if (host != null) {
            host.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aTableLaptopGivesItsOwnDotsBesideAnotherParticipantsAtTheTable() throws Exception {
        Workshop w = TestWorkshops.workshop(r -> ((ObjectNode) r.get("voting")).put("mode", "individual"));
        engine = MeetingEngine.start(w, List.of(), EventStore.inMemory());
        String card = DotVotes.twoQuestionsOpenForDots(engine);
        // Another participant at Bord 1, on a phone, has given all three of theirs.
        engine.execute(new Command.CastDots("phone", "bord-1", card, Map.of("q1", 3), "participant-phone"));
        host = new HostServer(engine, "123456", "secret-of-the-test".getBytes(), "127.0.0.1", 0);

        ui.launch(data);
        JoinSteps.typeHostAndConnect(ui, host.port(), "123456");
        JoinSteps.pickSeat(ui, 1);
        ui.waitFor("the dots", () -> ui.robot.lookup("#dotMore-q2").tryQuery().isPresent());

        // The laptop speaks to the one participant at it: "dine prikker", "du", not the table's "jeres", "I".
        assertTrue(
                ui.robot
                        .lookup("Fordel dine 3 prikker på de punkter, du helst vil have drøftet, og send dem. "
                                + "Du kan ændre dem, så længe afstemningen er åben.")
                        .tryQuery()
                        .isPresent(),
                "the dots' intro speaks to the participant");
        Label used = ui.node("#dotsUsed");
        ui.waitFor("the budget said", () -> !used.getText().isEmpty());
        assertTrue(
                used.getText().startsWith("Brugt: 0 af 3"), "this participant's dots are all left: " + used.getText());
        ui.click("#dotMore-q2");
        ui.click("#dotMore-q2");
        ui.click("#sendDots");
        ui.waitFor(
                "the table's dots, both participants'",
                () -> Map.of("q1", 3, "q2", 2)
                        .equals(engine.snapshot().dots().get(card).get("bord-1")));
        Label receipt = ui.node("#dotsReceipt");
        ui.waitFor("the receipt", () -> !receipt.getText().isEmpty());
        assertEquals("Gemt hos facilitatoren: 2 prikker på »Hvem bestemmer?«.", receipt.getText());

        // The laptop is started again (or the form made anew): it shows what its participant gave, not none.
        ui.close();
        ui.launch(data);
        JoinSteps.typeHostAndConnect(ui, host.port(), "");
        ui.waitFor(
                "back at Bord 1 with the dots",
                () -> ui.robot.lookup("#dotMore-q2").tryQuery().isPresent());
        Label usedAgain = ui.node("#dotsUsed");
        ui.waitFor("its own dots shown", () -> usedAgain.getText().startsWith("Brugt: 2 af 3"));
        assertEquals("2", ui.<Label>node("#dot-q2").getText());
        assertEquals("0", ui.<Label>node("#dot-q1").getText(), "the phone's dots are not this participant's");
        assertEquals(
                "Gemt hos facilitatoren: 2 prikker på »Hvem bestemmer?«.",
                ui.<Label>node("#dotsReceipt").getText());
        assertTrue(ui.node("#sendDots").isDisabled(), "nothing changed to send");
        // One more, sent: the participant's set is three, the phone's stays as it was.
        ui.click("#dotMore-q1");
        ui.click("#sendDots");
        ui.waitFor(
                "the table's dots, both participants'",
                () -> Map.of("q1", 4, "q2", 2)
                        .equals(engine.snapshot().dots().get(card).get("bord-1")));
    }
}
