package dk.dialogforum.ui.kit;

import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table's ranking starts from an order of its own: never the workshop's, and not the same at every table. */
class RankingStartTest {
    @Test
    void everyStartIsAllTheChallengesInAnotherOrderThanTheWorkshops() throws Exception {
        List<Workshop.RankItem> listed = WorkshopLoader.builtIn().ranking().items();
        Random random = new Random(7);
        Set<List<Workshop.RankItem>> starts = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            List<Workshop.RankItem> start = RankingEditor.shuffled(listed, random);
            assertEquals(new HashSet<>(listed), new HashSet<>(start), "every challenge once");
            assertEquals(listed.size(), start.size());
            assertNotEquals(listed, start, "a table would vote for the workshop's order by sending the list as it is");
            starts.add(start);
        }
        // 5 challenges have 119 orders besides the workshop's; 2,000 starts meet nearly all of them.
        assertTrue(starts.size() > 100, "only " + starts.size() + " different starts");
        // The first place is shared out: no challenge leads at more than a third of the tables.
        for (Workshop.RankItem r : listed) {
            long first = starts.stream().filter(s -> s.get(0).equals(r)).count();
            assertTrue(first < starts.size() / 3, r.title() + " first in " + first + " of " + starts.size());
        }
    }

    @Test
    void oneOrNoChallengeIsLeftAsItIs() {
        Workshop.RankItem only = new Workshop.RankItem("a", "Alene", null);
        assertEquals(List.of(only), RankingEditor.shuffled(List.of(only), new Random(1)));
        assertEquals(List.of(), RankingEditor.shuffled(List.of(), new Random(1)));
    }
}
