package dk.dialogforum.net;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.Statements;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each table is told of the meeting: its part of a snapshot, as a whole state or as the changes to its
 * items. Used from the push thread only; the pushes are numbered so a table can tell it missed one.
 */
final class TableProjection {
    /** Where each item is in the snapshots' list, which only grows. */
    private final Places places = new Places();

    private final AtomicLong pushes = new AtomicLong();

    /** A table's whole state in {@code s}. */
    Wire.State state(Snapshot s, String tableId) {
        View v = view(s);
        v.build(Set.of(tableId));
        return v.state(tableId);
    }

    View view(Snapshot s) {
        return new View(s);
    }

    /**
     * What the tables' states are made from, worked out once per push: the open phases and the card the
     * tables work on; then, for the tables to tell only, their items on it, and the items up for dot votes.
     */
    final class View {
        final Snapshot snapshot;
        final List<String> open;
        final Phase card;
        /** Whether the card's dot vote is open: then every table sees every change to the items. */
        final boolean dotVote;
        /** What the projector shows revealed now, the same for every table; null when nothing. */
        final Wire.Revealed revealed;

        private final Map<String, List<Wire.TableItem>> itemsByTable = new HashMap<>();
        private List<Wire.DotItem> dotItems = List.of();

        private View(Snapshot s) {
            snapshot = s;
            open = s.phases().entrySet().stream()
                    .filter(e -> e.getValue().open())
                    .map(Map.Entry::getKey)
                    .toList();
            Workshop w = s.workshop();
            // The card the table works on: the last open card or dot-vote phase, as the table's screen follows it.
            card = open.stream()
                    .map(id -> Phase.find(w, id).orElse(null))
                    .filter(p -> p != null && (p.kind() == Phase.Kind.CARD || p.kind() == Phase.Kind.DOTS))
                    .reduce((a, b) -> b)
                    .orElse(null);
            dotVote = card != null && open.contains(Phase.dots(card.cardId()));
            revealed = revealed(s);
        }

        /** The enquete's or the live ranking's result while it is revealed on the projector. */
        private static Wire.Revealed revealed(Snapshot s) {
            String shown = s.currentPhase();
            if (shown == null
                    || !(shown.equals(Phase.ENQUETE) || shown.equals(Phase.RANKING))
                    || !s.phase(shown).revealed()) {
                return null;
            }
            boolean enquete = shown.equals(Phase.ENQUETE);
            RankingResult ranking = enquete ? Rankings.enquete(s) : Rankings.live(s);
            List<Wire.Place> places = ranking.order().stream()
                    .map(i -> new Wire.Place(i.itemId(), i.position(), i.borda()))
                    .toList();
            List<Wire.Agreement> agreement = !enquete
                    ? List.of()
                    : Statements.summarise(s).ordered().stream()
                            .map(r -> new Wire.Agreement(
                                    r.statementId(), (int) Math.round(100 * r.shareAgreeing()), r.answered()))
                            .toList();
            return new Wire.Revealed(shown, places, agreement, ranking.ballots());
        }

        /** An item by its id, as it is in this snapshot; null if the snapshot has none of that id. */
        Snapshot.Item item(String id) {
            return places.item(snapshot.items(), id);
        }

        /** Builds the items of {@code tables} (all, if null) on the card, and the items up for dot votes. */
        void build(Set<String> tables) {
            if (card == null || tables != null && tables.isEmpty() && !dotVote) {
                // No table's whole state to make and no dot vote: nothing to look through all items for.
                return;
            }
            Workshop w = snapshot.workshop();
            List<Wire.DotItem> dots = new ArrayList<>();
            for (Snapshot.Item i : snapshot.items()) {
                if (!card.cardId().equals(i.cardId())) {
                    continue;
                }
                if (!i.withdrawn() && (tables == null || tables.contains(i.tableId()))) {
                    itemsByTable
                            .computeIfAbsent(i.tableId(), t -> new ArrayList<>())
                            .add(tableItem(i));
                }
                if (dotVote
                        && i.visible()
                        && w.field(i.fieldId())
                                .map(Workshop.WorksheetField::dotVotes)
                                .orElse(false)) {
                    dots.add(new Wire.DotItem(i.id(), i.fieldId(), i.text(), i.tableId()));
                }
            }
            dotItems = List.copyOf(dots);
        }

