package dk.dialogforum.ui.console;

import dk.dialogforum.app.AppOptions;
import dk.dialogforum.app.DialogforumApp;
import dk.dialogforum.app.RoomNetwork;
import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.net.TableClient;
import dk.dialogforum.ui.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table laptop joins the facilitator's meeting over the network: the welcome counts it, and the console
 * shows all meeting which tables are connected now, which dropped out, and which have not come yet.
 */
class TablesOnTheConsoleUiTest {
    @TempDir
    Path data;

    private final UiDriver ui = new UiDriver();
    private TableClient laptop;

    @AfterEach
    void close() throws Exception {
        if (laptop != null) {
            laptop.close();
        }
        ui.close();
    }

    @Test
    void theConsoleShowsWhichTablesAreConnectedAndWhichDroppedOut() throws Exception {
        ui.launch(data);
        ui.robot.clickOn("#newBuiltIn");
        ui.waitFor("console", () -> ui.robot.lookup("#agenda").tryQuery().isPresent());
        ui.waitFor(
                "the join code on the console",
                () -> ui.<Label>node("#consoleJoin").getText().matches("Bordene deltager på .+:\\d+ · kode \\d{6}"));
        String join = ui.<Label>node("#consoleJoin").getText();
        String code = join.replaceAll(".* · kode ", "");
        String port = join.replaceAll(".*:(\\d+) · kode.*", "$1");
        ui.waitFor(
                "no table yet",
                () -> ui.<Label>node("#tablesHeading").getText().equals("Bordene · 0 af 6 forbundet nu"));
        assertEquals("Bord 2: ikke med endnu", tooltip("bord-2"));
        ui.expectProjector("Bordene · 0 af 6 er med");

        Path outbox = data.resolve("laptop");
        laptop = new TableClient(URI.create("ws://127.0.0.1:" + port + "/ws"), code, "bord-2", outbox);
        laptop.start();
        ui.waitFor(
                "Bord 2 connected",
                () -> ui.<Label>node("#tablesHeading").getText().equals("Bordene · 1 af 6 forbundet nu"));
        assertEquals("Bord 2: forbundet nu", tooltip("bord-2"));
        assertEquals("Bord 2", ui.<Label>node("#connection-bord-2").getText());
        assertEquals("Bord 3: ikke med endnu", tooltip("bord-3"));
        // The room sees the table as here; the welcome panel counts it.
        ui.expectProjector("Bordene · 1 af 6 er med");
        ui.waitFor(
                "the welcome's count",
                () -> ui.<Label>node("#progress").getText().equals("1 af 6 borde er forbundet"));

        // The laptop goes to sleep: the console says so, the room still counts the table as here.
        laptop.close();
        ui.waitFor(
                "Bord 2 dropped out",
                () -> ui.<Label>node("#connection-bord-2").getText().equals("Bord 2 · afbrudt"));
        assertEquals(
                "Bordene · 0 af 6 forbundet nu",
                ui.<Label>node("#tablesHeading").getText());
        assertEquals("0 af 6 borde er forbundet", ui.<Label>node("#progress").getText());
        ui.expectProjector("Bordene · 1 af 6 er med");

        // It wakes up and comes back with the seat it had: the same table, connected again.
        laptop = new TableClient(URI.create("ws://127.0.0.1:" + port + "/ws"), null, null, outbox);
        laptop.start();
        ui.waitFor(
                "Bord 2 back",
                () -> ui.<Label>node("#connection-bord-2").getText().equals("Bord 2"));
        assertEquals("Bord 2: forbundet nu", tooltip("bord-2"));

        // In English, all of it.
        ui.choose("#language", (Locale l) -> l.getLanguage().equals("en"));
        ui.waitFor(
                "in English", () -> ui.<Label>node("#tablesHeading").getText().equals("Tables · 1 of 6 connected now"));
        assertEquals("Bord 2: connected now", tooltip("bord-2"));
    }

