package dk.dialogforum.results;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which tables have submitted what: for "n of N tables in" on the projector and for the minutes. */
public final class Participation {
    private Participation() {}

    /**
     * One table's part. {@code itemsPerCard} counts its items that are not withdrawn; {@code dotsPerCard}
     * the dots it has given.
     */
    public record TableParticipation(
            Workshop.TableDef table,
            boolean joined,
            int enqueteBallots,
            int rankingBallots,
            Map<String, Integer> itemsPerCard,
            Map<String, Integer> dotsPerCard) {
        public boolean submittedEnquete() {
            return enqueteBallots > 0;
        }

        public boolean submittedRanking() {
            return rankingBallots > 0;
        }

        public boolean present() {
            return joined
                    || enqueteBallots > 0
                    || rankingBallots > 0
                    || itemsPerCard.values().stream().anyMatch(n -> n > 0);
        }
    }

    public static List<TableParticipation> of(Snapshot s) {
        Workshop w = s.workshop();
        List<TableParticipation> result = new ArrayList<>();
        for (Workshop.TableDef t : w.tables()) {
            Map<String, Integer> items = new LinkedHashMap<>();
            Map<String, Integer> dots = new LinkedHashMap<>();
            for (Workshop.VisionCard c : w.cards()) {
                items.put(c.id(), (int) s.items().stream()
                        .filter(i -> i.tableId().equals(t.id()) && i.cardId().equals(c.id()) && !i.withdrawn())
                        .count());
                dots.put(
                        c.id(),
                        s.dots().getOrDefault(c.id(), Map.of()).getOrDefault(t.id(), Map.of()).values().stream()
                                .mapToInt(Integer::intValue)
                                .sum());
            }
            result.add(new TableParticipation(
                    t,
                    s.joinedTables().contains(t.id()),
                    (int) s.enqueteBallots().stream()
                            .filter(b -> b.tableId().equals(t.id()))
                            .count(),
                    (int) s.rankingBallots().stream()
                            .filter(b -> b.tableId().equals(t.id()))
                            .count(),
                    Map.copyOf(items),
                    Map.copyOf(dots)));
        }
        return result;
    }

    /** How many tables have at least one enquete ballot in. */
    public static int tablesWithEnquete(Snapshot s) {
        return (int) s.enqueteBallots().stream()
                .map(Snapshot.Ballot::tableId)
                .distinct()
                .count();
    }

    public static int tablesWithRanking(Snapshot s) {
        return (int) s.rankingBallots().stream()
                .map(Snapshot.Ballot::tableId)
                .distinct()
                .count();
    }
}
