package dk.dialogforum.net;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.dialogforum.codec.MeetingJson;
import dk.dialogforum.meeting.Command;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The messages between a table laptop and the host, as JSON over a WebSocket. One envelope with a
 * {@code type}; the host numbers its state pushes so a client can tell it missed one.
 */
public final class Wire {
    /** No message may be longer than this (characters); a longer one is refused unread. */
    public static final int MAX_MESSAGE = 32 * 1024;
    /**
     * The version of these messages. A table laptop takes part only in a meeting whose host speaks the
     * same; a change to the messages that an older program would misread must raise it.
     */
    public static final int PROTOCOL = 4;

    static final ObjectMapper MAPPER = MeetingJson.names(JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Wire() {}

    /**
     * The codes of the host's own refusals (beside the engine's rejection codes), each with its words in the
     * texts as {@code net.error.CODE}.
     */
    public static final List<String> ERROR_CODES = List.of(
            "TOO_LARGE",
            "BAD_MESSAGE",
            "TOO_MANY_ATTEMPTS",
            "BAD_CODE",
            "UNKNOWN_TABLE",
            "NOT_SEATED",
            "NOT_ALLOWED",
            "RESERVED_ID",
            "INTERNAL",
            "OTHER_VERSION",
            "BAD_WORKSHOP",
            "OTHER_MEETING",
            "NEW_MEETING",
            "CODE_NEEDED",
            "SEAT_WAIT",
            "SEAT_REFUSED",
            "SEAT_REPLACED",
            "TABLE_FULL");

    /** The host's WebSocket address for {@code hostPort} ("192.168.1.20:47800"), as typed, picked or found. */
    public static URI hostAt(String hostPort) {
        return URI.create("ws://" + hostPort + "/ws");
    }

    /** Whether {@code id} can be a meeting's id: letters, digits, '-' and '_', at most 64 (it names a folder). */
    public static boolean isMeetingId(String id) {
        return id != null && id.matches("[A-Za-z0-9_-]{1,64}");
    }

    /** From a table to the host. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Join.class, name = "join"),
        @JsonSubTypes.Type(value = Submit.class, name = "submit"),
        @JsonSubTypes.Type(value = Alive.class, name = "alive"),
    })
    public sealed interface ToHost {}

    /**
     * "Still here", answering the host's ping when the table has sent nothing else lately. The host cannot
     * see the ping's own answer, and a laptop that has gone to sleep or hung answers nothing: the host
     * lets its connection go, and the facilitator sees the table has dropped out.
     */
    public record Alive() implements ToHost {}

    /**
     * Take a seat: with the meeting's join code the first time, with the seat's token after that. With the
     * code and no {@code tableId}, only be admitted: the host answers {@link Admitted}, so the table can
     * pick its seat, or {@code BAD_CODE} before it has.
     */
    public record Join(String code, String tableId, String token) implements ToHost {}

    /** A command from the table's outbox; the host answers with {@link Ack} or {@link Error}. */
    public record Submit(String token, Command command) implements ToHost {}

    /** From the host to a table. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Hello.class, name = "hello"),
        @JsonSubTypes.Type(value = Admitted.class, name = "admitted"),
        @JsonSubTypes.Type(value = Seats.class, name = "seats"),
        @JsonSubTypes.Type(value = Joined.class, name = "joined"),
        @JsonSubTypes.Type(value = Ack.class, name = "ack"),
        @JsonSubTypes.Type(value = Error.class, name = "error"),
        @JsonSubTypes.Type(value = State.class, name = "state"),
        @JsonSubTypes.Type(value = Items.class, name = "items"),
    })
    public sealed interface ToTable {}

    /**
     * Sent on connecting, before anything else, and all a connection is told before it gives the join code
     * or a seat's token: the {@code protocol} the host speaks, which the table must speak too; and the
     * {@code meeting}'s id, the same after a restart of the host and different for every meeting, so a
     * table laptop knows which of its seats and entries belong here.
     */
    @JsonIgnoreProperties(ignoreUnknown = true) // another version's hello says more: read its protocol
    public record Hello(Integer protocol, String meeting) implements ToTable {
        /** Whether {@code meeting} can name a meeting (see {@link Wire#isMeetingId}). */
        public boolean meetingNamed() {
            return isMeetingId(meeting);
        }
    }

    /**
     * The code or token was right (the answer to a {@link Join}, before {@link Joined} when it asked for a
     * seat): the meeting's workshop, in the workshop file format, so the table can show it; and the seats
     * {@code taken} by a laptop connected now, so it can pick one.
     */
    public record Admitted(List<String> taken, JsonNode workshop) implements ToTable {
        public Admitted {
            taken = taken == null ? List.of() : List.copyOf(taken);
        }
    }

    /** To admitted laptops not yet seated, when the seats laptops are connected at change: those seats, {@code taken}. */
    public record Seats(List<String> taken) implements ToTable {
        public Seats {
            taken = taken == null ? List.of() : List.copyOf(taken);
        }
    }

    public record Joined(String tableId, String token) implements ToTable {}

    /** The command is durable in the host's journal (now, or from an earlier send of the same id). */
    public record Ack(String commandId, long seq) implements ToTable {}

    /** Something was refused: {@code code} says what, {@code message} says it to a person. */
    public record Error(String commandId, String code, String message) implements ToTable {}

    /**
     * What a table needs to follow the meeting; {@code n} counts the pushes. For the card open now:
     * {@code items} are this table's own items with what the facilitator did to them, and while its dot
     * vote is open {@code dotItems} are the items that take dots and {@code dots} this table's dots on
     * them. {@code ballots} counts this table's ballots in the open enquete or ranking. {@code revealed}
     * is what the facilitator has revealed of the enquete or ranking on the projector now, or null; once
     * the meeting has ended, {@code receipt} is what the host holds from this table.
     */
    public record State(
            long n,
            long seq,
            String currentPhase,
            List<String> openPhases,
            boolean closed,
            List<TableItem> items,
            @JsonSerialize(using = SharedJson.class) List<DotItem> dotItems,
            Map<String, Integer> dots,
            int ballots,
            Revealed revealed,
            Receipt receipt)
            implements ToTable {
        public State {
            openPhases = openPhases == null ? List.of() : List.copyOf(openPhases);
            items = items == null ? List.of() : List.copyOf(items);
            dotItems = dotItems == null ? List.of() : List.copyOf(dotItems);
            dots = dots == null ? Map.of() : Map.copyOf(dots);
        }

        /** This state with {@code change} applied: items changed in their place, new ones last, gone ones out. */
        public State with(Items change) {
            Map<String, TableItem> changed = new LinkedHashMap<>();
            change.changed().forEach(i -> changed.put(i.id(), i));
            Set<String> gone = Set.copyOf(change.gone());
            List<TableItem> result = new ArrayList<>(items.size() + changed.size());
            for (TableItem i : items) {
                if (!gone.contains(i.id())) {
                    TableItem now = changed.remove(i.id());
                    result.add(now == null ? i : now);
                }
            }
            result.addAll(changed.values());
            return new State(
                    change.n(),
                    Math.max(seq, change.seq()),
                    currentPhase,
                    openPhases,
                    closed,
                    result,
                    dotItems,
                    dots,
                    ballots,
                    revealed,
                    receipt);
        }
    }

    /**
     * What the host holds from one table at the end of the meeting: its ballots in the enquete and the live
     * ranking, its items (not withdrawn), and the cards it gave dots on.
     */
    public record Receipt(int enqueteBallots, int rankingBallots, int items, int dottedCards) {}

    /**
     * The result of the enquete or the live ranking ({@code phase}) as the projector shows it once the
     * facilitator has revealed it: the items in order with their points, and for the enquete each
     * statement's share agreeing (a whole percent) of those who answered it, from {@code ballots} ballots.
     */
    public record Revealed(String phase, List<Place> ranking, List<Agreement> statements, int ballots) {
        public Revealed {
            ranking = ranking == null ? List.of() : List.copyOf(ranking);
            statements = statements == null ? List.of() : List.copyOf(statements);
        }
    }

    /** An item's place in a revealed ranking, from 1, and its points. */
    public record Place(String itemId, int position, int points) {}

    /** A statement's share agreeing in whole percent, of the {@code answered} ballots that answered it. */
    public record Agreement(String statementId, int agreeing, int answered) {}

    /**
     * What changed among the table's own items on the card since the last state or change it was sent,
     * as of meeting state {@code seq}: the items {@code changed} (new or altered) as they are now, and the
     * ids of those {@code gone} (withdrawn). {@code n} counts the pushes, as in {@link State}.
     */
    public record Items(long n, long seq, List<TableItem> changed, List<String> gone) implements ToTable {
        public Items {
            changed = changed == null ? List.of() : List.copyOf(changed);
            gone = gone == null ? List.of() : List.copyOf(gone);
        }
    }

    /**
     * One of the table's own items: {@code text} is how the room sees it, {@code tableText} what the
     * table wrote; {@code mergedIntoText} is the item it was merged into, if any.
     */
    public record TableItem(
            String id,
            String fieldId,
            String text,
            String tableText,
            boolean hidden,
            boolean highlighted,
            String mergedIntoText) {}

    /** An item that takes dots, from any table. */
    public record DotItem(String id, String fieldId, String text, String tableId) {}
}
