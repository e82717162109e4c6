package dk.dialogforum.testing;

import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A journal whose disk can fill up: while {@link #full}, every write fails as a full disk makes it fail. */
public final class FillingDisk implements EventStore {
    public final AtomicBoolean full = new AtomicBoolean();
    private final List<Event> kept = new ArrayList<>();

    @Override
    public synchronized void append(List<Event> events) throws IOException {
        if (full.get()) {
            throw new IOException("No space left on device");
        }
        kept.addAll(events);
    }

    @Override
    public void check() throws IOException {
        if (full.get()) {
            throw new IOException("No space left on device");
        }
    }

    /** Every event written while there was space. */
    public synchronized List<Event> kept() {
        return List.copyOf(kept);
    }

    @Override
    public void close() {}
}
