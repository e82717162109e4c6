package dk.dialogforum.workshop;

import dk.dialogforum.testing.TestWorkshops;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workshop's look-ups by id, made once per workshop, find what a search of its lists finds: every card,
 * field, table, ranked item, statement and phase by its id, nothing for an unknown id or none, and each
 * workshop its own parts while more workshops are asked about than are kept (a designer's preview beside a
 * running meeting).
 */
class WorkshopIndexTest {
    private static <T> void each(
            List<String> failures,
            Workshop w,
            List<T> list,
            Function<T, String> id,
            BiFunction<Workshop, String, Optional<T>> lookUp) {
        for (T t : list) {
            Optional<T> found = lookUp.apply(w, id.apply(t));
            if (found.isEmpty() || found.get() != t) {
                failures.add(id.apply(t) + " found " + found);
            }
        }
        for (String none : new String[] {"ukendt", "", null}) {
            if (lookUp.apply(w, none).isPresent()) {
                failures.add("'" + none + "' found " + lookUp.apply(w, none));
            }
        }
    }

    @Test
    void everyPartIsFoundByItsIdInItsOwnWorkshop() throws Exception {
        List<Workshop> workshops = new ArrayList<>();
        workshops.add(WorkshopLoader.builtIn());
        for (int n = 2; n <= 8; n++) {
            workshops.add(TestWorkshops.withItems(n));
        }
        List<String> failures = new ArrayList<>();
        // Twice round, in turn: more workshops than are kept, so each is indexed again after others.
        for (int round = 0; round < 2; round++) {
            for (Workshop w : workshops) {
                each(failures, w, w.cards(), Workshop.VisionCard::id, Workshop::card);
                each(failures, w, w.fields(), Workshop.WorksheetField::id, Workshop::field);
                each(failures, w, w.tables(), Workshop.TableDef::id, Workshop::table);
                each(failures, w, w.ranking().items(), Workshop.RankItem::id, Workshop::item);
                each(failures, w, w.enquete().statements(), Workshop.Statement::id, Workshop::statement);
                assertEquals(Phase.expand(w), w.phases(), "the phases in agenda order");
                each(failures, w, w.phases(), Phase::id, Phase::find);
                assertEquals(w.ranking().items().size(), n(w), "its own ranked items");
            }
        }
        assertEquals(List.of(), failures);
        Workshop w = workshops.get(0);
        assertSame(w.phases(), w.phases(), "listed once, not anew for every question");
        assertTrue(Phase.find(w, Phase.card(w.cards().get(0).id())).isPresent());
    }

    private static int n(Workshop w) {
        return (int) w.ranking().items().stream()
                .filter(i -> w.item(i.id()).isPresent())
                .count();
    }
}
