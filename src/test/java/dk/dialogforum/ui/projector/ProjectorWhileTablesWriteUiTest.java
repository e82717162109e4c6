package dk.dialogforum.ui.projector;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.FullHd;
import dk.dialogforum.ui.Teardown;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Pacer;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The projector while the tables write: a room writing fast is followed a limited number of times a second and
 * ends on what the tables wrote; in a quiet room an item is on the screen at once.
 */
class ProjectorWhileTablesWriteUiTest {
    private static final String CARD = "klyngesamarbejde";

    @TempDir
    Path journals;

    private final FxRobot robot = new FxRobot();
    private MeetingSession session;
    private FxMeeting meeting;
    private AudienceView view;
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, meeting, session, () -> {
            if (stage != null) {
                stage.close();
            }
            if (view != null) {
                view.dispose();
            }
        });
    }

    @Test
    void aBurstEndsOnTheLatestStateAndAQuietRoomsItemShowsAtOnce() throws Exception {
        session = MeetingSession.start(WorkshopLoader.builtIn(), new Journals(journals));
        session.engine().execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            meeting = new FxMeeting(session.engine());
            view = new AudienceView(new I18n(Texts.DANISH), meeting, new Presentation());
            Scene scene = new Scene(view.node(), 1280, 720);
            scene.getStylesheets().add(Theme.stylesheet());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });

        // A burst, as a room of many tables writes: the last state is what the projector ends on.
        for (int i = 1; i <= 120; i++) {
            session.engine()
                    .execute(new Command.AddItem("item-" + i, "bord-" + (1 + i % 6), CARD, "fordele", "Punkt " + i));
        }
        long last = session.engine().snapshot().seq();
        FullHd.awaitLatest(robot, view, session.engine());
        assertEquals(last, shownSeq(), "the projector ends on the meeting's latest state");
        assertTrue(shows("Fordele  (120)"), "the column counts all 120 items");

        // A quiet room: an item written a while after the last shows without waiting for the next round.
        Thread.sleep(1000 / AudienceView.PROJECTOR_PER_SECOND + 50);
        session.engine().execute(new Command.AddItem("item-quiet", "bord-2", CARD, "fordele", "Skrevet i ro og mag"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(session.engine().snapshot().seq(), shownSeq(), "shown at once, not at the next round");
        assertTrue(shows("Skrevet i ro og mag"), "the new item is on the screen");

        // The next one, right after: it waits for the round, and then it is there too.
        session.engine().execute(new Command.AddItem("item-right-after", "bord-3", CARD, "fordele", "Lige efter"));
        long after = session.engine().snapshot().seq();
        FullHd.awaitLatest(robot, view, session.engine());
        assertEquals(after, shownSeq(), "an item just after another is shown at the next round");
        assertTrue(shows("Lige efter"));
    }

    /** What paces the projector: changes within the gap wait for it, and are shown once, all together. */
    @Test
    void changesWithinTheGapAreShownOnceWhenItHasPassed() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Long> runs = Collections.synchronizedList(new ArrayList<>());
        Pacer[] pacer = new Pacer[1];
        robot.interact(() -> {
            pacer[0] = new Pacer(200, () -> runs.add(System.nanoTime()));
            pacer[0].request(false);
            pacer[0].request(false);
            pacer[0].request(false);
        });
        assertEquals(1, runs.size(), "the first change shows at once, the others wait");
        for (int wait = 0; wait < 40 && runs.size() < 2; wait++) {
            Thread.sleep(25);
        }
        Thread.sleep(300);
        assertEquals(2, runs.size(), "the waiting changes are shown once, together");
        assertTrue(runs.get(1) - runs.get(0) >= 190_000_000L, "not before the gap has passed");
        // A quiet room's change shows at once; a change of phase right after it does not wait either, and
        // shows what waited with it.
        robot.interact(() -> {
            pacer[0].request(false);
            pacer[0].request(false);
            pacer[0].request(true);
        });
        assertEquals(4, runs.size(), "both shown at once");
        Thread.sleep(300);
        assertEquals(4, runs.size(), "nothing left waiting to be shown again");
        robot.interact(() -> pacer[0].stop());
    }

    private long shownSeq() {
        long[] seq = new long[1];
        robot.interact(() -> seq[0] = view.shownSeq());
        return seq[0];
    }

    private boolean shows(String text) {
        boolean[] shows = new boolean[1];
        robot.interact(() -> shows[0] = view.node().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof Labeled l && text.equals(l.getText())));
        return shows[0];
    }
}
