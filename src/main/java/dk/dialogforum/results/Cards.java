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
    private Cards() {
    }

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
                List<Entry> own = field(fieldId).stream().filter(e -> e.item().tableId().equals(t.id())).toList();
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
            return all.stream().filter(e -> e.dots() > 0)
                    .sorted(Comparator.comparingInt(Entry::dots).reversed().thenComparingLong(e -> e.item().seq()))
                    .toList();
        }

        public int count() {
            return byField.values().stream().mapToInt(List::size).sum();
        }
    }

    public static CardResult card(Snapshot s, String cardId) {
        Workshop w = s.workshop();
        Workshop.VisionCard card = w.card(cardId).orElseThrow(() -> new IllegalArgumentException("unknown card " + cardId));
        // Only merged items need their sources looked up: a card with none costs no index of every item.
        Map<String, Item> byId = new HashMap<>();
        Map<String, Integer> dotsPerItem = new HashMap<>();
        s.dots().getOrDefault(cardId, Map.of()).values()
                .forEach(given -> given.forEach((itemId, n) -> dotsPerItem.merge(itemId, n, Integer::sum)));
        Map<String, List<Entry>> byField = new LinkedHashMap<>();
        for (Workshop.WorksheetField f : w.fields()) {
            byField.put(f.id(), new ArrayList<>());
        }
        for (Item item : s.items()) {
            if (!item.cardId().equals(cardId) || !item.visible()) {
                continue;
            }
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
            byField.get(item.fieldId()).add(new Entry(item, sources, dots));
        }
        byField.replaceAll((k, v) -> List.copyOf(v));
        return new CardResult(card, byField);
    }

    public static List<CardResult> all(Snapshot s) {
        return s.workshop().cards().stream().map(c -> card(s, c.id())).toList();
    }
}
