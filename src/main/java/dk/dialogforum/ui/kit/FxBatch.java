package dk.dialogforum.ui.kit;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * The one way onto the FX thread for what changes outside it (the meeting's engine, a table's client):
 * asked from any thread, as often as it likes, it runs its update on the FX thread once for each burst, at
 * most once per pulse, on the latest state the update reads then.
 */
public final class FxBatch {
    private final Runnable update;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public FxBatch(Runnable update) {
        this.update = update;
    }

    /** Has the update run on the FX thread soon, once for all the requests until then. */
    public void request() {
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                scheduled.set(false);
                update.run();
            });
        }
    }
}