    /**
     * A second laptop asks for a seat another laptop owns (someone read the code off the projector, or the
     * table's laptop broke down): the console asks the facilitator, who gives it the seat; the first laptop
     * is told it was replaced.
     */
    @Test
    void aLaptopAskingForAnOwnedSeatIsDecidedOnTheConsole() throws Exception {
        String[] join = newMeetingsJoin();
        String code = join[1];
        URI host = URI.create(join[0]);
        assertFalse(ui.<Node>node("#door").isVisible(), "nothing to decide");
        laptop = new TableClient(host, code, "bord-2", data.resolve("first"));
        laptop.start();
        ui.waitFor(
                "Bord 2 connected",
                () -> ui.<Label>node("#connection-bord-2").getText().equals("Bord 2"));

        try (TableClient second = new TableClient(host, code, "bord-2", data.resolve("second"))) {
            second.start();
            ui.waitFor("the facilitator asked", () -> ui.<Node>node("#door").isVisible());
            assertTrue(ui.robot
                    .lookup("En computer (127.0.0.1) vil sidde ved Bord 2, som allerede har en computer.")
                    .tryQuery()
                    .isPresent());
            assertEquals("bord-2", second.seatWaiting());
            ui.robot.clickOn("#door-replace-bord-2");
            assertEquals(
                    "Bord 2 sidder nu ved den nye computer; den, der sad der, har fået besked.",
                    ui.<Label>node("#message").getText());
            ui.waitFor(
                    "the second laptop seated",
                    () -> "bord-2".equals(second.tableId()) && second.status() == TableClient.Status.CONNECTED);
            ui.waitFor("the first told", () -> laptop.status() == TableClient.Status.REFUSED);
            assertEquals("SEAT_REPLACED", laptop.refusal().code());
            ui.waitFor("nothing left to decide", () -> !ui.<Node>node("#door").isVisible());
        }
    }

    /**
     * The facilitator ends the meeting: the confirmation speaks the console's language, a connected table is
     * told the meeting has ended (and looks for it no more), and the projector thanks the room until the
     * facilitator goes to the start screen.
     */
    @Test
    void endingTheMeetingTellsTheTablesAndThanksTheRoom() throws Exception {
        String[] join = newMeetingsJoin();
        laptop = new TableClient(URI.create(join[0]), join[1], "bord-2", data.resolve("laptop"));
        laptop.start();
        ui.waitFor("Bord 2 connected", () -> laptop.status() == TableClient.Status.CONNECTED);

        ui.robot.clickOn("#endMeeting");
        ui.waitFor("asked", () -> ui.robot.lookup("Fortsæt mødet").tryQuery().isPresent());
        ui.robot.type(KeyCode.ENTER);
        ui.expectProjector("Tak for i dag");
        ui.waitFor("the table told", () -> laptop.status() == TableClient.Status.ENDED);
        assertTrue(laptop.state().closed());
        ui.waitFor("the way out", () -> ui.robot.lookup("#endedBack").tryQuery().isPresent());
        assertEquals("Til startskærmen", ui.<Button>node("#endMeeting").getText());
        ui.waitFor(
                "the way in no longer shown",
                () -> ui.<Label>node("#consoleJoin").getText().isEmpty());
        ui.robot.clickOn("#endedBack");
        ui.waitFor(
                "the start screen",
                () -> ui.robot.lookup("#newBuiltIn").tryQuery().isPresent());
        assertEquals(TableClient.Status.ENDED, laptop.status(), "the table does not look for the meeting again");
    }

    /** Starts a new meeting of the built-in workshop: where a table laptop on this computer joins it, and the code. */
    private String[] newMeetingsJoin() throws Exception {
        ui.launch(data);
        ui.robot.clickOn("#newBuiltIn");
        ui.waitFor(
                "the join code on the console",
                () -> ui.robot.lookup("#consoleJoin").tryQuery().isPresent()
                        && ui.<Label>node("#consoleJoin")
                                .getText()
                                .matches("Bordene deltager på .+:\\d+ · kode \\d{6}"));
        String join = ui.<Label>node("#consoleJoin").getText();
        return new String[] {
            "ws://127.0.0.1:" + join.replaceAll(".*:(\\d+) · kode.*", "$1") + "/ws", join.replaceAll(".* · kode ", "")
        };
    }

