package dk.dialogforum.meeting;

import dk.dialogforum.meeting.Snapshot.Item;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What the screens and the tables read must never change under them: every snapshot of the items stays as it was
 * taken, however the meeting goes on (items added, edited, withdrawn) across the chunks it shares.
 */
class ItemListTest {
    private static Item item(int n, String text) {
        return new Item(
                "i" + n, "bord-1", "kort", "fordele", text, text, false, false, false, false, null, List.of(), n, n, n);
    }

    @Test
    void everySnapshotStaysAsItWasTakenWhileTheMeetingGoesOn() {
        Random random = new Random(27);
        ItemList items = new ItemList();
        List<Item> plain = new ArrayList<>();
        List<List<Item>> snapshots = new ArrayList<>();
        List<List<Item>> expected = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            int r = random.nextInt(100);
            if (r < 60 || plain.isEmpty()) {
                Item i = item(plain.size(), "punkt " + step);
                items.add(i);
                plain.add(i);
            } else if (r < 95) {
                int at = random.nextInt(plain.size());
                Item i = item(at, "rettet " + step);
                items.set(at, i);
                plain.set(at, i);
            } else {
                snapshots.add(items.snapshot());
                expected.add(List.copyOf(plain));
            }
        }
        snapshots.add(items.snapshot());
        expected.add(List.copyOf(plain));
        assertEquals(plain.size(), items.size());
        for (int k = 0; k < snapshots.size(); k++) {
            assertEquals(expected.get(k), snapshots.get(k), "snapshot " + k + " changed after it was taken");
            assertEquals(expected.get(k).hashCode(), snapshots.get(k).hashCode());
        }
        List<Item> last = snapshots.get(snapshots.size() - 1);
        assertThrows(IndexOutOfBoundsException.class, () -> last.get(last.size()));
        assertThrows(UnsupportedOperationException.class, () -> last.set(0, item(0, "ændret")));
        assertThrows(UnsupportedOperationException.class, () -> last.add(item(0, "ny")));
    }
}
