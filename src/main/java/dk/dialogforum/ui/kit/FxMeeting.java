package dk.dialogforum.ui.kit;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The bridge from the engine to the FX thread: the latest snapshot as a property, refreshed at most
 * once per pulse however many events arrive ({@link FxBatch}), and commands whose answers come back on the FX thread.
 */
public final class FxMeeting {
    private final MeetingEngine engine;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final FxBatch refresh;
    private final Runnable unsubscribe;

    public FxMeeting(MeetingEngine engine) {
        this.engine = engine;
        this.snapshot.set(engine.snapshot());
        this.refresh = new FxBatch(() -> snapshot.set(engine.snapshot()));
        this.unsubscribe = engine.subscribe(batch -> refresh.request());
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot snapshot() {
        return snapshot.get();
    }

    public MeetingEngine engine() {
        return engine;
    }

    /** A fresh command id for something the facilitator does. */
    public static String newId() {
        return "fac-" + UUID.randomUUID();
    }

    /** Submits a command; {@code onAnswer} runs on the FX thread once it is durable or rejected. */
    public void submit(Command command, Consumer<Outcome> onAnswer) {
        engine.submit(command)
                .whenComplete((o, e) -> Platform.runLater(() -> {
                    if (o != null) {
                        onAnswer.accept(o);
                    }
                }));
    }

    public void dispose() {
        unsubscribe.run();
    }
}
