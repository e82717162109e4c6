package dk.dialogforum.workshop;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A workshop's parts by id, and its phases, made once per workshop instead of on every question: the
 * meeting asks which card, field, table and phase a command names for every entry a table sends, and
 * searching the lists (and listing the phases anew) for each was a large part of what a busy host
 * allocated. Kept for the last few workshops asked about, by identity (a record's equality compares
 * every part, which costs as much as the search); one asked about after those is indexed again.
 */
final class WorkshopIndex {
    private static final int KEPT = 4;
    private static final AtomicReferenceArray<WorkshopIndex> RECENT = new AtomicReferenceArray<>(KEPT);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Workshop workshop;
    final List<Phase> phases;
    final Map<String, Phase> phaseById;
    final Map<String, Workshop.VisionCard> cards;
    final Map<String, Workshop.WorksheetField> fields;
    final Map<String, Workshop.TableDef> tables;
    final Map<String, Workshop.RankItem> items;
    final Map<String, Workshop.Statement> statements;

    private WorkshopIndex(Workshop w) {
        this.workshop = w;
        this.phases = Phase.expand(w);
        this.phaseById = byId(phases, Phase::id);
        this.cards = byId(w.cards(), Workshop.VisionCard::id);
        this.fields = byId(w.fields(), Workshop.WorksheetField::id);
        this.tables = byId(w.tables(), Workshop.TableDef::id);
        this.items = byId(w.ranking().items(), Workshop.RankItem::id);
        this.statements = byId(w.enquete().statements(), Workshop.Statement::id);
    }

    static WorkshopIndex of(Workshop w) {
        for (int i = 0; i < KEPT; i++) {
            WorkshopIndex known = RECENT.get(i);
            if (known != null && known.workshop == w) {
                return known;
            }
        }
        WorkshopIndex made = new WorkshopIndex(w);
        RECENT.set(Math.floorMod(NEXT.getAndIncrement(), KEPT), made);
        return made;
    }

    /** The first of {@code list} with each id, as the searches it replaces found them. */
    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T t : list) {
            map.putIfAbsent(id.apply(t), t);
        }
        // Not Map.copyOf: asked for a null id, the search found nothing, and so must this.
        return Collections.unmodifiableMap(map);
    }
}
