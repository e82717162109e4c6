package dk.dialogforum.app;

import dk.dialogforum.net.Door;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.ui.projector.Presentation;

import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/**
 * The meeting's network as the console and the projector show it: what the network's threads tell is put
 * into the meeting's {@link Presentation} on the FX thread, while that meeting is still the one open.
 */
final class RoomShown implements RoomNetwork.Listener {
    private final Presentation shownOn;
    private final BooleanSupplier stillOpen;

    RoomShown(Presentation shownOn, BooleanSupplier stillOpen) {
        this.shownOn = shownOn;
        this.stillOpen = stillOpen;
    }

    @Override
    public void status(RoomStatus status) {
        shown(() -> shownOn.roomProperty().set(status));
    }

    @Override
    public void seats(Set<String> connected) {
        shown(() -> shownOn.connectedTablesProperty().set(connected));
    }

    @Override
    public void door(Door.View door) {
        shown(() -> shownOn.doorProperty().set(door));
    }

    @Override
    public void participants(Map<String, Integer> counts) {
        shown(() -> shownOn.participantsProperty().set(counts));
    }

    private void shown(Runnable show) {
        Platform.runLater(() -> {
            if (stillOpen.getAsBoolean()) {
                show.run();
            }
        });
    }
}
