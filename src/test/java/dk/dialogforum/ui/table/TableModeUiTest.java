package dk.dialogforum.ui.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.net.Door;
import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.net.LanDiscovery;
import dk.dialogforum.net.TableClient;
import dk.dialogforum.testing.DotVotes;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.ui.UiDriver;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
        engine = newMeeting();
        joinAs(3);

        engine.execute(new Command.ChangePhase("p1", Phase.ENQUETE, Command.PhaseAction.OPEN));
        ui.waitFor("the ballot", () -> ui.robot.lookup("#tableSend").tryQuery().isPresent());
        // All five challenges to rank are in sight, with no scrolling in the list.
        ui.waitFor(
                "the ranking laid out",
                () -> ui.robot.lookup("#rankingList .list-cell").queryAll().stream()
                                .filter(c -> ((ListCell<?>) c).getItem() != null)
                                .count()
                        == 5);
        assertTrue(
                ui.robot.lookup("#rankingList .scroll-bar:vertical").queryAll().stream()
                        .noneMatch(Node::isVisible),
                "the ranking list scrolls");
        // The list starts in an order of its own, not the workshop's (2018's result): leaving it as it is
        // votes for no order the table did not see.
        List<String> workshopOrder =
                engine.workshop().ranking().items().stream().map(r -> r.title()).toList();
        List<String> shownRanking = rankingShown();
        assertEquals(new HashSet<>(workshopOrder), new HashSet<>(shownRanking));
        assertFalse(
                workshopOrder.equals(shownRanking), "the table's list starts in the workshop's order " + shownRanking);
        for (String st : new String[] {"kapacitet", "inddragelse", "taettere-2021", "egen-tilbudsvifte"}) {
            answer(st, 4);
        }
        // Review, then submit: the review names the statement left unanswered, and the table goes back to it.
        ui.click("#tableSend");
        ui.waitFor(
                "the review", () -> ui.robot.lookup("#tableConfirm").tryQuery().isPresent());
        assertEquals(
                "1. " + shownRanking.get(0), ui.<Label>node("#review-rank-1").getText());
        assertEquals(
                "5. " + shownRanking.get(4), ui.<Label>node("#review-rank-5").getText());
        assertEquals("ikke besvaret", ui.<Label>node("#review-answer-kvalitet").getText());
        assertEquals("Enig", ui.<Label>node("#review-answer-kapacitet").getText());
        assertTrue(engine.snapshot().enqueteBallots().isEmpty(), "nothing is sent before the table confirms");
        ui.click("#tableBack");
        answer("kvalitet", 4);
        ui.click("#tableSend");
        ui.waitFor(
                "the review",
                () -> ui.<Label>node("#review-answer-kvalitet").isVisible()
                        && "Enig"
                                .equals(ui.<Label>node("#review-answer-kvalitet")
                                        .getText()));
        ui.click("#tableConfirm");
        ui.waitFor(
                "saved",
                () -> ui.<Label>node("#tableFeedback").getText().startsWith("Gemt ✓ – I kan rette og sende igen"));
        assertEquals("bord-3", engine.snapshot().enqueteBallots().get(0).tableId());
        assertEquals(
                shownRanking,
                engine.snapshot().enqueteBallots().get(0).ranking().stream()
                        .map(id -> engine.workshop().ranking().items().stream()
                                .filter(r -> r.id().equals(id))
                                .findFirst()
                                .orElseThrow()
                                .title())
                        .toList(),
                "the ballot ranks as the list showed");
        assertEquals(5, engine.snapshot().enqueteBallots().get(0).answers().size());
        // The receipt: the ballot the facilitator holds, in words.
        ui.waitFor("the receipt", () -> ui.<Node>node("#tableReceipt").isVisible());
        assertTrue(
                ui.<Label>node("#tableReceipt .card-title").getText().startsWith("Jeres stemmeseddel er gemt"),
                "the receipt says the ballot is saved");
        assertEquals(
                "1. " + shownRanking.get(0),
                ui.<Label>node("#tableReceipt #review-rank-1").getText());
        assertEquals(
                "Enig", ui.<Label>node("#tableReceipt #review-answer-kvalitet").getText());

        // A change of mind before the phase closes: the answers are still there, the new ballot replaces the old.
        ui.click("#tableChange");
        answer("kvalitet", 2);
        ui.click("#tableSend");
        ui.click("#tableConfirm");
        ui.waitFor(
                "replaced",
                () -> Integer.valueOf(2)
                        .equals(engine.snapshot()
                                .enqueteBallots()
                                .get(0)
                                .answers()
                                .get("kvalitet")));
        assertEquals(1, engine.snapshot().enqueteBallots().size());
        assertEquals(4, engine.snapshot().enqueteBallots().get(0).answers().get("kapacitet"));

        engine.execute(new Command.ChangePhase("p2", Phase.card("selvforsyning"), Command.PhaseAction.OPEN));
        ui.waitFor(
                "the worksheet", () -> ui.robot.lookup("#tableAdd").tryQuery().isPresent());
        ui.click("#tableText");
        ui.robot.write("Nærhed for borgerne");
        ui.click("#tableAdd");
        ui.waitFor("item saved", () -> engine.snapshot().items().size() == 1);
        assertEquals("Nærhed for borgerne", engine.snapshot().items().get(0).text());
        ui.waitFor(
                "nothing pending",
                () -> ui.<Label>node("#tableStatus").getText().endsWith("0 venter på at blive sendt"));

        // The facilitator ends the meeting: the table is told, and has nothing left to fill in.
        engine.execute(new Command.CloseMeeting("end"));
        ui.waitFor(
                "told the meeting has ended",
                () -> ui.robot.lookup("#tableEnded").tryQuery().isPresent());
        assertTrue(ui.robot.lookup("#tableAdd").tryQuery().isEmpty());
        assertTrue(ui.robot.lookup("Mødet er slut. Tak for i dag!").tryQuery().isPresent());
        assertEquals(
                "Gemt hos facilitatoren fra jeres bord: 1 stemmeseddel i enqueten, ingen i den løbende rangordning,"
                        + " 1 punkt og prikker på intet kort.",
                ui.<Label>node("#tableEndedReceipt").getText(),
                "the table's receipt of what the minutes hold from it");
    }

    @Test
    void aTableFindsTheMeetingOnTheNetworkWithoutTypingItsAddress() throws Exception {
        String lan = HostIdentity.lanAddress();
        assumeFalse(lan.startsWith("127."), "this machine has no LAN interface to multicast on");
        engine = newMeeting();
        host = startHost("654321", "0.0.0.0");
        String title = "Dialogforum-test " + UUID.randomUUID().toString().substring(0, 8);
        ui.launch(data);
        ui.robot.clickOn("#joinAsTable");
        ui.waitFor(
                "the form laid out",
                () -> ui.<TextField>node("#hostAddress").localToScene(0, 0).getY() > 0);
        double fieldAt = ui.<TextField>node("#hostAddress").localToScene(0, 0).getY();
        try (LanDiscovery.Announcement announced =
                LanDiscovery.announce(InetAddress.getByName(lan), title, host.meetingId(), host.port())) {
            ui.waitFor("the meeting in the list", () -> foundButton(title) != null);
            // The meeting took the room kept for it: the fields did not move under the table's pointer.
            assertEquals(
                    fieldAt,
                    ui.<TextField>node("#hostAddress").localToScene(0, 0).getY(),
                    0.5);
            ui.robot.clickOn(foundButton(title));
            assertEquals(
                    lan + ":" + host.port(), ui.<TextField>node("#hostAddress").getText());
            ui.robot.write("654321");
            ui.click("#connect");
            ui.waitFor(
                    "the seats",
                    () -> ui.robot.lookup("#seat-bord-2").tryQuery().isPresent());
            ui.robot.clickOn("#seat-bord-2");
            ui.waitFor("seated", () -> ui.<Label>node("#tableStatus").getText().startsWith("Bord 2 · forbundet"));

            // The table's program ends (the laptop is restarted) and starts again: as soon as the meeting it
            // sat in is found on the network, it is back at its seat, with nothing to click or type.
            ui.close();
            ui.launch(data);
            ui.robot.clickOn("#joinAsTable");
            ui.waitFor(
                    "back at Bord 2 by itself",
                    () -> ui.<Label>node("#tableStatus").getText().startsWith("Bord 2 · forbundet"));
            assertTrue(ui.robot.lookup("#seat-bord-2").tryQuery().isEmpty(), "no seat to pick: it is the same table");

            // A table that leaves the meeting on purpose is not pulled back: it sees the meeting listed and picks it.
            ui.robot.clickOn("Forlad mødet");
            ui.robot.clickOn("#joinAsTable");
            ui.waitFor("the meeting in the list again", () -> foundButton(title) != null);
            Thread.sleep(1500);
            assertTrue(ui.robot.lookup("#hostAddress").tryQuery().isPresent(), "still choosing, not joined by itself");
            ui.robot.clickOn(foundButton(title));
            ui.click("#connect");
            ui.waitFor(
                    "back at Bord 2 when it chose",
                    () -> ui.<Label>node("#tableStatus").getText().startsWith("Bord 2 · forbundet"));
        }
    }

    /**
     * The facilitator's laptop is restarted and the meeting comes back at another address, while the table
     * wrote an item it could not send. The table leaves, types the new address, and is its own table again
     * without picking a seat; the item it wrote reaches the meeting.
     */
    @Test
    void aMeetingThatComesBackAtAnotherAddressKeepsTheTablesSeatAndUnsentItem() throws Exception {
        engine = newMeeting();
        engine.execute(new Command.ChangePhase("p", Phase.card("selvforsyning"), Command.PhaseAction.OPEN));
        joinAs(2);
        ui.waitFor(
                "the worksheet", () -> ui.robot.lookup("#tableAdd").tryQuery().isPresent());
        host.close();
        ui.click("#tableText");
        ui.robot.write("Skrevet mens værten var væk");
        ui.click("#tableAdd");
        ui.waitFor(
                "waiting to be sent",
                () -> ui.<Label>node("#tableStatus").getText().endsWith("1 venter på at blive sendt"));

        host = startHost("123456", "127.0.0.1");
        ui.robot.clickOn("Forlad mødet");
        JoinSteps.typeHostAndConnect(ui, host.port(), "123456");
        ui.waitFor(
                "Bord 2 again, with nothing waiting",
                () -> ui.<Label>node("#tableStatus")
                        .getText()
                        .equals("Bord 2 · forbundet · 0 venter på at blive sendt"));
        ui.waitFor("the item in the meeting", () -> engine.snapshot().items().size() == 1);
        assertEquals(
                "Skrevet mens værten var væk", engine.snapshot().items().get(0).text());
        assertEquals("bord-2", engine.snapshot().items().get(0).tableId());
    }

    /**
     * The facilitator's laptop joins another network, or the program starts again on another port, while a
     * table has an item it could not send. The table finds its meeting announced at the new address and goes
     * there by itself: the same seat, nothing to click or type, and the item reaches the meeting.
     */
    @Test
    void aTableFollowsItsMeetingToANewAddressByItself() throws Exception {
        String lan = HostIdentity.lanAddress();
        assumeFalse(lan.startsWith("127."), "this machine has no LAN interface to multicast on");
        engine = newMeeting();
        engine.execute(new Command.ChangePhase("p", Phase.card("selvforsyning"), Command.PhaseAction.OPEN));
        host = startHost("123456", "127.0.0.1");
        joinAs(2);
        ui.waitFor(
                "the worksheet", () -> ui.robot.lookup("#tableAdd").tryQuery().isPresent());
        int before = host.port();
        host.close();
        ui.click("#tableText");
        ui.robot.write("Skrevet mens mødet flyttede");
        ui.click("#tableAdd");
        ui.waitFor(
                "waiting to be sent",
                () -> ui.<Label>node("#tableStatus").getText().endsWith("1 venter på at blive sendt"));
        assertEquals(
                "Ligger klar på denne computer – det sendes, så snart forbindelsen er tilbage.",
                ui.<Label>node("#tableFeedback").getText());
        assertTrue(
                ui.<Button>node("#tableAdd").isDisabled(), "the item waiting is not offered to be added a second time");
        assertEquals(
                "Skrevet mens mødet flyttede",
                ui.<TextArea>node("#tableText").getText(),
                "kept in sight until the host has it");

        host = startHost("123456", "0.0.0.0");
        assertTrue(host.port() != before, "the meeting is somewhere else now");
        String title = "Dialogforum-test " + UUID.randomUUID().toString().substring(0, 8);
        try (LanDiscovery.Announcement announced =
                LanDiscovery.announce(InetAddress.getByName(lan), title, host.meetingId(), host.port())) {
            ui.waitFor(
                    "Bord 2 again at the new address, with nothing waiting",
                    () -> ui.<Label>node("#tableStatus")
                            .getText()
                            .equals("Bord 2 · forbundet · 0 venter på at blive sendt"));
            ui.waitFor(
                    "the item in the meeting", () -> engine.snapshot().items().size() == 1);
            assertEquals(
                    "Skrevet mens mødet flyttede",
                    engine.snapshot().items().get(0).text());
            assertEquals("bord-2", engine.snapshot().items().get(0).tableId());
            assertTrue(
                    ui.robot.lookup("#tableAdd").tryQuery().isPresent(),
                    "still at the card, not sent back to the seats");
            ui.waitFor(
                    "the field empty for the next item",
                    () -> ui.<TextArea>node("#tableText").getText().isEmpty());
            assertEquals(1, engine.snapshot().items().size(), "the item arrived once");
        }
    }

    @Test
    void aSeatAnotherLaptopOwnsIsMarkedAndTakenOnlyWithTheFacilitatorsLeave() throws Exception {
        engine = newMeeting();
        host = startHost("123456", "127.0.0.1");
        List<Door.View> door = new CopyOnWriteArrayList<>();
        host.onDoor(door::add);
        try (TableClient other = laptop("bord-1", data.resolve("another-laptop"))) {
            other.start();
            // Before the program is launched: not through the UI driver's wait, which needs the toolkit.
            for (long end = System.currentTimeMillis() + 60_000;
                    other.status() != TableClient.Status.CONNECTED;
                    Thread.sleep(20)) {
                assertTrue(System.currentTimeMillis() < end, "the other laptop at Bord 1");
            }
            connectWith("123456");
            ui.waitFor(
                    "the seats",
                    () -> ui.robot.lookup("#seat-bord-1").tryQuery().isPresent());
            assertEquals("Bord 1 · i brug", ui.<Button>node("#seat-bord-1").getText());
            assertEquals("Bord 2", ui.<Button>node("#seat-bord-2").getText());
            // Another laptop takes Bord 2 while this one looks: the mark follows, and stays when it leaves (the
            // seat is still that laptop's).
            try (TableClient late = laptop("bord-2", data.resolve("a-late-laptop"))) {
                late.start();
                ui.waitFor(
                        "Bord 2 marked",
                        () -> "Bord 2 · i brug"
                                .equals(ui.<Button>node("#seat-bord-2").getText()));
            }
            ui.robot.clickOn("#seat-bord-1");
            ui.waitFor(
                    "asked", () -> ui.robot.lookup("#seatConfirmYes").tryQuery().isPresent());
            assertTrue(ui.robot
                    .lookup("Bord 1 har allerede en computer. Vil I sidde ved Bord 1 fra denne computer, skal"
                            + " facilitatoren give lov – den anden computer må så vige.")
                    .tryQuery()
                    .isPresent());
            assertTrue(
                    ui.<Label>node("#tableStatus").getText().startsWith("Dialogforum – bord · "),
                    "not seated before the table says so");
            ui.robot.clickOn("Vælg et andet bord");
            ui.waitFor(
                    "the question gone",
                    () -> ui.robot.lookup("#seatConfirmYes").tryQuery().isEmpty());
            ui.robot.clickOn("#seat-bord-1");
            ui.waitFor(
                    "asked again",
                    () -> ui.robot.lookup("#seatConfirmYes").tryQuery().isPresent());
            ui.robot.clickOn("#seatConfirmYes");
            ui.waitFor(
                    "waiting for the facilitator",
                    () -> ui.robot
                            .lookup("Venter på facilitatoren: Bord 1 har allerede en computer. Giver facilitatoren"
                                    + " lov, sidder denne computer ved Bord 1, og den anden må vige.")
                            .tryQuery()
                            .isPresent());
            assertTrue(
                    ui.<Label>node("#tableStatus")
                            .getText()
                            .startsWith("Dialogforum – bord · venter på facilitatoren · "),
                    "not seated while the facilitator decides, and says so: "
                            + ui.<Label>node("#tableStatus").getText());
            ui.waitFor(
                    "the facilitator asked",
                    () -> !door.isEmpty()
                            && !door.get(door.size() - 1).waiting().isEmpty());
            host.answer(door.get(door.size() - 1).waiting().get(0).id(), Door.Answer.ADD);
            ui.waitFor(
                    "seated as the table's second laptop",
                    () -> ui.<Label>node("#tableStatus").getText().startsWith("Bord 1 · forbundet"));
        }
    }

    /** A table that sat in the meeting comes back without the code (its laptop restarted); a new one is asked for it. */
    @Test
    void aTableThatSatInTheMeetingComesBackWithoutTheCode() throws Exception {
        engine = newMeeting();
        joinAs(6);
        ui.robot.clickOn("Forlad mødet");
        JoinSteps.typeHostAndConnect(ui, host.port(), "");
        ui.waitFor(
                "Bord 6 again", () -> ui.<Label>node("#tableStatus").getText().startsWith("Bord 6 · forbundet"));
    }

    @Test
    void aWrongCodeIsSaidAndTheTableGetsInWithTheRightOne() throws Exception {
        engine = newMeeting();
        // No code at all: said at once, without asking the host.
        connectWith("");
        ui.waitFor(
                "asked for the code",
                () -> ui.robot.lookup("#joinRefusal").tryQuery().isPresent());
        assertEquals(
                "Bordet kom ikke med i mødet: Skriv koden fra skærmen.",
                ui.<Label>node("#joinRefusal").getText());
        JoinSteps.typeCode(ui, "123465");
        ui.robot.clickOn("#connect");
        // Said before any seat is offered: the host tells a wrong code nothing of the meeting.
        // (The refusal of the missing code stays until the host has answered: wait for the new one.)
        ui.waitFor(
                "told the code is wrong",
                () -> ui.robot
                        .lookup("#joinRefusal")
                        .tryQuery()
                        .map(n -> ((Label) n).getText().equals("Bordet kom ikke med i mødet: Koden er forkert."))
                        .orElse(false));
        assertTrue(ui.robot.lookup("#seat-bord-4").tryQuery().isEmpty(), "no seats to pick with a wrong code");
        // Back at the form, the address kept and the code to be typed again.
        assertEquals(
                "127.0.0.1:" + host.port(), ui.<TextField>node("#hostAddress").getText());
        assertEquals("", ui.<TextField>node("#joinCode").getText());
        assertEquals("Dialogforum – bord", ui.<Label>node("#tableStatus").getText());
        // Not in a meeting, the table has none to leave: the button only goes back.
        assertEquals("Til startskærmen", ui.<Button>node("#tableLeave").getText());
        JoinSteps.typeCode(ui, "123456");
        ui.robot.clickOn("#connect");
        ui.waitFor("the seats", () -> ui.robot.lookup("#seat-bord-4").tryQuery().isPresent());
        assertEquals(
                "Dialogforum – bord · forbundet, intet bord valgt endnu · 0 venter på at blive sendt",
                ui.<Label>node("#tableStatus").getText());
        // Let in but not seated yet: it has no meeting to leave either, and going back takes nothing from it.
        assertEquals("Til startskærmen", ui.<Button>node("#tableLeave").getText());
        JoinSteps.pickSeat(ui, 4);
        ui.waitFor("seated", () -> ui.<Label>node("#tableStatus").getText().startsWith("Bord 4 · forbundet"));
        assertTrue(ui.robot.lookup("#joinRefusal").tryQuery().isEmpty(), "the refusal is gone once the table is in");
        assertEquals("Forlad mødet", ui.<Button>node("#tableLeave").getText());
    }

    /** The titles in the table's ranking list, top first. */
    private List<String> rankingShown() throws Exception {
        return WaitForAsyncUtils.asyncFx(
                        () -> ui.robot.lookup("#rankingList").queryAs(ListView.class).getItems().stream()
                                .map(i -> ((Workshop.RankItem) i).title())
                                .toList())
                .get(60, TimeUnit.SECONDS);
    }

    private Button foundButton(String title) {
        return ui.robot.lookup(".found-meeting").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith(title + "  ·  "))
                .findFirst()
                .orElse(null);
    }

    /** Opens {@code engine}'s meeting to loopback (join code 123456) and connects to it as a table, typing {@code code}. */
    private static MeetingEngine newMeeting() throws Exception {
        return MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
    }

    /** The facilitator's end, seating tables with {@code code}, on {@code bindAddress} and any free port. */
    private HostServer startHost(String code, String bindAddress) {
        return new HostServer(engine, code, "secret-of-the-test".getBytes(), bindAddress, 0);
    }

    /** Another laptop, outside the program under test, joining the host with its code at {@code table}. */
    private TableClient laptop(String table, Path outbox) throws Exception {
        return new TableClient(URI.create("ws://127.0.0.1:" + host.port() + "/ws"), "123456", table, outbox);
    }

    private void connectWith(String code) throws Exception {
        if (host == null) {
            host = startHost("123456", "127.0.0.1");
        }
        ui.launch(data);
        JoinSteps.typeHostAndConnect(ui, host.port(), code);
    }

    /** Joins {@code engine}'s meeting over loopback and takes the seat of table {@code seat}. */
    private void joinAs(int seat) throws Exception {
        connectWith("123456");
        JoinSteps.pickSeat(ui, seat);
        ui.waitFor(
                "seated", () -> ui.<Label>node("#tableStatus").getText().startsWith("Bord " + seat + " · forbundet"));
    }

    @Test
    void aTableAnswersEveryStatementAndSendsByKeyboardAlone() throws Exception {
        engine = newMeeting();
        joinAs(4);
        engine.execute(new Command.ChangePhase("p1", Phase.ENQUETE, Command.PhaseAction.OPEN));
        ui.waitFor("the ballot", () -> ui.robot.lookup("#tableSend").tryQuery().isPresent());
        List<String> statements = engine.workshop().enquete().statements().stream()
                .map(st -> st.id())
                .toList();
        ui.robot.interact(
                () -> ui.<Node>node("#tableAnswer-" + statements.get(0) + "-0").requestFocus());
        // The first statement: "4" chooses Enig, → moves on to Helt enig; Tab goes on to the next statement.
        ui.robot.type(KeyCode.DIGIT4, KeyCode.RIGHT, KeyCode.TAB);
        for (int i = 1; i < statements.size(); i++) {
            ui.robot.type(KeyCode.DIGIT2, KeyCode.TAB);
        }
        ui.robot.type(KeyCode.ENTER);
        ui.waitFor(
                "the review", () -> ui.robot.lookup("#tableConfirm").tryQuery().isPresent());
        assertEquals(
                "Helt enig",
                ui.<Label>node("#review-answer-" + statements.get(0)).getText());
        assertEquals(
                "Uenig", ui.<Label>node("#review-answer-" + statements.get(1)).getText());
        ui.robot.type(KeyCode.ENTER);
        ui.waitFor("the ballot saved", () -> engine.snapshot().enqueteBallots().size() == 1);
        Map<String, Integer> answers = engine.snapshot().enqueteBallots().get(0).answers();
        assertEquals(5, answers.get(statements.get(0)));
        for (int i = 1; i < statements.size(); i++) {
            assertEquals(2, answers.get(statements.get(i)), statements.get(i));
        }

        // The facilitator closes and reveals: the table sees the result the projector shows.
        engine.execute(new Command.ChangePhase("p2", Phase.ENQUETE, Command.PhaseAction.CLOSE));
        engine.execute(new Command.ChangePhase("p3", Phase.ENQUETE, Command.PhaseAction.REVEAL));
        ui.waitFor(
                "the result",
                () -> ui.robot.lookup("#result-place-1").tryQuery().isPresent());
        List<String> ballot = engine.snapshot().enqueteBallots().get(0).ranking();
        String first = engine.workshop().item(ballot.get(0)).orElseThrow().title();
        assertEquals(
                "1. " + first + " – " + ballot.size() + " point",
                ui.<Label>node("#result-place-1").getText(),
                "the table's own first is first, with its points");
        assertEquals(
                "100 % enige: "
                        + engine.workshop().enquete().statements().get(0).text() + " (af 1)",
                ui.<Label>node("#result-statement-" + statements.get(0)).getText());
        assertEquals("", ui.<Label>node("#tableFeedback").getText(), "nothing said of the last phase stays");
    }

    @Test
    void onASmallScreenCtrlEnterAddsAndWhatTheTableWroteStaysInView() throws Exception {
        engine = newMeeting();
        joinAs(5);
        resize(1280, 720);
        engine.execute(new Command.ChangePhase("p1", Phase.card("klyngesamarbejde"), Command.PhaseAction.OPEN));
        ui.waitFor(
                "the worksheet", () -> ui.robot.lookup("#tableAdd").tryQuery().isPresent());
        ui.click("#tableField-1");
        ui.click("#tableText");
        for (int i = 1; i <= 4; i++) {
            String text = "Ulempe nummer " + i;
            ui.robot.write(text);
            ui.robot
                    .press(KeyCode.CONTROL)
                    .press(KeyCode.ENTER)
                    .release(KeyCode.ENTER)
                    .release(KeyCode.CONTROL);
            int n = i;
            ui.waitFor(
                    "item " + n + " in the meeting",
                    () -> engine.snapshot().items().size() == n);
            String id = engine.snapshot().items().get(i - 1).id();
            ui.waitFor(
                    "item " + n + " listed",
                    () -> ui.robot.lookup("#mine-" + id).tryQuery().isPresent());
            Node row = ui.node("#mine-" + id);
            ScrollPane page = (ScrollPane) ui.robot
                    .lookup(".scroll-pane")
                    .match((ScrollPane sp) -> sp.getContent() != null && isInside(row, sp.getContent()))
                    .query();
            ui.waitFor("item " + n + " in view without scrolling", () -> bottomGap(page, row) >= 0);
            ui.waitFor(
                    "the field ready for the next",
                    () -> ui.<TextArea>node("#tableText").isFocused()
                            && ui.<TextArea>node("#tableText").getText().isEmpty());
            assertEquals("ulemper", engine.snapshot().items().get(i - 1).fieldId(), "in the field chosen");
        }
    }

    /** Gives the table's window {@code width} × {@code height}. */
    private void resize(double width, double height) {
        ui.robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing())
                .map(w -> (Stage) w)
                .forEach(st -> {
                    st.setWidth(width);
                    st.setHeight(height);
                }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Answers {@code statement} with one click on the button of {@code value}. */
    private void answer(String statement, int value) {
        ui.click("#tableAnswer-" + statement + "-" + (value - 1));
    }

    /** The texts of the table's own items as listed, read on the FX thread while the list may change. */
    private String mine() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ui.robot.lookup("#tableMine").queryAs(VBox.class).getChildren().stream()
                        .flatMap(n -> ui.robot.from(n).lookup(".label").queryAllAs(Label.class).stream())
                        .map(Label::getText)
                        .reduce("", (a, b) -> a + "\n" + b))
                .get(60, TimeUnit.SECONDS);
    }

    /**
     * The facilitator's disk is full: the table is told the host cannot keep its item now, that the item waits
     * on this computer and goes by itself; it is not told the item was refused, and the item is not lost.
     */
    @Test
    void aTableIsToldWhenTheHostCannotKeepItsItemAndTheItemWaits() throws Exception {
        AtomicBoolean full = new AtomicBoolean();
        engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), new EventStore() {
            @Override
            public void append(List<Event> events) throws IOException {
                if (full.get()) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void close() {}
        });
        joinAs(2);
        String card = "klyngesamarbejde";
        engine.execute(new Command.ChangePhase("p1", Phase.card(card), Command.PhaseAction.OPEN));
        ui.waitFor(
                "the worksheet", () -> ui.robot.lookup("#tableAdd").tryQuery().isPresent());
        full.set(true);
        ui.click("#tableText");
        ui.robot.write("Skrevet mens disken var fuld");
        ui.click("#tableAdd");
        ui.waitFor(
                "told the host cannot keep it",
                () -> ui.<Label>node("#tableFeedback")
                        .getText()
                        .startsWith("Værten kan ikke gemme lige nu: Mødet kunne "
                                + "ikke gemme det: facilitatorens computer kan ikke skrive til sin disk (er den fuld?). Det, I har "
                                + "skrevet, ligger på denne computer og sendes igen af sig selv."));
        assertTrue(
                ui.<Label>node("#tableStatus").getText().endsWith("1 venter på at blive sendt"),
                ui.<Label>node("#tableStatus").getText());
        assertEquals(
                "Skrevet mens disken var fuld",
                ui.<TextArea>node("#tableText").getText(),
                "the text stays in the field");
    }

    @Test
    void aTableSeesWhatTheFacilitatorDidWithItsItemsEditsAndWithdrawsThemAndCastsDots() throws Exception {
        engine = newMeeting();
        joinAs(1);
        String card = "klyngesamarbejde";
        engine.execute(new Command.ChangePhase("p1", Phase.card(card), Command.PhaseAction.OPEN));
        ui.waitFor(
                "the worksheet", () -> ui.robot.lookup("#tableAdd").tryQuery().isPresent());
        for (String text :
                new String[] {"Hvem betaler for de ledige pladser?", "Hvem betaler for tomme pladser", "Skrivefejl her"
                }) {
            ui.click("#tableField-2");
            ui.click("#tableText");
            ui.robot.write(text);
            ui.click("#tableAdd");
            ui.waitFor("listed: " + text, () -> mine().contains(text));
        }
        List<String> ids = engine.snapshot().items().stream().map(i -> i.id()).toList();
        assertEquals(3, ids.size());
        // The buttons name the fields briefly; the chosen field's whole question stands under them.
        assertEquals("Spørgsmål", ui.<ToggleButton>node("#tableField-2").getText());
        assertTrue(ui.<ToggleButton>node("#tableField-2").isSelected());
        assertEquals(
                "Hvad skal vi undersøge/diskutere for at finde ud af, hvilket samarbejde vi ønsker i fremtiden?",
                ui.<Label>node("#tableFieldTitle").getText());
        // A long item wraps, and its buttons keep their whole names.
        ui.click("#tableField-0");
        TextArea area = ui.node("#tableText");
        String longText = "Et langt punkt om samarbejdet mellem kommunerne og regionen. "
                .repeat(12)
                .strip();
        // Past the meeting's limit the table is told by how much, and cannot send it; an emoji is one character.
        int limit = engine.workshop().textLimit();
        ui.robot.interact(() -> area.setText("æ".repeat(limit) + "🙂"));
        String over = ui.<Label>node("#tableTextLength").getText();
        assertTrue(over.startsWith((limit + 1) + " tegn: 1 for mange"), over);
        assertTrue(ui.<Button>node("#tableAdd").isDisabled(), "too long a text cannot be added");
        ui.robot.interact(() -> area.setText(longText));
        assertEquals(
                longText.length() + " af højst " + limit + " tegn",
                ui.<Label>node("#tableTextLength").getText());
        assertFalse(ui.<Button>node("#tableAdd").isDisabled());
        ui.click("#tableAdd");
        ui.waitFor("the long item listed", () -> mine().contains(longText));
        String longId = engine.snapshot().items().get(3).id();
        for (String button : new String[] {"#edit-" + longId, "#withdraw-" + longId}) {
            Button b = ui.node(button);
            assertTrue(
                    b.getWidth() >= b.prefWidth(-1) - 0.5,
                    button + " shows its whole name: " + b.getWidth() + " < " + b.prefWidth(-1));
        }

        // The facilitator merges the two duplicates and hides nothing yet: the table sees the merge.
        engine.execute(new Command.MergeItems("m1", ids.get(0), List.of(ids.get(1))));
        ui.waitFor("the merge shown", () -> mine().contains("Slået sammen med: Hvem betaler for de ledige pladser?"));
        // The facilitator then rewords the item it was merged into: this table sees the new wording too.
        engine.execute(new Command.ModerateText("mod1", ids.get(0), "Hvem betaler for pladserne?"));
        ui.waitFor("the new wording shown", () -> mine().contains("Slået sammen med: Hvem betaler for pladserne?"));
        engine.execute(new Command.HideItem("h1", ids.get(2), true));
        ui.waitFor("hidden shown", () -> mine().contains("Skjult af facilitatoren"));

        // The table corrects its typo, then withdraws the item. Its row stands at the bottom of the view when
        // "Ret" is clicked: the form it opens is scrolled into view, its save button too. (A low window, so
        // the row, second under the form, can stand at the bottom.)
        resize(1280, 560);
        Button editButton = ui.node("#edit-" + ids.get(2));
        ScrollPane page = ui.robot
                .lookup(".scroll-pane")
                .match((ScrollPane sp) -> sp.getContent() != null
                        && editButton.localToScene(0, 0) != null
                        && isInside(editButton, sp.getContent()))
                .query();
        ui.robot.interact(() -> {
            double view = page.getViewportBounds().getHeight();
            double range = page.getContent().getLayoutBounds().getHeight() - view;
            Bounds b = page.getContent().sceneToLocal(editButton.localToScene(editButton.getBoundsInLocal()));
            assertTrue(range > 0, "the page scrolls: " + range);
            page.setVvalue(Math.max(0, Math.min(1, (b.getMaxY() + 2 - view) / range)));
        });
        ui.waitFor(
                "the edit button at the bottom of the view",
                () -> bottomGap(page, editButton) >= 0 && bottomGap(page, editButton) < 12);
        ui.robot.clickOn(editButton);
        TextArea edit = ui.node("#editText");
        ui.waitFor("the save button in view", () -> bottomGap(page, ui.node("#saveEdit")) >= 0);
        // The table types its correction at once: the text it wrote has the focus, the caret after it.
        ui.waitFor("the edit focused", edit::isFocused);
        ui.waitFor(
                "the caret after the text",
                () -> edit.getCaretPosition() == edit.getText().length()
                        && !edit.getText().isEmpty());
        ui.robot.interact(edit::clear);
        ui.robot.write("Stavet rigtigt nu");
        ui.click("#saveEdit");
        ui.waitFor(
                "edited in the meeting",
                () -> engine.snapshot().items().get(2).tableText().equals("Stavet rigtigt nu"));
        ui.waitFor("edited on the table", () -> mine().contains("Stavet rigtigt nu"));
        ui.click("#withdraw-" + ids.get(2));
        ui.click("#confirmWithdraw-" + ids.get(2));
        ui.waitFor(
                "withdrawn in the meeting",
                () -> engine.snapshot().items().get(2).withdrawn());
        ui.waitFor("gone from the table", () -> !mine().contains("Stavet rigtigt nu"));

        // Dot vote: only the visible open question is offered; two dots on it.
        engine.execute(new Command.ChangePhase("p2", Phase.dots(card), Command.PhaseAction.OPEN));
        ui.waitFor(
                "the dot vote",
                () -> ui.robot.lookup("#dot-" + ids.get(0)).tryQuery().isPresent());
        assertTrue(
                ui.robot.lookup("#dot-" + ids.get(1)).tryQuery().isEmpty(), "a merged item takes no dots of its own");
        String dotField = engine.workshop().fields().stream()
                .filter(f -> f.dotVotes())
                .findFirst()
                .orElseThrow()
                .shortTitle();
        assertTrue(
                ui.robot
                        .lookup("Prikkerne gives til punkterne under »" + dotField + "«.")
                        .tryQuery()
                        .isPresent(),
                "the table is told which items take dots");
        // Dots go on the item itself; the budget is said all the while and cannot be overspent.
        assertEquals(
                "Brugt: 0 af 3 – 3 prikker tilbage. Giv dem med + ved punkterne.",
                ui.<Label>node("#dotsUsed").getText());
        ui.click("#dotMore-" + ids.get(0));
        ui.click("#dotMore-" + ids.get(0));
        assertEquals("2", ui.<Label>node("#dot-" + ids.get(0)).getText());
        assertEquals(
                "Brugt: 2 af 3 – 1 prik tilbage. Giv dem med + ved punkterne.",
                ui.<Label>node("#dotsUsed").getText());
        ui.click("#dotMore-" + ids.get(0));
        assertTrue(ui.<Button>node("#dotMore-" + ids.get(0)).isDisabled(), "no dot more than the table has");
        assertTrue(
                ui.<Label>node("#dotsUsed").getText().startsWith("Brugt: 3 af 3 – alle jeres prikker er givet."),
                "and it is said why");
        ui.click("#dotLess-" + ids.get(0));
        ui.click("#sendDots");
        ui.waitFor(
                "the dots counted",
                () -> Integer.valueOf(2)
                        .equals(engine.snapshot()
                                .dots()
                                .getOrDefault(card, Map.of())
                                .getOrDefault("bord-1", Map.of())
                                .get(ids.get(0))));
        ui.waitFor(
                "the table told what the facilitator holds",
                () -> ui.<Label>node("#dotsReceipt")
                        .getText()
                        .equals("Gemt hos facilitatoren: 2 prikker på »Hvem betaler for pladserne?«."));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** How far above the bottom of {@code page}'s view {@code node} ends (negative: cut off below). */
    private static double bottomGap(ScrollPane page, Node node) {
        Bounds view = page.localToScene(page.getLayoutBounds());
        Bounds b = node.localToScene(node.getBoundsInLocal());
        double viewBottom = page.localToScene(
                        0, page.snappedTopInset() + page.getViewportBounds().getHeight())
                .getY();
        return Math.min(view.getMaxY(), viewBottom) - b.getMaxY();
    }

    @Test
    void withIndividualBallotsTheLaptopGoesRoundAndCountsEachBallot() throws Exception {
        engine = MeetingEngine.start(
                WorkshopLoader.resource(WorkshopLoader.MULIGHEDER), List.of(), EventStore.inMemory());
        joinAs(2);
        engine.execute(new Command.ChangePhase("p1", Phase.RANKING, Command.PhaseAction.OPEN));
        ui.waitFor("the ballot", () -> ui.robot.lookup("#tableSend").tryQuery().isPresent());
        ui.waitFor("the count", () -> ui.<Label>node("#ballotCount").getText().endsWith("Sendt fra dette bord: 0."));
        for (int i = 1; i <= 3; i++) {
            int n = i;
            ui.click("#tableSend");
            ui.click("#tableConfirm");
            ui.waitFor("ballot " + n, () -> engine.snapshot().rankingBallots().size() == n);
            ui.waitFor(
                    "count " + n,
                    () -> ui.<Label>node("#ballotCount").getText().endsWith("Sendt fra dette bord: " + n + "."));
        }
        assertEquals(
                3,
                engine.snapshot().rankingBallots().stream()
                        .map(b -> b.ballotId())
                        .distinct()
                        .count(),
                "each participant's ballot counts on its own, none replaces another");
        assertEquals(
                "Gemt ✓ – giv computeren videre til den næste.",
                ui.<Label>node("#tableFeedback").getText());
    }

    /**
     * A table laptop in individual voting gives its participant's own dots: the others' at the table (a phone's,
     * say) are not offered again as its own, nor spent from its budget; started again, it shows what its
     * participant gave.
     */
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
