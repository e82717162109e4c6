package dk.dialogforum.results;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.meeting.Snapshot.Ballot;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.Workshop.RankItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Borda counts. With n items, a ballot gives n points to its first item, n-1 to the second … 1 to the
 * last. Ties in points are broken by more first places, then more second places and so on; items equal
 * on every place keep the workshop's order. The method text is in {@link Method}.
 */
public final class Rankings {
    private Rankings() {}

    public static RankingResult count(List<RankItem> items, List<List<String>> ballots) {
        int n = items.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(items.get(i).id(), i);
        }
        int[][] places = new int[n][n];
        int[] borda = new int[n];
        for (List<String> ballot : ballots) {
            for (int place = 0; place < ballot.size(); place++) {
                int item = index.get(ballot.get(place));
                places[item][place]++;
                borda[item] += n - place;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Comparator<Integer> byPoints = Comparator.comparingInt(i -> -borda[i]);
        Comparator<Integer> byPlaces = (a, b) -> {
            for (int k = 0; k < n; k++) {
                if (places[a][k] != places[b][k]) {
                    return Integer.compare(places[b][k], places[a][k]);
                }
            }
            return 0;
        };
        order.sort(byPoints.thenComparing(byPlaces).thenComparing(Comparator.naturalOrder()));
        List<RankingResult.ItemScore> scores = new ArrayList<>(n);
        int position = 1;
        for (int i : order) {
            double mean = 0;
            for (int k = 0; k < n; k++) {
                mean += (k + 1) * (double) places[i][k];
            }
            mean = ballots.isEmpty() ? Double.NaN : mean / ballots.size();
            List<Integer> row = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                row.add(places[i][k]);
            }
            scores.add(new RankingResult.ItemScore(
                    items.get(i).id(), items.get(i).title(), position++, borda[i], mean, row));
        }
        return new RankingResult(scores, ballots.size());
    }

    /** The enquete ranking of all tables. */
    public static RankingResult enquete(Snapshot s) {
        return count(s.workshop().ranking().items(), rankings(s.enqueteBallots()));
    }

    /** The live ranking of all tables. */
    public static RankingResult live(Snapshot s) {
        return count(s.workshop().ranking().items(), rankings(s.rankingBallots()));
    }

    /** The enquete ranking of each table that has voted, in the workshop's table order. */
    public static Map<String, RankingResult> enqueteByTable(Snapshot s) {
        return byTable(s.workshop(), s.enqueteBallots());
    }

    public static Map<String, RankingResult> liveByTable(Snapshot s) {
        return byTable(s.workshop(), s.rankingBallots());
    }

    private static Map<String, RankingResult> byTable(Workshop w, List<Ballot> ballots) {
        Map<String, List<Ballot>> grouped = ballots.stream().collect(Collectors.groupingBy(Ballot::tableId));
        Map<String, RankingResult> result = new LinkedHashMap<>();
        for (Workshop.TableDef t : w.tables()) {
            List<Ballot> own = grouped.get(t.id());
            if (own != null) {
                result.put(t.id(), count(w.ranking().items(), rankings(own)));
            }
        }
        return result;
    }

    private static List<List<String>> rankings(List<Ballot> ballots) {
        return ballots.stream().map(Ballot::ranking).toList();
    }

    /**
     * Each item's movement from the enquete to the live ranking: enquete position minus live position,
     * so +2 means it moved up two places. Empty when either ranking has no ballots.
     */
    public static Map<String, Integer> movement(RankingResult enquete, RankingResult live) {
        Map<String, Integer> moves = new LinkedHashMap<>();
        if (enquete.ballots() == 0 || live.ballots() == 0) {
            return moves;
        }
        for (RankingResult.ItemScore now : live.order()) {
            enquete.score(now.itemId())
                    .ifPresent(before -> moves.put(now.itemId(), before.position() - now.position()));
        }
        return moves;
    }
}
