package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.net.Door;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.util.Daemons;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the projector shows beyond the meeting's own state, chosen by the facilitator: the countdown
 * timer, which statement's full distribution is on screen, the page of a slide whose columns overflow,
 * and an item in the spotlight. It lives only in the facilitator's app. FX thread only.
 */
public final class Presentation {
    /** How long a page of an overflowing slide stays before the next turns by itself. */
    public static final long PAGE_SECONDS = 8;

    /** Turns the pages of every projector in this program, off the FX thread, so no animation runs all meeting. */
    private static final ScheduledExecutorService PAGE_CLOCK =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("dialogforum-pages"));

    /** The page on screen of a slide whose columns overflow, from 0. */
    private final IntegerProperty page = new SimpleIntegerProperty();
    /** How many pages the slide on screen has (the most of any of its columns); 1 when all fits. */
    private final IntegerProperty pages = new SimpleIntegerProperty(1);

    private ScheduledFuture<?> pageTurner;

    /** The item shown alone and large on the projector, by id; null when none. */
    private final ObjectProperty<String> spotlight = new SimpleObjectProperty<>();

    public ObjectProperty<String> spotlightProperty() {
        return spotlight;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public int pages() {
        return pages.get();
    }

    /** The slide on screen has {@code count} pages: while it has more than one, they turn by themselves. */
    public void setPages(int count) {
        if (count == pages.get()) {
            return;
        }
        pages.set(count);
        if (page.get() >= count) {
            page.set(0);
        }
        if (count > 1) {
            startTurning();
        } else if (pageTurner != null) {
            pageTurner.cancel(false);
            pageTurner = null;
        }
    }

    /**
     * Turns to the next ({@code step} 1) or previous (-1) page of the slide on screen, as the clicker does;
     * false when there is none that way, so the clicker goes on to the next slide. The page then stays
     * its full time.
     */
    public boolean turnPage(int step) {
        int to = page.get() + step;
        if (pages.get() <= 1 || to < 0 || to >= pages.get()) {
            return false;
        }
        page.set(to);
        startTurning();
        return true;
    }

    /**
     * A new slide is on screen: its first page, one page until it says it has more (a slide without
     * columns never does, and the clicker must not turn the last slide's pages on it), and no item in
     * the spotlight.
     */
    public void newSlide() {
        setPages(1);
        page.set(0);
        spotlight.set(null);
    }

    /** The meeting shown is left: its slide's pages stop turning, for good (the clock is the program's). */
    public void close() {
        closed = true;
        if (pageTurner != null) {
            pageTurner.cancel(false);
            pageTurner = null;
        }
    }

    /** Whether the page clock turns this projector's pages. */
    boolean turning() {
        return pageTurner != null && !pageTurner.isDone();
    }

    private boolean closed;

    private void startTurning() {
        if (pageTurner != null) {
            pageTurner.cancel(false);
        }
        if (closed) {
            pageTurner = null;
            return;
        }
        pageTurner = PAGE_CLOCK.scheduleAtFixedRate(
                () -> Platform.runLater(() -> {
                    if (pages.get() > 1) {
                        page.set((page.get() + 1) % pages.get());
                    }
                }),
                PAGE_SECONDS,
                PAGE_SECONDS,
                TimeUnit.SECONDS);
    }

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

    /** In individual voting, the participants each table has had so far; empty before any. */
    private final ObjectProperty<Map<String, Integer>> participants = new SimpleObjectProperty<>(Map.of());

    public ObjectProperty<Map<String, Integer>> participantsProperty() {
        return participants;
    }

    /** In individual voting, how many participants a table may have; the facilitator sets it on the console. */
    private final IntegerProperty participantCap = new SimpleIntegerProperty(Door.DEFAULT_PARTICIPANTS);

    public IntegerProperty participantCapProperty() {
        return participantCap;
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
