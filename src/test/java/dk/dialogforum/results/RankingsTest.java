package dk.dialogforum.results;

import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every expected number here was worked out by hand; the working is in the comments. */
class RankingsTest {
    private static final double EPS = 1e-9;

    private static List<Workshop.RankItem> items(String... ids) {
        return Arrays.stream(ids)
                .map(id -> new Workshop.RankItem(id, id.toUpperCase(), null))
                .toList();
    }

    @Test
    void bordaPointsMeanRankAndMatrix() {
        // n = 5. b1: A B C D E, b2: B A C E D, b3: C B A D E
        // A = 5+4+3 = 12, B = 4+5+4 = 13, C = 3+3+5 = 11, D = 2+1+2 = 5, E = 1+2+1 = 4
        RankingResult r = Rankings.count(
                items("a", "b", "c", "d", "e"),
                List.of(
                        List.of("a", "b", "c", "d", "e"),
                        List.of("b", "a", "c", "e", "d"),
                        List.of("c", "b", "a", "d", "e")));
        assertEquals(List.of("b", "a", "c", "d", "e"), r.ids());
        assertEquals(
                List.of(13, 12, 11, 5, 4),
                r.order().stream().map(RankingResult.ItemScore::borda).toList());
        assertEquals(3, r.ballots());
        assertEquals(15, r.maxBorda());
        // mean ranks: B (2+1+2)/3, A (1+2+3)/3, C (3+3+1)/3, D (4+5+4)/3, E (5+4+5)/3
        double[] means = {5 / 3.0, 2.0, 7 / 3.0, 13 / 3.0, 14 / 3.0};
        for (int i = 0; i < 5; i++) {
            assertEquals(means[i], r.order().get(i).meanRank(), EPS);
        }
        assertEquals(List.of(1, 1, 1, 0, 0), r.score("a").orElseThrow().placeCounts());
        assertEquals(List.of(1, 2, 0, 0, 0), r.score("b").orElseThrow().placeCounts());
        assertEquals(List.of(1, 0, 2, 0, 0), r.score("c").orElseThrow().placeCounts());
        assertEquals(List.of(0, 0, 0, 2, 1), r.score("d").orElseThrow().placeCounts());
        assertEquals(List.of(0, 0, 0, 1, 2), r.score("e").orElseThrow().placeCounts());
        assertEquals(
                List.of(1, 2, 3, 4, 5),
                r.order().stream().map(RankingResult.ItemScore::position).toList());
    }

    @Test
    void tiesGoToMoreFirstPlacesThenToTheWorkshopOrder() {
        // n = 3. A B C, A B C, C B A, B C A, C A B
        // A = 3+3+1+1+2 = 10, B = 2+2+2+3+1 = 10, C = 1+1+3+2+3 = 10: all equal.
        // First places: A 2, B 1, C 2 → B last. A and C: seconds 1 and 1, thirds 2 and 2 → workshop order, A first.
        RankingResult r = Rankings.count(
                items("a", "b", "c"),
                List.of(
                        List.of("a", "b", "c"),
                        List.of("a", "b", "c"),
                        List.of("c", "b", "a"),
                        List.of("b", "c", "a"),
                        List.of("c", "a", "b")));
        assertEquals(List.of("a", "c", "b"), r.ids());
        r.order().forEach(s -> assertEquals(10, s.borda()));
        r.order().forEach(s -> assertEquals(2.0, s.meanRank(), EPS));
        // Swapping the workshop order of A and C swaps them in the result: the last rule decides.
        assertEquals(
                List.of("c", "a", "b"),
                Rankings.count(
                                items("c", "b", "a"),
                                List.of(
                                        List.of("a", "b", "c"),
                                        List.of("a", "b", "c"),
                                        List.of("c", "b", "a"),
                                        List.of("b", "c", "a"),
                                        List.of("c", "a", "b")))
                        .ids());
    }

    @Test
    void sixItemRanking() {
        // b1: 1 2 3 4 5 6 | b2: 6 5 4 3 2 1 | b3: 2 1 4 3 6 5 | b4: 4 2 1 6 3 5
        // 1 = 6+1+5+4 = 16, 2 = 5+2+6+5 = 18, 3 = 4+3+3+2 = 12, 4 = 3+4+4+6 = 17, 5 = 2+5+1+1 = 9, 6 = 1+6+2+3 = 12
        // 3 and 6 tie at 12; 6 has a first place (b2), 3 has none → 6 before 3.
        RankingResult r = Rankings.count(
                items("1", "2", "3", "4", "5", "6"),
                List.of(
                        List.of("1", "2", "3", "4", "5", "6"), List.of("6", "5", "4", "3", "2", "1"),
                        List.of("2", "1", "4", "3", "6", "5"), List.of("4", "2", "1", "6", "3", "5")));
        assertEquals(List.of("2", "4", "1", "6", "3", "5"), r.ids());
        assertEquals(
                List.of(18, 17, 16, 12, 12, 9),
                r.order().stream().map(RankingResult.ItemScore::borda).toList());
        assertEquals(2.5, r.score("2").orElseThrow().meanRank(), EPS); // places 2, 5, 1, 2
        assertEquals(List.of(0, 1, 0, 0, 1, 2), r.score("5").orElseThrow().placeCounts()); // places 5, 2, 6, 6
    }

    @Test
    void noBallotsKeepTheWorkshopOrderWithZeroPoints() {
        RankingResult r = Rankings.count(items("x", "y"), List.of());
        assertEquals(List.of("x", "y"), r.ids());
        assertEquals(0, r.ballots());
        assertTrue(Double.isNaN(r.order().get(0).meanRank()));
    }

    @Test
    void perTableAndMovementFromEnqueteToLiveRanking() {
        try (TestMeeting m = TestMeeting.of(TestWorkshops.withItems(4))) {
            m.open(Phase.ENQUETE);
            m.enquete("bord-1", List.of("i1", "i2", "i3", "i4"), 3);
            m.enquete("bord-2", List.of("i1", "i3", "i2", "i4"), 3);
            m.open(Phase.RANKING);
            m.ranking("bord-1", List.of("i4", "i1", "i2", "i3"));
            m.ranking("bord-2", List.of("i4", "i2", "i1", "i3"));
            var s = m.snap();
            // Enquete: i1 8, i2 3+2 = 5, i3 2+3 = 5, i4 2 → i1, i2, i3, i4 (i2/i3 tie: one first… none; seconds 1/1;
            // workshop order)
            RankingResult enquete = Rankings.enquete(s);
            assertEquals(List.of("i1", "i2", "i3", "i4"), enquete.ids());
            // Live: i4 8, i1 3+2 = 5, i2 2+3 = 5, i3 2 → i1 and i2 tie: seconds 1/1, thirds 1/1 → workshop order
            RankingResult live = Rankings.live(s);
            assertEquals(List.of("i4", "i1", "i2", "i3"), live.ids());
            assertEquals(Map.of("i4", 3, "i1", -1, "i2", -1, "i3", -1), Rankings.movement(enquete, live));
            Map<String, RankingResult> perTable = Rankings.enqueteByTable(s);
            assertEquals(List.of("bord-1", "bord-2"), List.copyOf(perTable.keySet()));
            assertEquals(List.of("i1", "i3", "i2", "i4"), perTable.get("bord-2").ids());
            assertEquals(1, perTable.get("bord-2").ballots());
            assertTrue(Rankings.movement(
                            enquete, Rankings.count(s.workshop().ranking().items(), List.of()))
                    .isEmpty());
        }
    }
}
