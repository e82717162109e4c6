package dk.dialogforum.net;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A table laptop's end of the room network. Every submission is written to an on-disk outbox (and
 * synced) before it is sent, and leaves the outbox only when the host acknowledges it, which the host
 * does only once its journal holds it. After any drop the client reconnects with backoff, takes its
 * seat again with its token and resends whatever is still in the outbox; the host applies each
 * command id once. So an entry the table was shown as saved is in the meeting exactly once.
 */
public final class TableClient implements AutoCloseable {
    /** {@code REFUSED}: the host turned the laptop away for good (see {@link #refusal()}); it does not try again. */
    public enum Status {
        CONNECTING,
        CONNECTED,
        RECONNECTING,
        REFUSED,
        /** The meeting has ended: the table was told so, and connects no more. */
        ENDED,
        CLOSED
    }

    /** Why the host turned the laptop away: an error {@code code} and the host's words for it. */
    public record Refusal(String code, String message) {}

    /** The refusals of a join that trying again cannot mend; the laptop must be given another code or host. */
    private static final Set<String> JOIN_REFUSED =
            Set.of("BAD_CODE", "TOO_MANY_ATTEMPTS", "UNKNOWN_TABLE", "TABLE_FULL");

    /** The seat this client was made for, if any; taken again in a meeting the laptop has not sat in. */
    private final String seatAsked;

    private final String code;
    private final Outbox outbox;
    private final HostLink link;
    private final HeldEntries held;
    private final MeetingFollower follower = new MeetingFollower(this);
    private volatile String tableId;
    private volatile String token;
    private volatile Refusal refusal;
    /** The seats another laptop had taken when the host said hello. */
    private volatile Set<String> taken = Set.of();
    /** The meeting this client has met at the host, if any: another one later is another meeting. */
    private volatile String met;
    /** The seat asked for that another laptop owns, while the facilitator decides; null otherwise. */
    private volatile String seatWaiting;
    /** The seat the facilitator did not let this laptop take, until it asks for another; null otherwise. */
    private volatile String seatRefused;
    /** Whether the last join asked with the seat's token rather than the code. */
    private volatile boolean joinedWithToken;

    private volatile Workshop workshop;
    private volatile Runnable onChange = () -> {};
    /** Whether this laptop looks for its meeting on the network when it has lost the host. */
    private volatile boolean follows;

    private final ReceivedState state = new ReceivedState();

    public TableClient(URI uri, String code, String tableId, Path outbox) throws IOException {
        this.code = code;
        this.tableId = tableId;
        this.seatAsked = tableId;
        this.outbox = new Outbox(outbox);
        this.link = new HostLink(uri, this::onText, () -> onChange.run());
        this.held = new HeldEntries(link, this.outbox, () -> token);
        takeSeatKept();
    }

    /** Takes the seat the outbox keeps, if it is the one asked for. */
    private void takeSeatKept() throws IOException {
        Outbox.Seat kept = outbox.seat(seatAsked);
        if (kept != null) {
            tableId = kept.tableId();
            token = kept.token();
        }
    }

    public void start() {
        // Entries the host holds back are not waited for: they are sent again by themselves (see held).
        link.start(() -> !outbox.isEmpty() && held.trouble() == null, () -> {
            if (follows) {
                follower.look();
            }
        });
    }

    /**
     * From now on, while this laptop has a seat and has lost its host, it looks for its meeting on the LAN
     * ({@link MeetingFollower}) and connects where it is found, with its seat and its outbox.
     */
    public void followOnTheNetwork() {
        follows = true;
    }

    /** Told (on the client's thread) whenever the status, the state, the seat or the pending count changes. */
    public void setOnChange(Runnable listener) {
        this.onChange = listener == null ? () -> {} : listener;
    }

    public String tableId() {
        return tableId;
    }

    /** The id of the meeting this laptop's seat and entries belong to, once known (null before). */
    public String meeting() {
        return outbox.meeting();
    }

    /** Where this client connects to the host. */
    public URI address() {
        return link.address();
    }

    /**
     * Connects to the host at {@code to} from now on: the meeting was found there after its host's laptop
     * changed network or started again on another port. Seat, token and outbox stay as they are.
     */
    void moveTo(URI to) {
        link.moveTo(to);
        onChange.run();
    }

