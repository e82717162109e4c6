package dk.dialogforum.results;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.meeting.Snapshot.Item;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables' worksheet items with moderation applied: withdrawn and hidden items left out, merged
 * items shown once with their sources, and dots counted for the item they ended up in.
 */
public final class Cards {
    private Cards() {}

    /** One item as shown: the item, the items merged into it, and its dots (its sources' included). */
    public record Entry(Item item, List<Item> sources, int dots) {
        public Entry {
            sources = List.copyOf(sources);
        }

        /** The tables behind this entry: its own and its sources', in order, each once. */
        public List<String> tableIds() {
            List<String> ids = new ArrayList<>();
            ids.add(item.tableId());
            sources.forEach(s -> {
                if (!ids.contains(s.tableId())) {
                    ids.add(s.tableId());
                }
            });
            return ids;
        }
    }

    /** A card's items by field, each field's entries in the order they were entered. */
    public record CardResult(Workshop.VisionCard card, Map<String, List<Entry>> byField) {
        public List<Entry> field(String fieldId) {
            return byField.getOrDefault(fieldId, List.of());
        }

        /** A field's entries grouped by the table that entered them, in the workshop's table order. */
        public Map<String, List<Entry>> byTable(String fieldId, Workshop w) {
            Map<String, List<Entry>> grouped = new LinkedHashMap<>();
            for (Workshop.TableDef t : w.tables()) {
                List<Entry> own = field(fieldId).stream()
                        .filter(e -> e.item().tableId().equals(t.id()))
                        .toList();
                if (!own.isEmpty()) {
                    grouped.put(t.id(), own);
                }
            }
            return grouped;
        }

        /** The entries that received dots, most dots first (ties in order of entry). */
        public List<Entry> dotTally() {
            List<Entry> all = new ArrayList<>();
            byField.values().forEach(all::addAll);
            return all.stream()
                    .filter(e -> e.dots() > 0)
                    .sorted(Comparator.comparingInt(Entry::dots)
                            .reversed()
                            .thenComparingLong(e -> e.item().seq()))
                    .toList();
        }

        public int count() {
            return byField.values().stream().mapToInt(List::size).sum();
        }
    }

    public static CardResult card(Snapshot s, String cardId) {
        Workshop w = s.workshop();
        Workshop.VisionCard card =
                w.card(cardId).orElseThrow(() -> new IllegalArgumentException("unknown card " + cardId));
        Map<String, Item> byId = new HashMap<>();
        Map<String, Integer> dotsPerItem = dotsPerItem(s, cardId);
        Map<String, List<Entry>> byField = new LinkedHashMap<>();
        for (Workshop.WorksheetField f : w.fields()) {
            byField.put(f.id(), new ArrayList<>());
        }
        for (Item item : s.items()) {
            if (!item.cardId().equals(cardId) || !item.visible()) {
                continue;
            }
            byField.get(item.fieldId()).add(entry(s, item, byId, dotsPerItem));
        }
        byField.replaceAll((k, v) -> List.copyOf(v));
        return new CardResult(card, byField);
    }

    /**
     * What a card's live columns show: per field, how many entries it has and its first entries in the
     * order the room sees them, highlighted first, then newest first.
     */
    public record Latest(Map<String, Integer> counts, Map<String, List<Entry>> first) {
        public int count(String fieldId) {
            return counts.getOrDefault(fieldId, 0);
        }

        public List<Entry> first(String fieldId) {
            return first.getOrDefault(fieldId, List.of());
        }

        public int count() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * A card's entries as its live columns show them: each field's count, and its first {@code limit}
     * entries, highlighted first, then newest first, so what was just written is always on screen. One pass
     * from the newest item back, and an entry made only for those shown: a card the tables fill with
     * thousands of items costs no entry per item on every update of the projector.
     */
    public static Latest latest(Snapshot s, String cardId, int limit) {
        Workshop w = s.workshop();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<Item>> highlighted = new HashMap<>();
        Map<String, List<Item>> others = new HashMap<>();
        for (Workshop.WorksheetField f : w.fields()) {
            counts.put(f.id(), new int[1]);
            highlighted.put(f.id(), new ArrayList<>());
            others.put(f.id(), new ArrayList<>());
        }
        List<Item> items = s.items();
        for (int k = items.size() - 1; k >= 0; k--) {
            Item item = items.get(k);
            if (!item.cardId().equals(cardId) || !item.visible()) {
                continue;
            }
            int[] count = counts.get(item.fieldId());
            if (count == null) {
                continue;
            }
            count[0]++;
            List<Item> kept = item.highlighted() ? highlighted.get(item.fieldId()) : others.get(item.fieldId());
            if (kept.size() < limit) {
                kept.add(item);
            }
        }
        Map<String, Integer> dotsPerItem = dotsPerItem(s, cardId);
        Map<String, Item> byId = new HashMap<>();
        Map<String, Integer> countOf = new LinkedHashMap<>();
        Map<String, List<Entry>> first = new LinkedHashMap<>();
        counts.forEach((field, count) -> {
            countOf.put(field, count[0]);
            List<Entry> top = new ArrayList<>(limit);
            for (Item item : highlighted.get(field)) {
                if (top.size() < limit) {
                    top.add(entry(s, item, byId, dotsPerItem));
                }
            }
            for (Item item : others.get(field)) {
                if (top.size() < limit) {
                    top.add(entry(s, item, byId, dotsPerItem));
                }
            }
            first.put(field, List.copyOf(top));
        });
        return new Latest(countOf, first);
    }

    /** Each item's dots on a card, summed over the tables. */
    private static Map<String, Integer> dotsPerItem(Snapshot s, String cardId) {
        Map<String, Integer> dotsPerItem = new HashMap<>();
        s.dots()
                .getOrDefault(cardId, Map.of())
                .values()
                .forEach(given -> given.forEach((itemId, n) -> dotsPerItem.merge(itemId, n, Integer::sum)));
        return dotsPerItem;
    }

    /**
     * An item as shown: with the items merged into it, and its dots and theirs. {@code byId} indexes all
     * items the first time an item with sources asks for it: a card with no merged item costs no index.
     */
    private static Entry entry(Snapshot s, Item item, Map<String, Item> byId, Map<String, Integer> dotsPerItem) {
        List<Item> sources = List.of();
        if (!item.mergedSources().isEmpty()) {
            if (byId.isEmpty()) {
                s.items().forEach(i -> byId.put(i.id(), i));
            }
            sources = item.mergedSources().stream().map(byId::get).toList();
        }
        int dots = 0;
        if (!dotsPerItem.isEmpty()) {
            // Looked up only when there are dots: a pass over thousands of items costs no lookups then.
            dots = dotsPerItem.getOrDefault(item.id(), 0);
            for (Item source : sources) {
                dots += dotsPerItem.getOrDefault(source.id(), 0);
            }
        }
        return new Entry(item, sources, dots);
    }

    public static List<CardResult> all(Snapshot s) {
        return s.workshop().cards().stream().map(c -> card(s, c.id())).toList();
    }
}
