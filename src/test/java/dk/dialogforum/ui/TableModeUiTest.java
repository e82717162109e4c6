package dk.dialogforum.ui;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.net.LanDiscovery;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A table laptop in table mode joins a host over loopback, follows its phases and sends a ballot and an item. */
class TableModeUiTest {
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
    void aTableJoinsTakesItsSeatAndItsEntriesReachTheMeeting() throws Exception {
        engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
        host = new HostServer(engine, "123456", "secret-of-the-test".getBytes(), "127.0.0.1", 0);
        ui.launch(data);
        ui.robot.clickOn("#joinAsTable");
        // A meeting announced elsewhere on this network may have filled the field already.
        TextField address = ui.node("#hostAddress");
        ui.robot.interact(address::clear);
        ui.robot.clickOn("#hostAddress").write("127.0.0.1:" + host.port());
        ui.robot.clickOn("#joinCode").write("123456");
        ui.robot.clickOn("#connect");
        ui.waitFor("the seats", () -> ui.robot.lookup("#seat-bord-3").tryQuery().isPresent());
        ui.robot.clickOn("#seat-bord-3");
        ui.waitFor("seated", () -> ui.<Label>node("#tableStatus").getText().startsWith("Bord 3 · forbundet"));

        engine.execute(new Command.ChangePhase("p1", Phase.ENQUETE, Command.PhaseAction.OPEN));
        ui.waitFor("the ballot", () -> ui.robot.lookup("#tableSend").tryQuery().isPresent());
        for (String st : new String[] {"kapacitet", "inddragelse", "taettere-2021", "kvalitet", "egen-tilbudsvifte"}) {
            ChoiceBox<Integer> box = ui.node("#tableAnswer-" + st);
            ui.robot.interact(() -> box.setValue(4));
        }
        ui.click("#tableSend");
        ui.waitFor("saved", () -> "Gemt ✓".equals(ui.<Label>node("#tableFeedback").getText()));
        assertEquals("bord-3", engine.snapshot().enqueteBallots().get(0).tableId());

        engine.execute(new Command.ChangePhase("p2", Phase.card("selvforsyning"), Command.PhaseAction.OPEN));
        ui.waitFor("the worksheet", () -> ui.robot.lookup("#tableAdd").tryQuery().isPresent());
        ui.click("#tableText");
        ui.robot.write("Nærhed for borgerne");
        ui.click("#tableAdd");
        ui.waitFor("item saved", () -> engine.snapshot().items().size() == 1);
        assertEquals("Nærhed for borgerne", engine.snapshot().items().get(0).text());
        ui.waitFor("nothing pending", () -> ui.<Label>node("#tableStatus").getText().endsWith("0 venter på at blive sendt"));
    }

    @Test
    void aTableFindsTheMeetingOnTheNetworkWithoutTypingItsAddress() throws Exception {
        String lan = HostIdentity.lanAddress();
        assumeFalse(lan.startsWith("127."), "this machine has no LAN interface to multicast on");
        engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
        host = new HostServer(engine, "654321", "secret-of-the-test".getBytes(), "0.0.0.0", 0);
        String title = "Dialogforum-test " + UUID.randomUUID().toString().substring(0, 8);
        try (LanDiscovery.Announcement announced = LanDiscovery.announce(InetAddress.getByName(lan), title, host.port())) {
            ui.launch(data);
            ui.robot.clickOn("#joinAsTable");
            ui.waitFor("the meeting in the list", () -> foundButton(title) != null);
            ui.robot.clickOn(foundButton(title));
            assertEquals(lan + ":" + host.port(), ui.<TextField>node("#hostAddress").getText());
            ui.robot.write("654321");
            ui.click("#connect");
            ui.waitFor("the seats", () -> ui.robot.lookup("#seat-bord-2").tryQuery().isPresent());
            ui.robot.clickOn("#seat-bord-2");
            ui.waitFor("seated", () -> ui.<Label>node("#tableStatus").getText().startsWith("Bord 2 · forbundet"));
        }
    }

    private Button foundButton(String title) {
        return ui.robot.lookup(".found-meeting").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith(title + "  ·  ")).findFirst().orElse(null);
    }
}