    /** The meeting's workshop, once the host has sent it. */
    public Workshop workshop() {
        return workshop;
    }

    /** Takes a seat at {@code table} (with the join code) if the laptop has none yet. */
    public void takeSeat(String table) {
        this.seatWaiting = null;
        this.seatRefused = null;
        this.tableId = table;
        join();
    }

    /** No longer waits for the facilitator to allow the seat asked for: the table picks again. */
    public void stopWaitingForSeat() {
        seatWaiting = null;
        tableId = null;
        join();
        onChange.run();
    }

    /** The seat another laptop owns that this one waits to be allowed to take; null if it waits for none. */
    public String seatWaiting() {
        return seatWaiting;
    }

    /** The seat the facilitator did not let this laptop take (it picks another); null if none was refused. */
    public String seatRefused() {
        return seatRefused;
    }

    /**
     * Asks for the seat: with its token once it has one, with the code before. With no seat chosen yet, gives
     * the code alone, to be let in to pick one (or told at once that the code is wrong).
     */
    private void join() {
        // A laptop that waits for a seat asks for it again when it connects again.
        String seat = tableId != null ? tableId : seatWaiting;
        String t = seat == null ? null : token;
        joinedWithToken = t != null;
        if (seat != null && t == null) {
            // Asked with the code, and with this laptop's own key as the seat's token.
            try {
                t = outbox.laptopKey();
            } catch (IOException e) {
                t = null; // the host draws one
            }
            link.send(new Wire.Join(code, seat, t));
            return;
        }
        link.send(new Wire.Join(t == null ? code : null, seat, t));
    }

    /** Individual voting, the laptop going round: the next person joins under a new token, with a ballot of their own. */
    public void nextParticipant() {
        String seat = tableId;
        if (seat != null && workshop != null && workshop.voting().mode() == Workshop.VotingMode.INDIVIDUAL) {
            link.execute(() -> {
                token = null;
                joinedWithToken = false;
                link.send(new Wire.Join(code, seat, null));
            });
        }
    }

    /** The seats a laptop was connected at when this one came in (a table may still take one: a second laptop). */
    public Set<String> takenSeats() {
        return taken;
    }

    /** Why the host turned the laptop away, once it has (status {@code REFUSED}); null before. */
    public Refusal refusal() {
        return refusal;
    }

    public Status status() {
        return link.status();
    }

    public Wire.State state() {
        return state.get();
    }

    /** Why the host could not keep this laptop's entries lately (they wait here meanwhile); null if it can. */
    public String hostTrouble() {
        return held.trouble();
    }

    /** Entries written but not yet acknowledged by the host. */
    public int pending() {
        return outbox.pending();
    }

    /**
     * Puts {@code command} in the outbox (durably) and sends it when connected. The future completes when
     * the host has acknowledged it — then, and only then, the table may be told it is saved.
     */
    public CompletableFuture<Wire.Ack> submit(Command command) throws IOException {
        CompletableFuture<Wire.Ack> result = outbox.put(command);
        if (link.status() == Status.CONNECTED) {
            link.send(new Wire.Submit(token, command));
        }
        onChange.run();
        return result;
    }

    private void onText(String text) {
        try {
            Wire.ToTable message = Wire.MAPPER.readValue(text, Wire.ToTable.class);
            link.heard();
            try {
                handle(message);
            } finally {
                onChange.run();
            }
        } catch (IOException | RuntimeException e) {
            // A message we cannot read changes nothing; the outbox keeps what is unacknowledged.
        }
    }

    private void handle(Wire.ToTable message) throws IOException {
        if (message instanceof Wire.Hello hello) {
            hello(hello);
        } else if (message instanceof Wire.Admitted admitted) {
            admitted(admitted);
        } else if (message instanceof Wire.Seats seats) {
            taken = Set.copyOf(seats.taken());
        } else if (message instanceof Wire.Joined joined) {
            joined(joined);
        } else if (message instanceof Wire.Ack ack) {
            acknowledged(ack);
        } else if (message instanceof Wire.Error error) {
            error(error);
        } else if (message instanceof Wire.State s) {
            if (state.take(s).closed()) {
                // The meeting has ended: nothing more goes to it, and the laptop does not look for it again.
                link.status(Status.ENDED);
                link.abort();
            }
        } else if (message instanceof Wire.Items change) {
            state.change(change);
        }
    }

