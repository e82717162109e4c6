package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.net.Door;
import dk.dialogforum.net.RoomStatus;

import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the projector shows beyond the meeting's own state, chosen by the facilitator: the countdown
 * timer and which statement's full distribution is on screen. It lives only in the facilitator's app.
 */
public final class Presentation {
    /** The revealed enquete shows the challenges first, then the statements. */
    public static final String CHALLENGES = "";

    public static final String STATEMENTS = "\u0000statements";

    /**
     * What the revealed enquete shows: {@link #CHALLENGES}, {@link #STATEMENTS}, or a statement id for
     * that statement's full distribution.
     */
    private final ObjectProperty<String> distribution = new SimpleObjectProperty<>(CHALLENGES);
    /** When the countdown ends, in epoch milliseconds; 0 when no timer runs. */
    private final LongProperty timerEnds = new SimpleLongProperty();

    /** Where the meeting stands on the room's network: how tables join it, or what keeps them out. */
    private final ObjectProperty<RoomStatus> room = new SimpleObjectProperty<>(RoomStatus.STOPPED);

    /** Who waits at the meeting's door for the facilitator, and whether the code is being guessed. */
    private final ObjectProperty<Door.View> door = new SimpleObjectProperty<>(Door.View.EMPTY);

    /** The meeting's door, as the console shows it; never null. */
    public ObjectProperty<Door.View> doorProperty() {
        return door;
    }

    /** The room network's state, as the console and the welcome slide show it; never null. */
    public ObjectProperty<RoomStatus> roomProperty() {
        return room;
    }

    /** The tables are played by the demo inside this program: each that has joined is there. */
    private volatile boolean simulatedTables;

    public void simulateTables() {
        simulatedTables = true;
    }

    /** The workshop's tables that are there now (null while the meeting has no network and no demo). */
    public Set<String> tablesThere(Snapshot s) {
        Set<String> network = connectedTables.get();
        if (!simulatedTables) {
            return network;
        }
        Set<String> both = new HashSet<>(s.joinedTables());
        if (network != null) {
            both.addAll(network);
        }
        return both;
    }

    /** The seats with a table laptop connected now; null while the meeting has no network. */
    private final ObjectProperty<Set<String>> connectedTables = new SimpleObjectProperty<>();

    public ObjectProperty<Set<String>> connectedTablesProperty() {
        return connectedTables;
    }

    public ObjectProperty<String> distributionProperty() {
        return distribution;
    }

    public LongProperty timerEndsProperty() {
        return timerEnds;
    }

    public void startTimer(long minutes, long now) {
        timerEnds.set(now + minutes * 60_000);
    }

    public void extendTimer(long minutes, long now) {
        timerEnds.set(Math.max(timerEnds.get(), now) + minutes * 60_000);
    }

    public void stopTimer() {
        timerEnds.set(0);
    }
}
