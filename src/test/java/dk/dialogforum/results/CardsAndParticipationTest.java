package dk.dialogforum.results;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardsAndParticipationTest {
    private static final String CARD = "selvforsyning";

    @Test
    void moderationIsAppliedAndDotsCountForTheMergedItem() {
        try (TestMeeting m = TestMeeting.builtIn()) {
            m.open(Phase.card(CARD));
            String f1 = m.add("bord-1", CARD, "fordele", "Lokal forankring");
            String u1 = m.add("bord-2", CARD, "ulemper", "Afspecialisering");
            String q1 = m.add("bord-1", CARD, "spoergsmaal", "Hvem har de små målgrupper?");
            String q2 = m.add("bord-2", CARD, "spoergsmaal", "Hvad med de små målgrupper?");
            String q3 = m.add("bord-3", CARD, "spoergsmaal", "Økonomien?");
            String hidden = m.add("bord-3", CARD, "fordele", "Spam");
            String withdrawn = m.add("bord-4", CARD, "ulemper", "Fejl");
            m.ok(new Command.WithdrawItem(m.nextId(), "bord-4", withdrawn));
            m.ok(new Command.HideItem(m.nextId(), hidden, true));
            m.open(Phase.dots(CARD));
            // Dots before the merge: bord-1 gives q2 two, bord-2 gives q2 one and q3 two, bord-3 gives q1 three.
            m.ok(new Command.CastDots(m.nextId(), "bord-1", CARD, Map.of(q2, 2)));
            m.ok(new Command.CastDots(m.nextId(), "bord-2", CARD, Map.of(q2, 1, q3, 2)));
            m.ok(new Command.CastDots(m.nextId(), "bord-3", CARD, Map.of(q1, 3)));
            // bord-3 changes its mind: its dots are replaced, not added.
            m.ok(new Command.CastDots(m.nextId(), "bord-3", CARD, Map.of(q1, 1)));
            m.ok(new Command.MergeItems(m.nextId(), q1, List.of(q2)));

            Cards.CardResult card = Cards.card(m.snap(), CARD);
            assertEquals(
                    List.of(f1),
                    card.field("fordele").stream().map(e -> e.item().id()).toList());
            assertEquals(
                    List.of(u1),
                    card.field("ulemper").stream().map(e -> e.item().id()).toList());
            List<Cards.Entry> questions = card.field("spoergsmaal");
            assertEquals(
                    List.of(q1, q3), questions.stream().map(e -> e.item().id()).toList());
            Cards.Entry merged = questions.get(0);
            assertEquals(List.of(q2), merged.sources().stream().map(i -> i.id()).toList());
            assertEquals(List.of("bord-1", "bord-2"), merged.tableIds());
            assertEquals(1 + 2 + 1, merged.dots()); // q1: 1 (bord-3), q2: 2 + 1
            assertEquals(
                    List.of(q1, q3),
                    card.dotTally().stream().map(e -> e.item().id()).toList());
            assertEquals(
                    List.of(4, 2),
                    card.dotTally().stream().map(Cards.Entry::dots).toList());
            assertEquals(4, card.count()); // f1, u1, q1 (with q2), q3
            assertEquals(
                    List.of("bord-1", "bord-3"),
                    List.copyOf(card.byTable("spoergsmaal", m.workshop()).keySet()));

            List<Participation.TableParticipation> tables = Participation.of(m.snap());
            assertEquals(6, tables.size());
            assertEquals(2, tables.get(0).itemsPerCard().get(CARD));
            assertEquals(0, tables.get(3).itemsPerCard().get(CARD)); // withdrawn does not count
            assertEquals(1, tables.get(2).dotsPerCard().get(CARD));
            assertFalse(tables.get(5).present());
        }
    }

    /**
     * The live columns see, per field, as many entries as the card has and its first ones: highlighted
     * first, then newest first, with merges, hides and withdrawals applied and dots counted as on the card.
     */
    @Test
    void theLiveColumnsSeeTheHighlightedThenTheNewestOfEachField() {
        try (TestMeeting m = TestMeeting.builtIn()) {
            m.open(Phase.card(CARD));
            Random random = new Random(7);
            List<String> fields = List.of("fordele", "ulemper", "spoergsmaal");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String table = "bord-" + (1 + random.nextInt(6));
                ids.add(m.add(table, CARD, fields.get(random.nextInt(3)), "Punkt " + i));
                if (i % 7 == 3) {
                    m.ok(new Command.HighlightItem(m.nextId(), ids.get(random.nextInt(ids.size())), true));
                }
                if (i % 11 == 5) {
                    m.ok(new Command.HideItem(m.nextId(), ids.get(random.nextInt(ids.size())), true));
                }
            }
            // Two questions merged into a third, one item withdrawn by its table.
            List<String> questions = m.snap().items().stream()
                    .filter(i -> i.fieldId().equals("spoergsmaal") && i.visible())
                    .map(i -> i.id())
                    .toList();
            m.ok(new Command.MergeItems(m.nextId(), questions.get(0), List.of(questions.get(1), questions.get(2))));
            var withdrawn = m.snap().items().stream()
                    .filter(i -> i.visible())
                    .reduce((a, b) -> b)
                    .orElseThrow();
            m.ok(new Command.WithdrawItem(m.nextId(), withdrawn.tableId(), withdrawn.id()));

            var s = m.snap();
            Cards.CardResult card = Cards.card(s, CARD);
            for (int limit : new int[] {1, 5, 20, 200}) {
                Cards.Latest latest = Cards.latest(s, CARD, limit);
                assertEquals(card.count(), latest.count());
                for (String f : fields) {
                    List<Cards.Entry> expected = card.field(f).stream()
                            .sorted(Comparator.comparing(
                                            (Cards.Entry e) -> !e.item().highlighted())
                                    .thenComparing(Comparator.comparingLong(
                                                    (Cards.Entry e) -> e.item().seq())
                                            .reversed()))
                            .limit(limit)
                            .toList();
                    assertEquals(card.field(f).size(), latest.count(f), f);
                    assertEquals(expected, latest.first(f), f + ", the first " + limit);
                }
            }
            assertTrue(
                    Cards.latest(s, CARD, 200).first("spoergsmaal").stream()
                            .anyMatch(e -> e.sources().size() == 2),
                    "the merged question is shown with its two sources");
        }
    }

    @Test
    void participationCountsBallotsPerTable() {
        try (TestMeeting m = TestMeeting.builtIn()) {
            m.ok(new Command.JoinTable(m.nextId(), "bord-5"));
            m.open(Phase.ENQUETE);
            m.enquete("bord-1", m.itemIds(), 3);
            m.enquete("bord-1", m.itemIds(), 4);
            m.enquete("bord-2", m.itemIds(), 4);
            var s = m.snap();
            assertEquals(2, Participation.tablesWithEnquete(s));
            assertEquals(0, Participation.tablesWithRanking(s));
            var tables = Participation.of(s);
            assertTrue(tables.get(0).submittedEnquete());
            assertEquals(1, tables.get(0).enqueteBallots());
            assertTrue(tables.get(4).present());
            assertTrue(tables.get(4).joined());
            assertFalse(tables.get(4).submittedEnquete());
        }
    }

    @Test
    void methodTextExistsInBothLanguages() {
        assertEquals(Method.PARTS.size(), Method.paragraphs(Texts.DANISH).size());
        assertTrue(Method.paragraphs(Texts.DANISH).get(0).startsWith("Rangordningen tæller Borda-point"));
        assertTrue(Method.paragraphs(Texts.ENGLISH).get(0).startsWith("The ranking counts Borda points"));
    }
}
