package dk.dialogforum.meeting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Where the engine makes events durable. {@link #append} returns only once the events are safe. */
public interface EventStore extends AutoCloseable {

    void append(List<Event> events) throws IOException;

    /** Checks that events can be made durable again after {@link #append} failed; throws if not. */
    default void check() throws IOException {}

    @Override
    void close() throws IOException;

    /** A store that keeps events in memory only: for tests and previews, never for a real meeting. */
    static EventStore inMemory() {
        return new EventStore() {
            private final List<Event> events = new ArrayList<>();

            @Override
            public synchronized void append(List<Event> batch) {
                events.addAll(batch);
            }

            @Override
            public void close() {}
        };
    }
}
