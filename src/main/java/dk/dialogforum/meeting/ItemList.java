package dk.dialogforum.meeting;

import dk.dialogforum.meeting.Snapshot.Item;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The meeting's items in the order they came: an item is put last or changed in its place, never removed. The
 * engine takes a snapshot after every accepted batch, so a snapshot must not cost a copy of every item: the
 * items are kept in chunks, a snapshot copies one reference per chunk and shares the chunks, and a change to an
 * item after a snapshot copies only its own chunk. Putting an item last writes past the end every snapshot
 * reads, so it copies nothing. Not thread-safe; the snapshots it makes are immutable and may go anywhere.
 */
final class ItemList {
    private static final int SHIFT = 8;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private Item[][] chunks = new Item[4][];
    /** Whether a chunk is this list's alone (made or copied since the last snapshot), not shared with one. */
    private boolean[] own = new boolean[4];

    private int size;

    int size() {
        return size;
    }

    Item get(int index) {
        return chunks[index >>> SHIFT][index & MASK];
    }

    void add(Item item) {
        int c = size >>> SHIFT;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
            own = Arrays.copyOf(own, c * 2);
        }
        if (chunks[c] == null) {
            chunks[c] = new Item[CHUNK];
            own[c] = true;
        }
        chunks[c][size & MASK] = item;
        size++;
    }

    void set(int index, Item item) {
        int c = index >>> SHIFT;
        if (!own[c]) {
            chunks[c] = chunks[c].clone();
            own[c] = true;
        }
        chunks[c][index & MASK] = item;
    }

    /** The items as they are now, for good: later changes to this list do not show in it. */
    List<Item> snapshot() {
        int used = (size + MASK) >>> SHIFT;
        Arrays.fill(own, 0, used, false);
        return new Frozen(Arrays.copyOf(chunks, used), size);
    }

    /** A snapshot's items: shared chunks, read up to the size they had. */
    private static final class Frozen extends AbstractList<Item> implements RandomAccess {
        private final Item[][] chunks;
        private final int size;

        Frozen(Item[][] chunks, int size) {
            this.chunks = chunks;
            this.size = size;
        }

        @Override
        public Item get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("item " + index + " of " + size);
            }
            return chunks[index >>> SHIFT][index & MASK];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
