package dk.dialogforum.app;

import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.net.Door;
import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.net.LanDiscovery;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.util.Daemons;

import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One meeting's room network: the host server the table laptops connect to, the meeting's announcement on
 * the LAN, and a watch on this computer's address, which follows a laptop that joins the room's Wi-Fi after
 * the meeting was opened. Its state ({@link RoomStatus}) is told as it changes; a network that cannot start
 * is reported there, never fatal. All its work runs on a thread of its own, never the FX thread.
 */
public final class RoomNetwork implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RoomNetwork.class.getName());

    /** How the service learns this computer's address on the room's network, and how often it looks again. */
    public record Settings(Supplier<String> lanAddress, Duration addressCheck) {
        public static Settings standard() {
            return new Settings(HostIdentity::lanAddress, Duration.ofSeconds(5));
        }
    }

    private final MeetingSession session;
    private final Settings settings;
    private final Listener listener;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("room-network"));
    private volatile RoomStatus status = RoomStatus.STOPPED;
    /** On the service's thread only. */
    private HostServer host;

    private HostIdentity identity;
    private LanDiscovery.Announcement announcement;
    private String shownAddress;

    /** What the facilitator is shown of the meeting's network; told on the network's threads. */
    public interface Listener {
        /** Where the meeting stands on the network. */
        void status(RoomStatus status);

        /** The seats with a laptop connected now. */
        void seats(Set<String> connected);

        /** Who waits at the door for the facilitator, and whether the code is being guessed. */
        void door(Door.View door);

        /** In individual voting, the participants each table has had so far. */
        default void participants(Map<String, Integer> counts) {}
    }

    private RoomNetwork(MeetingSession session, Settings settings, Listener listener) {
        this.session = session;
        this.settings = settings;
        this.listener = listener;
    }

    /** Opens {@code session}'s meeting to the room's table laptops; {@code listener} is told how it goes. */
    public static RoomNetwork open(MeetingSession session, Settings settings, Listener listener) {
        RoomNetwork network = new RoomNetwork(session, settings, listener);
        network.tell(RoomStatus.STARTING);
        network.thread.execute(network::serve);
        return network;
    }

    public RoomStatus status() {
        return status;
    }

    /** The facilitator's answer to a laptop waiting for a seat another owns (see {@link Door}). */
    public void answer(String requestId, Door.Answer answer) {
        thread.execute(() -> {
            if (host != null) {
                host.answer(requestId, answer);
            }
        });
    }

    private void tell(RoomStatus now) {
        status = now;
        try {
            listener.status(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the room network's state could not be shown", e);
        }
    }

    /** In individual voting, how many participants a table may have from now on. */
    public void participantCap(int cap) {
        try {
            thread.execute(() -> {
                if (host != null) {
                    host.participantCap(cap);
                }
            });
        } catch (RejectedExecutionException e) {
            // The meeting has ended and its network is closed: no table joins any more.
        }
    }

    private void serve() {
        try {
            Path idFile =
                    session.journalFile().resolveSibling(session.journalFile().getFileName() + ".host");
            identity = HostIdentity.forMeeting(idFile);
            host = identity.startHost(
                    session.engine(),
                    session.journalFile().resolveSibling(session.journalFile().getFileName() + ".seats"));
            shownAddress = settings.lanAddress().get();
            RoomStatus open = RoomStatus.open(shownAddress, host.port(), identity.joinCode());
            // A damaged file of the code and seats was replaced: the tables need the new code.
            tell(identity.replaced() == null ? open : open.withNotice("console.network.newCode"));
            HostServer serving = host;
            host.onSeats(connected -> {
                listener.seats(connected);
                listener.participants(serving.participants());
            });
            host.onDoor(listener::door);
            announce(shownAddress);
            long every = settings.addressCheck().toMillis();
            thread.scheduleWithFixedDelay(this::watchAddress, every, every, TimeUnit.MILLISECONDS);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the meeting's network could not start", e);
            // Every port taken is said as such; anything else with what the system said.
            boolean portsTaken = false;
            for (Throwable t = e; t != null && !portsTaken; t = t.getCause()) {
                portsTaken = t instanceof BindException;
            }
            tell(
                    portsTaken
                            ? RoomStatus.failed(RoomStatus.State.PORTS_TAKEN, "")
                            : RoomStatus.failed(RoomStatus.State.FAILED, String.valueOf(e.getMessage())));
        }
    }

    /**
     * Looks at this computer's address again: a laptop that joins the room's Wi-Fi after the meeting was
     * opened, or moves to another network, shows the tables the address they can reach, and announces the
     * meeting there. The server listens on every address, so it goes on as it is.
     */
    private void watchAddress() {
        String now;
        try {
            now = settings.lanAddress().get();
        } catch (RuntimeException e) {
            return;
        }
        if (now.equals(shownAddress)) {
            return;
        }
        shownAddress = now;
        tell(RoomStatus.open(now, host.port(), identity.joinCode()));
        announce(now);
    }

    /** Announces the meeting on the LAN so table laptops list it, and no longer at an old address. */
    private void announce(String address) {
        LanDiscovery.Announcement before = announcement;
        announcement = null;
        if (before != null) {
            closeQuietly(before);
        }
        try {
            announcement = LanDiscovery.announce(
                    InetAddress.getByName(address),
                    session.engine().workshop().meeting().title(),
                    host.meetingId(),
                    host.port());
        } catch (IOException | RuntimeException e) {
            // Without it, tables type the address.
            LOG.log(Level.WARNING, "the meeting could not be announced on the network", e);
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing", e);
        }
    }

    /**
     * Closes the meeting to the tables: the server stops at once, so the laptops know; saying goodbye on the
     * network follows on the service's thread.
     */
    @Override
    public void close() {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    if (host != null) {
                        host.close();
                        host = null;
                    }
                } finally {
                    stopped.complete(null);
                }
                if (announcement != null) {
                    closeQuietly(announcement);
                    announcement = null;
                }
            });
        } catch (RejectedExecutionException e) {
            return; // closed before
        }
        thread.shutdown();
        try {
            // The server's own stop is quick; the goodbye on the LAN goes on behind it.
            stopped.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "the meeting's server did not stop in time", e);
        }
        status = RoomStatus.STOPPED;
    }
}
