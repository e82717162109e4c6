package dk.dialogforum.meeting;

import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.workshop.Phase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A snapshot compares its meeting and seq first, and is still equal only when every part is. */
class SnapshotTest {
    @Test
    void snapshotsAreEqualOnlyWhenEveryPartIs() {
        try (TestMeeting m = TestMeeting.builtIn()) {
            m.open(Phase.card("selvforsyning"));
            m.add("bord-1", "selvforsyning", "fordele", "Lokal forankring");
            Snapshot s = m.snap();
            Snapshot same = new Snapshot(
                    s.workshop(),
                    s.meetingId(),
                    s.seq(),
                    s.openedAt(),
                    s.closed(),
                    s.phases(),
                    s.currentPhase(),
                    s.joinedTables(),
                    s.enqueteBallots(),
                    s.rankingBallots(),
                    new ArrayList<>(s.items()),
                    s.dots(),
                    s.minutes());
            assertEquals(s, same);
            assertEquals(s.hashCode(), same.hashCode());
            // The same seq with other items: not equal, though the cheap parts agree.
            List<Snapshot.Item> fewer = s.items().subList(0, s.items().size() - 1);
            assertNotEquals(
                    s,
                    new Snapshot(
                            s.workshop(),
                            s.meetingId(),
                            s.seq(),
                            s.openedAt(),
                            s.closed(),
                            s.phases(),
                            s.currentPhase(),
                            s.joinedTables(),
                            s.enqueteBallots(),
                            s.rankingBallots(),
                            fewer,
                            s.dots(),
                            s.minutes()));
            m.add("bord-2", "selvforsyning", "ulemper", "Afspecialisering");
            assertNotEquals(s, m.snap());
        }
    }
}
