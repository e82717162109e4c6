package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the projector shows beyond the meeting: which tables are there, the pages of a slide, the spotlight. */
class PresentationTest {
    @Test
    void theDemosTablesAreThereAndARealMeetingsOnlyOverTheNetwork() throws Exception {
        try (MeetingEngine engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory())) {
            engine.execute(new Command.JoinTable("j1", "bord-1"));
            engine.execute(new Command.JoinTable("j2", "bord-2"));
            Presentation real = new Presentation();
            assertNull(real.tablesThere(engine.snapshot()), "no network yet");
            real.connectedTablesProperty().set(Set.of("bord-2"));
            assertEquals(Set.of("bord-2"), real.tablesThere(engine.snapshot()), "Bord 1 has dropped out");

            Presentation demo = new Presentation();
            demo.simulateTables();
            assertEquals(
                    Set.of("bord-1", "bord-2"),
                    demo.tablesThere(engine.snapshot()),
                    "the demo's tables write from inside");
            demo.connectedTablesProperty().set(Set.of("bord-5"));
            assertEquals(
                    Set.of("bord-1", "bord-2", "bord-5"),
                    demo.tablesThere(engine.snapshot()),
                    "and a real laptop beside them");
        }
    }

    @Test
    void theClickerTurnsThePagesOfASlideAndThenGoesOnToTheNextSlide() {
        Presentation p = new Presentation();
        assertFalse(p.turnPage(1), "a slide that fits has no next page: the clicker goes to the next slide");
        p.setPages(3);
        assertTrue(p.turnPage(1));
        assertTrue(p.turnPage(1));
        assertEquals(2, p.pageProperty().get(), "on the last page");
        assertFalse(p.turnPage(1), "after the last page, the next slide");
        assertTrue(p.turnPage(-1), "back a page");
        p.spotlightProperty().set("item");
        p.newSlide();
        assertEquals(0, p.pageProperty().get(), "a new slide starts on its first page");
        assertNull(p.spotlightProperty().get(), "with nothing in the spotlight");
        assertFalse(p.turnPage(1), "and none of the last slide's pages: the clicker goes on to the next slide");
    }

    @Test
    void aLeftMeetingsSlideStopsTurningItsPages() {
        Presentation p = new Presentation();
        p.setPages(3);
        assertTrue(p.turning(), "a slide with pages turns them by itself");
        p.close();
        assertFalse(p.turning(), "not once the meeting is left");
        p.setPages(5);
        assertTrue(p.turnPage(1), "a last slide may still say it has pages");
        assertFalse(p.turning(), "but nothing turns them any more");
    }
}