    /** Every port the meeting would serve the tables on is taken: the facilitator is told, with what to do. */
    @Test
    void aMeetingThatCannotServeTheTablesSaysSoOnTheConsole() throws Exception {
        // Ten ports in a row, all taken by "other programs"; the meeting is to serve from the first.
        List<ServerSocket> taken = new ArrayList<>();
        String before = System.getProperty("dialogforum.port");
        try {
            int first = 0;
            while (taken.size() < HostIdentity.PORTS_TRIED) {
                taken.forEach(TablesOnTheConsoleUiTest::closeQuietly);
                taken.clear();
                try (ServerSocket probe = new ServerSocket(0)) {
                    first = probe.getLocalPort();
                }
                if (first > 65535 - HostIdentity.PORTS_TRIED) {
                    continue;
                }
                try {
                    for (int port = first; port < first + HostIdentity.PORTS_TRIED; port++) {
                        taken.add(new ServerSocket(port, 50, InetAddress.getByName("0.0.0.0")));
                    }
                } catch (BindException inUse) {
                    // one of them is someone else's: try another row
                }
            }
            System.setProperty("dialogforum.port", String.valueOf(first));
            assertEquals(
                    "Bordene kan ikke komme med: portene " + first + "–" + (first + HostIdentity.PORTS_TRIED - 1)
                            + " er optaget af andre programmer. Luk dem, og start Dialogforum igen; mødet genoptages.",
                    toldOfTheNetwork());
            assertEquals(
                    "Bordene · ikke forbundet", ui.<Label>node("#tablesHeading").getText());
            // The meeting itself goes on: the facilitator can still run it and enter ballots for the tables.
            ui.clickPhase("Enquete");
            ui.click("#open");
            ui.expectProjector("0 af 6 borde har svaret");
        } finally {
            taken.forEach(TablesOnTheConsoleUiTest::closeQuietly);
            if (before == null) {
                System.clearProperty("dialogforum.port");
            } else {
                System.setProperty("dialogforum.port", before);
            }
        }
    }

    private static void closeQuietly(ServerSocket s) {
        try {
            s.close();
        } catch (java.io.IOException e) {
            // closed already
        }
    }

    /**
     * The facilitator opens the meeting before the laptop is on the room's Wi-Fi: the console says the
     * tables cannot reach it. Once on the network, the console and the projector give the address the
     * tables can reach, without a restart.
     */
    @Test
    void aLaptopThatJoinsTheNetworkAfterOpeningShowsTheTablesItsNewAddress() throws Exception {
        AtomicReference<String> address = new AtomicReference<>("127.0.0.1");
        // This computer's address as the test says it is, looked at five times a second.
        RoomNetwork.Settings room = new RoomNetwork.Settings(address::get, Duration.ofMillis(200));
        assertEquals(
                "Bordene kan ikke nå denne computer: den er ikke på noget netværk. Forbind den til lokalets "
                        + "netværk; adressen her og på skærmen følger med af sig selv.",
                toldOfTheNetwork(() -> new DialogforumApp(AppOptions.defaults(), room)));
        ui.waitFor(
                "the loopback address",
                () -> ui.<Label>node("#consoleJoin").getText().startsWith("Bordene deltager på http://127.0.0.1:"));

        address.set("192.0.2.77"); // the Wi-Fi comes up
        ui.waitFor(
                "the new address on the console",
                () -> ui.<Label>node("#consoleJoin").getText().startsWith("Bordene deltager på http://192.0.2.77:"));
        ui.waitFor("the problem gone", () -> !ui.<Label>node("#networkProblem").isVisible());
        ui.expectProjector("Scan QR-koden med telefonens kamera, eller åbn http://192.0.2.77:"
                + ui.<Label>node("#consoleJoin").getText().replaceAll(".*:(\\d+) · kode.*", "$1")
                + " i en browser – eller i Dialogforum på bordets computer (»Deltag som bord«).");
    }

    /** Opens a new meeting of the built-in workshop, and returns what the console says keeps the tables out. */
    private String toldOfTheNetwork() throws Exception {
        return toldOfTheNetwork(DialogforumApp::new);
    }

    private String toldOfTheNetwork(Supplier<Application> program) throws Exception {
        ui.launch(data, program);
        ui.robot.clickOn("#newBuiltIn");
        ui.waitFor("console", () -> ui.robot.lookup("#agenda").tryQuery().isPresent());
        ui.waitFor("told", () -> ui.<Label>node("#networkProblem").isVisible());
        return ui.<Label>node("#networkProblem").getText();
    }

    private String tooltip(String table) {
        Tooltip t = ui.<Label>node("#connection-" + table).getTooltip();
        return t.getText();
    }
}
