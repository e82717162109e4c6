package dk.dialogforum.ui.console;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.testing.NoNavigation;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facilitator works the console with the keyboard while the tables write: the phase's button that
 * has the focus keeps it, however many items arrive, and the list and the preview follow the tables.
 */
class ConsoleWhileTablesWriteUiTest {
    private static final String CARD = "klyngesamarbejde";

    @TempDir
    Path journals;

    private final FxRobot robot = new FxRobot();
    private MeetingSession session;
    private FxMeeting meeting;
    private ConsoleView console;
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, meeting, session, () -> {
            if (stage != null) {
                stage.close();
            }
            if (console != null) {
                console.dispose();
            }
        });
    }

    @Test
    void theFocusedButtonKeepsTheFocusAsItemsArrive() throws Exception {
        session = MeetingSession.start(WorkshopLoader.builtIn(), new Journals(journals));
        session.engine().execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
        FxToolkit.registerPrimaryStage();
        Button[] close = new Button[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            meeting = new FxMeeting(session.engine());
            console = new ConsoleView(
                    new I18n(Texts.DANISH),
                    new NoNavigation(),
                    session,
                    meeting,
                    new Presentation(),
                    null,
                    Runnable::run);
            Scene scene = new Scene(console.buildFor(Phase.card(CARD)), 1200, 780);
            scene.getStylesheets().add(Theme.stylesheet());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            close[0] = (Button) scene.lookup("#close");
            close[0].requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(close[0], focusOwner(), "the facilitator tabbed to the close button");

        for (int i = 1; i <= 40; i++) {
            session.engine()
                    .execute(new Command.AddItem("item-" + i, "bord-" + (1 + i % 6), CARD, "fordele", "Punkt " + i));
        }
        for (int wait = 0; wait < 100 && count() < 40; wait++) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(40, count(), "the console lists every item the tables wrote");
        // The line under the buttons counts what the room can see: a hidden item is listed, not counted there.
        session.engine().execute(new Command.HideItem("hide-1", "item-1", true));
        for (int wait = 0; wait < 100 && !progress().equals("39 synlige punkter"); wait++) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals("39 synlige punkter", progress());
        assertEquals(40, count(), "the hidden item is still listed for the facilitator");
        // The preview follows a fast room a few times a second, and ends on what the tables wrote.
        for (int wait = 0; wait < 40 && !previewShows("Fordele  (39)"); wait++) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(previewShows("Fordele  (39)"), "the preview counts the 39 items the room sees");
        assertSame(close[0], focusOwner(), "the same button still has the focus");
        // And it still closes the phase from the keyboard.
        robot.interact(() -> close[0].fire());
        for (int wait = 0;
                wait < 100
                        && session.engine().snapshot().phase(Phase.card(CARD)).open();
                wait++) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertEquals(false, session.engine().snapshot().phase(Phase.card(CARD)).open(), "the phase closed");
        // The console says so: the card's row in the agenda, and the buttons of the phase.
        String title = session.engine().workshop().cards().stream()
                .filter(c -> c.id().equals(CARD))
                .findFirst()
                .orElseThrow()
                .title();
        for (int wait = 0; wait < 40 && !agendaRow(title).contains("lukket"); wait++) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(
                agendaRow(title).contains("▶") && agendaRow(title).contains("lukket"),
                "the agenda marks the card shown and closed: " + agendaRow(title));
        robot.interact(() -> {
            assertTrue(((Button) stage.getScene().lookup("#close")).isDisabled(), "nothing left to close");
            assertEquals(false, ((Button) stage.getScene().lookup("#open")).isDisabled(), "it can be opened again");
        });
    }

    /** The text of the agenda's row of the card called {@code title}. */
    private String agendaRow(String title) {
        String[] text = {"(no row)"};
        robot.interact(() -> stage.getScene().lookup("#agenda").lookupAll(".list-cell").stream()
                .map(n -> ((ListCell<?>) n).getText())
                .filter(t -> t != null && t.startsWith("Visionskort: " + title))
                .findFirst()
                .ifPresent(t -> text[0] = t));
        return text[0];
    }

    private String progress() {
        String[] text = new String[1];
        robot.interact(() -> text[0] = ((Label) stage.getScene().lookup("#progress")).getText());
        return text[0];
    }

    private Node focusOwner() throws Exception {
        Node[] owner = new Node[1];
        robot.interact(() -> owner[0] = stage.getScene().getFocusOwner());
        return owner[0];
    }

    private boolean previewShows(String text) {
        boolean[] shows = new boolean[1];
        robot.interact(() -> shows[0] = stage.getScene().lookup("#preview").lookupAll(".label").stream()
                .anyMatch(n -> n instanceof Labeled l && text.equals(l.getText())));
        return shows[0];
    }

    private int count() {
        int[] n = new int[1];
        robot.interact(() -> n[0] =
                ((ListView<?>) stage.getScene().lookup("#items")).getItems().size());
        return n[0];
    }
}
