package dk.dialogforum.ui.console;

import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facilitator or note-taker types what the room said under each step, and the meeting's facts as held:
 * both are saved in the meeting as they are typed, and are there again after the program stopped.
 */
class NotesAndFactsUiTest {
    @TempDir
    Path journals;

    private final FxRobot robot = new FxRobot();
    private ConsoleOnStage shown;

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited in vain for " + what, e);
        }
    }

    @Test
    void notesAndFactsAreSavedAsTypedAndAreThereAfterARestart() throws Exception {
        MeetingSession session = MeetingSession.start(WorkshopLoader.builtIn(), new Journals(journals));
        Path journal = session.journalFile();
        shown = ConsoleOnStage.show(session, Phase.ENQUETE);
        robot.clickOn("#notes").write("Salen undrede sig over udsagn 3.");
        // Saved a moment after typing stops, without leaving the field.
        waitFor(
                "the notes in the meeting",
                () -> "Salen undrede sig over udsagn 3."
                        .equals(session.engine().snapshot().minutes().note(Phase.ENQUETE)));
        waitFor(
                "said saved",
                () -> robot.lookup("#notesState")
                        .queryAs(Label.class)
                        .getText()
                        .equals("Gemt – kommer med i referatet."));

        robot.clickOn("#meetingFacts");
        waitFor("the facts dialog", () -> robot.lookup("#factsPlace").tryQuery().isPresent());
        robot.interact(() ->
                robot.lookup("#factsDate").queryAs(DatePicker.class).setValue(java.time.LocalDate.of(2026, 11, 30)));
        TextField place = robot.lookup("#factsPlace").queryAs(TextField.class);
        robot.interact(place::clear);
        robot.clickOn(place).write("Sorø Rådhus");
        robot.clickOn("#factsFacilitator").write("Anne Holm");
        robot.clickOn("#factsNoteTaker").write("Bo Ravn");
        robot.clickOn("#factsParticipants").write("KL\nRegion Sjælland");
        robot.clickOn("Gem mødefakta");
        waitFor(
                "the facts in the meeting",
                () -> "Sorø Rådhus"
                        .equals(session.engine().snapshot().minutes().facts().place()));
        Snapshot.Facts facts = session.engine().snapshot().minutes().facts();
        assertEquals("2026-11-30", facts.date());
        assertEquals("Anne Holm", facts.facilitator());
        assertEquals("Bo Ravn", facts.noteTaker());
        assertEquals("KL\nRegion Sjælland", facts.participants());

        // The program stops; the meeting resumed from its journal has both.
        shown.close();
        shown = null;
        MeetingSession again = MeetingSession.resume(journal);
        shown = ConsoleOnStage.show(again, Phase.ENQUETE);
        assertEquals(
                "Salen undrede sig over udsagn 3.",
                robot.lookup("#notes").queryAs(TextArea.class).getText());
        assertEquals(facts, again.engine().snapshot().minutes().facts());
        robot.clickOn("#notes").type(KeyCode.END).write(" Og over 5.");
        robot.clickOn("#agenda");
        waitFor(
                "the notes saved when the field is left",
                () -> "Salen undrede sig over udsagn 3. Og over 5."
                        .equals(again.engine().snapshot().minutes().note(Phase.ENQUETE)));

        // Typed, and the meeting left at once, before typing has paused: the words are in the meeting.
        TextArea notes = robot.lookup("#notes").queryAs(TextArea.class);
        robot.interact(() -> {
            notes.requestFocus();
            notes.end();
        });
        robot.write(" Sidste ord.");
        String typed = notes.getText();
        assertTrue(typed.endsWith(" Sidste ord."), typed);
        shown.leaveMeeting();
        shown.close();
        shown = null;
        MeetingSession last = MeetingSession.resume(journal);
        try {
            Snapshot.Minutes minutes = last.engine().snapshot().minutes();
            assertTrue(
                    last.engine().snapshot().workshop().phases().stream()
                            .anyMatch(p -> minutes.note(p.id()).equals(typed.strip())),
                    "the last words are in the meeting: " + typed);
        } finally {
            last.close();
        }
    }
}
