package dk.dialogforum.ui.console;

import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the console asks before it acts. The tables have one phase open at a time: opening a second (the card
 * again while its dots are open) asks, and closes the first with it, or leaves both as they were. A result
 * revealed before every table has answered puts few tables' answers on the wall: that is asked too.
 */
class PhaseAsksFirstUiTest {
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

    private Snapshot now() {
        return session.engine().snapshot();
    }

    private void console(String phase) throws Exception {
        shown = ConsoleOnStage.show(session, phase);
    }

    @Test
    void openingASecondPhaseClosesTheFirstOnceTheFacilitatorSaysSo() throws Exception {
        session = MeetingSession.start(WorkshopLoader.builtIn(), new Journals(journals));
        session.engine().execute(new Command.ChangePhase("dots", Phase.dots(CARD), Command.PhaseAction.OPEN));
        console(Phase.card(CARD));

        // Asked, and the facilitator thinks better of it: nothing changes.
        robot.clickOn("#open");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup("Annullér").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class)
                .getContentText()
                .startsWith("»Prikker: Tættere klyngesamarbejde om sikrer tilbudsviften« er stadig åben for bordene."));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup("Annullér").tryQuery().isEmpty());
        assertTrue(now().phase(Phase.dots(CARD)).open());
        assertFalse(now().phase(Phase.card(CARD)).open());

        // Asked again, and yes: the dots close, the card opens.
        robot.clickOn("#open");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Luk og åbn").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> now().phase(Phase.card(CARD)).open());
        assertFalse(now().phase(Phase.dots(CARD)).open(), "one phase open for the tables");
    }

    @Test
    void revealingBeforeEveryTableHasAnsweredIsAskedFirst() throws Exception {
        session = MeetingSession.start(WorkshopLoader.builtIn(), new Journals(journals));
        Workshop w = session.engine().workshop();
        session.engine().execute(new Command.ChangePhase("open", Phase.ENQUETE, Command.PhaseAction.OPEN));
        session.engine()
                .execute(new Command.SubmitEnqueteBallot(
                        "b1",
                        "bord-3",
                        null,
                        w.ranking().items().stream().map(i -> i.id()).toList(),
                        w.enquete().statements().stream().collect(Collectors.toMap(st -> st.id(), st -> 4))));
        console(Phase.ENQUETE);
        robot.clickOn("#reveal");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Kun 1 af 6 borde har svaret").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class)
                .getContentText()
                .startsWith("Vises resultatet nu, ser salen ét bords svar."));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup("Vent").tryQuery().isEmpty());
        assertFalse(now().phase(Phase.ENQUETE).revealed(), "the facilitator waits");
        robot.clickOn("#reveal");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Vis alligevel").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> now().phase(Phase.ENQUETE).revealed());
    }

    @Test
    void aDotVoteWithNothingToDotIsAskedFirstAndSaysWhichItemsTakeDots() throws Exception {
        session = MeetingSession.start(WorkshopLoader.builtIn(), new Journals(journals));
        Workshop w = session.engine().workshop();
        String dotField = "»"
                + w.fields().stream()
                        .filter(f -> f.dotVotes())
                        .findFirst()
                        .orElseThrow()
                        .shortTitle() + "«";
        String other = w.fields().stream()
                .filter(f -> !f.dotVotes())
                .findFirst()
                .orElseThrow()
                .id();
        session.engine().execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
        session.engine().execute(new Command.AddItem("a", "bord-1", CARD, other, "Kun i et andet felt"));
        session.engine().execute(new Command.ChangePhase("close", Phase.card(CARD), Command.PhaseAction.CLOSE));
        console(Phase.dots(CARD));

        robot.clickOn("#open");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Intet at give prikker til").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class)
                .getContentText()
                .startsWith("Prikkerne gives til punkterne under " + dotField
                        + ", og bordene har ikke skrevet noget dér på dette kort."));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Spring over").tryQuery().isEmpty());
        assertFalse(now().phase(Phase.dots(CARD)).open(), "left as it was");
        String shownBefore = AudienceView.shownPhase(now());

        // Skipped: the projector goes on to the step after the dots, and the console with it; the dots stay shut.
        Phase after = w.phases()
                .get(w.phases().indexOf(Phase.find(w, Phase.dots(CARD)).orElseThrow()) + 1);
        assertNotEquals(after.id(), shownBefore, "the next step was not on the projector already");
        robot.clickOn("#open");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Spring over").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class)
                .getContentText()
                .endsWith("Springer du over, går projektoren videre til "
                        + PhaseNames.name(new I18n(Texts.DANISH), w, after) + "."));
        robot.clickOn("Spring over");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> after.id().equals(AudienceView.shownPhase(now())));
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> after.equals(robot.lookup("#agenda")
                        .queryListView()
                        .getSelectionModel()
                        .getSelectedItem()));
        assertFalse(now().phase(Phase.dots(CARD)).open(), "skipped");

        robot.interact(() -> robot.lookup("#agenda")
                .queryListView()
                .getSelectionModel()
                .select(Phase.find(w, Phase.dots(CARD)).orElseThrow()));
        robot.clickOn("#open");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Åbn alligevel").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> now().phase(Phase.dots(CARD)).open());
        // The projector (here its preview on the console) says where dots go, and that there is nothing yet.
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("Der er ingen punkter under " + dotField + " på dette kort at give prikker til.")
                        .tryQuery()
                        .isPresent());
        assertTrue(robot.lookup("Prikkerne gives til punkterne under " + dotField + ".")
                .tryQuery()
                .isPresent());
    }
}