    private void hello(Wire.Hello hello) throws IOException {
        if (hello.protocol() == null || hello.protocol() != Wire.PROTOCOL) {
            refuse("OTHER_VERSION", null);
            return;
        }
        if (!hello.meetingNamed()) {
            refuse("BAD_MESSAGE", null);
            return;
        }
        // The seat and entries are this meeting's before the table is shown its workshop; another meeting's are
        // put aside.
        if (outbox.enter(hello.meeting())) {
            token = null;
            tableId = seatAsked;
        }
        takeSeatKept();
        if (token == null && (code == null || code.isBlank())) {
            // No seat in this meeting and no code to ask for one with: the host is not asked in vain.
            refuse("CODE_NEEDED", null);
            return;
        }
        String before = met;
        met = hello.meeting();
        if (before != null && !before.equals(met)) {
            // The host holds another meeting now, with its own code: the one this laptop was given is
            // for the last. What was written there is put aside (above).
            refuse("NEW_MEETING", null);
            return;
        }
        join();
    }

    private void admitted(Wire.Admitted admitted) {
        Workshop told;
        try {
            told = WorkshopLoader.parse(admitted.workshop(), "host");
        } catch (WorkshopException e) {
            refuse("BAD_WORKSHOP", e.getMessage());
            return;
        }
        taken = Set.copyOf(admitted.taken());
        workshop = told;
        if (tableId == null) {
            // Let in, with no seat to ask for: the table is to pick one.
            link.status(Status.RECONNECTING, Status.CONNECTING);
        }
    }

    private void joined(Wire.Joined joined) throws IOException {
        seatWaiting = null;
        token = joined.token();
        tableId = joined.tableId();
        state.joined();
        outbox.keepSeat(new Outbox.Seat(tableId, token));
        link.resetBackoff();
        link.status(Status.CONNECTED);
        // The outbox is sent again from the link's own thread: reading many entries from disk must not hold
        // up the acknowledgements that arrive meanwhile on this one.
        String seat = joined.token();
        link.execute(() -> held.resend(seat));
    }

    private void error(Wire.Error error) throws IOException {
        if (error.commandId() != null && HeldEntries.NOT_FINAL.contains(error.code())) {
            held.held(error.code());
        } else if (error.commandId() != null && !"NOT_SEATED".equals(error.code())) {
            outbox.settle(error.commandId(), f -> f.completeExceptionally(new Refused(error.code(), error.message())));
            link.heard();
        } else if ("SEAT_WAIT".equals(error.code())) {
            // Another laptop owns the seat: the facilitator decides. The table sees that it waits.
            seatWaiting = tableId != null ? tableId : seatWaiting;
            tableId = null;
        } else if ("SEAT_REFUSED".equals(error.code())) {
            seatRefused = seatWaiting;
            seatWaiting = null;
        } else if ("SEAT_REPLACED".equals(error.code())) {
            // The facilitator gave the seat to another laptop. What this one has not sent stays in its outbox.
            token = null;
            outbox.forgetSeat();
            refuse(error.code(), error.message());
        } else if ("BAD_CODE".equals(error.code()) && joinedWithToken) {
            // A seat token this host does not know (a seat file from before meetings were named): the seat is
            // asked for again with the code.
            token = null;
            outbox.forgetSeat();
            tableId = tableId == null ? seatAsked : tableId;
            join();
        } else if (JOIN_REFUSED.contains(error.code())) {
            refuse(error.code(), error.message());
        }
    }

    /** Refuses to go on: the host turned the laptop away, or cannot be taken part in. Tries no more. */
    private void refuse(String code, String message) {
        refusal = new Refusal(code, message);
        link.status(Status.REFUSED);
        link.abort();
    }

    private void acknowledged(Wire.Ack ack) throws IOException {
        held.kept();
        outbox.acknowledged(ack);
        link.heard();
    }

    /** The dots this laptop's participant gave on {@code cardId}, as the host acknowledged them (reads the disk). */
    public Map<String, Integer> ownDots(String cardId) {
        return outbox.ownDots(cardId);
    }

    /** Cuts the connection as a failing network would (for tests and for "reconnect now"). */
    public void dropConnection() {
        link.dropConnection();
    }

    @Override
    public void close() {
        link.close();
        follower.close();
    }
}