        /** An item as its table sees it: with the text of the item it was merged into, if any. */
        private Wire.TableItem tableItem(Snapshot.Item i) {
            Snapshot.Item into = i.mergedInto() == null ? null : item(i.mergedInto());
            return new Wire.TableItem(
                    i.id(),
                    i.fieldId(),
                    i.text(),
                    i.tableText(),
                    i.hidden(),
                    i.highlighted(),
                    into == null ? null : into.text());
        }

        /**
         * What changed for one table, given its changed {@code items}: those on the card as they are now,
         * and the ids of those it no longer has there (withdrawn). Items of other cards are left out; null
         * when nothing is left to tell.
         */
        Wire.Items changes(List<Snapshot.Item> items) {
            List<Wire.TableItem> changed = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            for (Snapshot.Item i : items) {
                if (card == null || !card.cardId().equals(i.cardId())) {
                    continue;
                }
                if (i.withdrawn()) {
                    gone.add(i.id());
                } else {
                    changed.add(tableItem(i));
                }
            }
            if (changed.isEmpty() && gone.isEmpty()) {
                return null;
            }
            return new Wire.Items(pushes.incrementAndGet(), snapshot.seq(), changed, gone);
        }

        /** The whole state of {@code tableId}, whose items {@link #build} has made. */
        Wire.State state(String tableId) {
            Snapshot s = snapshot;
            List<Wire.TableItem> items = itemsByTable.getOrDefault(tableId, List.of());
            List<Wire.DotItem> dotsUp = List.of();
            Map<String, Integer> dots = Map.of();
            if (dotVote) {
                dotsUp = dotItems;
                dots = s.dots().getOrDefault(card.cardId(), Map.of()).getOrDefault(tableId, Map.of());
            }
            int ballots = 0;
            if (open.contains(Phase.RANKING)) {
                ballots = (int) s.rankingBallots().stream()
                        .filter(b -> tableId.equals(b.tableId()))
                        .count();
            } else if (open.contains(Phase.ENQUETE)) {
                ballots = (int) s.enqueteBallots().stream()
                        .filter(b -> tableId.equals(b.tableId()))
                        .count();
            }
            return new Wire.State(
                    pushes.incrementAndGet(),
                    s.seq(),
                    s.currentPhase(),
                    open,
                    s.closed(),
                    items,
                    dotsUp,
                    dots,
                    ballots,
                    revealed,
                    s.closed() ? receipt(s, tableId) : null);
        }

        /** What the host holds from {@code tableId}, told it when the meeting has ended. */
        private static Wire.Receipt receipt(Snapshot s, String tableId) {
            int items = (int) s.items().stream()
                    .filter(i -> tableId.equals(i.tableId()) && !i.withdrawn())
                    .count();
            int dotted = (int) s.dots().values().stream()
                    .filter(byTable -> !byTable.getOrDefault(tableId, Map.of()).isEmpty())
                    .count();
            return new Wire.Receipt(
                    (int) s.enqueteBallots().stream()
                            .filter(b -> tableId.equals(b.tableId()))
                            .count(),
                    (int) s.rankingBallots().stream()
                            .filter(b -> tableId.equals(b.tableId()))
                            .count(),
                    items,
                    dotted);
        }
    }

    /**
     * The place of each item in the snapshots' list of items. An item keeps its place and new items come
     * last, so the places are learnt once, as items arrive, not worked out anew for every push.
     */
    private static final class Places {
        private final Map<String, Integer> place = new HashMap<>();

        Snapshot.Item item(List<Snapshot.Item> items, String id) {
            for (int k = place.size(); k < items.size(); k++) {
                place.put(items.get(k).id(), k);
            }
            Integer at = place.get(id);
            return at == null || at >= items.size() ? null : items.get(at);
        }
    }
}
