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
import javafx.scene.control.TextField;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table laptop in individual voting gives its participant's own dots: the others' at the table (a phone's,
 * say) are not offered again as its own, nor spent from its budget.
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
        ui.robot.clickOn("#joinAsTable");
        TextField address = ui.node("#hostAddress");
        ui.robot.clickOn("#hostAddress");
        ui.robot.interact(address::clear);
        ui.robot.write("127.0.0.1:" + host.port());
        ui.waitFor(
                "the form laid out",
                () -> ui.robot.lookup("#joinCode").query().localToScene(0, 0).getY()
                        > address.localToScene(0, 0).getY());
        ui.robot.clickOn("#joinCode").write("123456");
        ui.robot.clickOn("#connect");
        ui.waitFor("the seats", () -> ui.robot.lookup("#seat-bord-1").tryQuery().isPresent());
        ui.robot.clickOn("#seat-bord-1");
        ui.waitFor("the dots", () -> ui.robot.lookup("#dotMore-q2").tryQuery().isPresent());

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
    }
}
