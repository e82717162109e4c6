package dk.dialogforum.results;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of ranking ballots: the items in their agreed order, and the rank-distribution matrix.
 *
 * @param order   the items, best first, with their scores
 * @param ballots how many ballots were counted
 */
public record RankingResult(List<ItemScore> order, int ballots) {

    public RankingResult {
        order = List.copyOf(order);
    }

    /**
     * One item's score. {@code placeCounts.get(k)} is how many ballots put the item in place k+1: the
     * item's row of the rank-distribution matrix.
     */
    public record ItemScore(
            String itemId, String title, int position, int borda, double meanRank, List<Integer> placeCounts) {
        public ItemScore {
            placeCounts = List.copyOf(placeCounts);
        }
    }

    public Optional<ItemScore> score(String itemId) {
        return order.stream().filter(s -> s.itemId().equals(itemId)).findFirst();
    }

    /** The item ids, best first. */
    public List<String> ids() {
        return order.stream().map(ItemScore::itemId).toList();
    }

    /** The highest Borda total an item can reach with these ballots (for scaling bars). */
    public int maxBorda() {
        return ballots * order.size();
    }
}
