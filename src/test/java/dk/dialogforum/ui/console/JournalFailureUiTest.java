package dk.dialogforum.ui.console;

import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Rejection;
import dk.dialogforum.testing.FillingDisk;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facilitator's disk fills up mid-meeting: the console says so until it is over, and the meeting goes on. */
class JournalFailureUiTest {
    private static final String CARD = "klyngesamarbejde";

    @TempDir
    Path journals;

    private final FxRobot robot = new FxRobot();
    private MeetingSession session;
    private ConsoleOnStage shown;

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        } else if (session != null) {
            session.close();
        }
    }

    private void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited in vain for " + what, e);
        }
    }

    private boolean bannerShown() {
        return robot.lookup("#journalFailed")
                .tryQuery()
                .map(n -> n.getParent().isVisible())
                .orElse(false);
    }

    @Test
    void aFullDiskIsSaidOnTheConsoleUntilSpaceIsMadeAndTheMeetingGoesOn() throws Exception {
        FillingDisk disk = new FillingDisk();
        MeetingEngine engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), disk);
        session = MeetingSession.of(engine, journals.resolve("m.journal"));
        engine.execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
        shown = ConsoleOnStage.show(session, Phase.card(CARD));
        assertFalse(bannerShown(), "nothing to say while the journal is written");

        disk.full.set(true);
        Outcome refused = engine.execute(new Command.AddItem("i1", "bord-1", CARD, "fordele", "Mens disken er fuld"));
        assertEquals(Rejection.Code.JOURNAL_FAILED, refused.rejection().code());
        // The banner is shown and filled in on the FX thread: read once it is whole.
        waitFor(
                "the banner",
                () -> bannerShown()
                        && !robot.lookup("#journalFailed")
                                .<Label>query()
                                .getText()
                                .isEmpty());
        assertEquals(
                "Disken med mødets journal er fuld.",
                robot.lookup("#journalFailed").<Label>query().getText());
        assertTrue(robot.lookup("Mødet kan ikke gemme nye indtastninger")
                .tryQuery()
                .isPresent());

        robot.clickOn("#journalRetry");
        waitFor(
                "the answer to trying again",
                () -> !robot.lookup("#journalFailedRetry")
                        .<Label>query()
                        .getText()
                        .isEmpty());
        assertEquals(
                "Det virker endnu ikke: Disken med mødets journal er fuld.",
                robot.lookup("#journalFailedRetry").<Label>query().getText());
        assertTrue(bannerShown(), "still there while the disk is full");

        disk.full.set(false);
        robot.clickOn("#journalRetry");
        waitFor("the banner to go", () -> !bannerShown());
        assertTrue(robot.lookup("#message")
                .<Label>query()
                .getText()
                .startsWith("Journalen kan skrives igen – mødet tager imod indtastninger"));
        assertEquals(
                Outcome.Status.ACCEPTED,
                engine.execute(new Command.AddItem("i1", "bord-1", CARD, "fordele", "Mens disken er fuld"))
                        .status(),
                "the entry the table kept is taken when it comes again");
    }
}
