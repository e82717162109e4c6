package dk.dialogforum.ui.table;

import dk.dialogforum.ui.UiDriver;

import javafx.scene.Node;
import javafx.scene.control.TextField;

/** What a table does on the start screen to join a host over loopback: the steps the table laptop's tests share. */
final class JoinSteps {
    private JoinSteps() {}

    /** From the start screen: joins as a table, typing the host's address and {@code code} (none if empty). */
    static void typeHostAndConnect(UiDriver ui, int port, String code) {
        ui.robot.clickOn("#joinAsTable");
        // A meeting announced elsewhere on this network may have filled the field already; once clicked, it
        // fills it no more.
        TextField address = ui.node("#hostAddress");
        ui.robot.clickOn("#hostAddress");
        ui.robot.interact(address::clear);
        ui.robot.write("127.0.0.1:" + port);
        if (!code.isEmpty()) {
            typeCode(ui, code);
        }
        ui.robot.clickOn("#connect");
    }

    /**
     * Types {@code code} into the code field of the form on screen. A form just rebuilt (after a refusal) is
     * clicked only once laid out: before, the code field sits where the address field is, and takes the click.
     */
    static void typeCode(UiDriver ui, String code) {
        ui.waitFor("the form laid out", () -> {
            Node field = ui.robot.lookup("#joinCode").query();
            Node address = ui.robot.lookup("#hostAddress").query();
            return field.localToScene(0, 0).getY() > address.localToScene(0, 0).getY();
        });
        ui.robot.clickOn("#joinCode").write(code);
    }

    /** Picks the seat of table {@code seat} once the seats are offered. */
    static void pickSeat(UiDriver ui, int seat) {
        ui.waitFor(
                "the seats",
                () -> ui.robot.lookup("#seat-bord-" + seat).tryQuery().isPresent());
        ui.robot.clickOn("#seat-bord-" + seat);
    }
}
