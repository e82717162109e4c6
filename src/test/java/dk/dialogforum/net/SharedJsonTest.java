package dk.dialogforum.net;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The items of a dot vote are written once for all the tables of a push and copied into each table's state:
 * every table must still read exactly its own state, however the items change from one push to the next.
 */
class SharedJsonTest {
    private static Wire.State state(String table, List<Wire.DotItem> dotItems, Map<String, Integer> dots) {
        return new Wire.State(
                1,
                7,
                "dots:kort",
                List.of("dots:kort"),
                false,
                List.of(new Wire.TableItem(
                        table + "-1", "spoergsmaal", "Hvem betaler? " + table, "Hvem betaler?", false, false, null)),
                dotItems,
                dots,
                0,
                null,
                null);
    }

    private static Wire.State readBack(Wire.State s) throws Exception {
        String json = Wire.MAPPER.writerFor(Wire.ToTable.class).writeValueAsString(s);
        return (Wire.State) Wire.MAPPER.readValue(json, Wire.ToTable.class);
    }

    @Test
    void eachTableReadsItsOwnStateWithTheItemsToVoteOnAsTheyAreInEachPush() throws Exception {
        List<Wire.DotItem> first = List.copyOf(List.of(
                new Wire.DotItem("a", "spoergsmaal", "Hvem betaler? 中文 🙂", "bord-1"),
                new Wire.DotItem("b", "spoergsmaal", "مرحبا \"citat\" \\ æøå", "bord-2")));
        List<Wire.DotItem> second = List.copyOf(List.of(first.get(1)));
        List<Wire.State> push = List.of(
                state("bord-1", first, Map.of("a", 2)),
                state("bord-2", first, Map.of()),
                state("bord-3", first, Map.of("b", 1)),
                // The next push: an item hidden, a new list.
                state("bord-1", second, Map.of()),
                state("bord-2", second, Map.of("b", 3)),
                // A list equal to the first, but another one.
                state("bord-3", List.copyOf(List.of(first.get(0), first.get(1))), Map.of()),
                state("bord-4", List.of(), Map.of()));
        for (Wire.State s : push) {
            assertEquals(s, readBack(s));
        }
    }
}
