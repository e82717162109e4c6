package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which tables the console shows as there: those on the network, and in the demo those it plays. */
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
}
