package dk.dialogforum.net;

import dk.dialogforum.util.Daemons;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Finds a seated table's meeting on the LAN while it has lost its host: found at another address (the
 * facilitator's laptop joined another network, or its program started again on another port), the table
 * is told to go there. It listens on the laptop's address of the moment, so a laptop whose own network
 * went and came back searches where it is now.
 */
final class MeetingFollower implements AutoCloseable {
    private final TableClient table;
    /** Looks for the meeting on the network, off the link's timer: starting a search takes a while. */
    private final ExecutorService searcher = Executors.newSingleThreadExecutor(Daemons.named("meeting-follow"));
    /** The search for this meeting while the host is lost, and the address it listens on; on the searcher only. */
    private LanDiscovery.Browser search;

    private String searchOn;

    MeetingFollower(TableClient table) {
        this.table = table;
    }

    /** Looks again: starts a search if the table is lost, ends it once it is not, or moves it to a new address. */
    void look() {
        try {
            searcher.execute(this::followTheMeeting);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void followTheMeeting() {
        boolean isLost =
                table.status() == TableClient.Status.RECONNECTING && table.meeting() != null && table.tableId() != null;
        String on = isLost ? HostIdentity.lanAddress() : null;
        if (search != null && !Objects.equals(on, searchOn)) {
            closeSearch();
        }
        if (!isLost || search != null) {
            return;
        }
        try {
            search = LanDiscovery.browse(InetAddress.getByName(on), this::follow);
            searchOn = on;
        } catch (IOException | RuntimeException e) {
            // No search on this network now; the next round tries again.
        }
    }

    private void follow(List<LanDiscovery.Found> meetings) {
        String mine = table.meeting();
        if (mine == null || table.status() == TableClient.Status.CONNECTED) {
            return;
        }
        // The meeting may still be listed at the address it cannot be reached at, beside the new one.
        for (LanDiscovery.Found m : meetings) {
            if (!mine.equals(m.meeting())) {
                continue;
            }
            URI there;
            try {
                there = Wire.hostAt(m.address());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!there.equals(table.address())) {
                table.moveTo(there);
                return;
            }
        }
    }

    private void closeSearch() {
        LanDiscovery.Browser b = search;
        search = null;
        searchOn = null;
        if (b != null) {
            try {
                b.close();
            } catch (IOException e) {
                // the search is over either way
            }
        }
    }

    @Override
    public void close() {
        try {
            searcher.execute(this::closeSearch);
        } catch (RejectedExecutionException e) {
            // closed before
        }
        searcher.shutdown();
    }
}
