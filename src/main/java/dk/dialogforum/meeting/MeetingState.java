package dk.dialogforum.meeting;

import dk.dialogforum.meeting.Event.DotsCast;
import dk.dialogforum.meeting.Event.EnqueteBallotSubmitted;
import dk.dialogforum.meeting.Event.ItemAdded;
import dk.dialogforum.meeting.Event.ItemEdited;
import dk.dialogforum.meeting.Event.ItemHidden;
import dk.dialogforum.meeting.Event.ItemHighlighted;
import dk.dialogforum.meeting.Event.ItemModerated;
import dk.dialogforum.meeting.Event.ItemWithdrawn;
import dk.dialogforum.meeting.Event.ItemsMerged;
import dk.dialogforum.meeting.Event.MeetingClosed;
import dk.dialogforum.meeting.Event.MeetingOpened;
import dk.dialogforum.meeting.Event.PhaseChanged;
import dk.dialogforum.meeting.Event.RankingBallotSubmitted;
import dk.dialogforum.meeting.Event.TableJoined;
import dk.dialogforum.meeting.Snapshot.Ballot;
import dk.dialogforum.meeting.Snapshot.Item;
import dk.dialogforum.meeting.Snapshot.PhaseStatus;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;

/**
 * The fold of a meeting's events over its workshop. Owned by one thread at a time (the engine's writer,
 * or whoever replays a log); others read {@link #snapshot()}s. {@link #apply} is strict: an event that
 * does not fit the state is a corrupt log and fails with {@link IllegalStateException}.
 */
public final class MeetingState {
    private final Workshop workshop;
    private String meetingId;
    private long seq;
    private long openedAt;
    private boolean closed;
    private final Map<String, PhaseStatus> phases = new LinkedHashMap<>();
    private String currentPhase;
    private final Set<String> joined = new LinkedHashSet<>();
    private final Map<String, Ballot> enquete = new LinkedHashMap<>();
    private final Map<String, Ballot> ranking = new LinkedHashMap<>();
    /** The items in the order they were added (a snapshot shares them), and where each id is in it. */
    private final ItemList itemOrder = new ItemList();

    private final Map<String, Integer> itemIndex;
    /** In individual voting: card → table → participant → item → dots; the sum per table is in {@link #dots}. */
    private final Map<String, Map<String, Map<String, Map<String, Integer>>>> voterDots = new HashMap<>();

    /** card → table → item → dots. */
    private final Map<String, Map<String, Map<String, Integer>>> dots = new LinkedHashMap<>();
    /** The facts and notes for the minutes. */
    private Snapshot.Facts facts = Snapshot.Facts.NONE;

    private final Map<String, String> notes = new LinkedHashMap<>();
    /** command id → seq of the event it produced. */
    private final Map<String, Long> applied;
    /**
     * The workshop's own id strings of its tables, cards and fields, by their text: an item's ids are these, not
     * the event's copies, so thousands of items share a few strings, and every pass over the items compares and
     * hashes ids already in the cache. One look-up each, not a search of the workshop's lists per item.
     */
    private final Map<String, String> workshopIds = new HashMap<>();

    public MeetingState(Workshop workshop) {
        this(workshop, 16);
    }

    /** A state for about {@code events} events: its maps by command and by item are made that large at once. */
    private MeetingState(Workshop workshop, int events) {
        this.workshop = workshop;
        this.applied = new HashMap<>(Math.max(16, events * 4 / 3 + 1));
        this.itemIndex = new HashMap<>(Math.max(16, events * 4 / 3 + 1));
        workshop.tables().forEach(t -> workshopIds.putIfAbsent(t.id(), t.id()));
        workshop.cards().forEach(c -> workshopIds.putIfAbsent(c.id(), c.id()));
        workshop.fields().forEach(f -> workshopIds.putIfAbsent(f.id(), f.id()));
    }

    public static MeetingState replay(Workshop workshop, List<? extends Event> events) {
        return replay(workshop, events, fraction -> {});
    }

    /** {@link #replay(Workshop, List)}, telling {@code progress} the share of the events applied now and then. */
    public static MeetingState replay(Workshop workshop, List<? extends Event> events, DoubleConsumer progress) {
        MeetingState state = new MeetingState(workshop, events.size());
        int n = 0;
        for (Event e : events) {
            state.apply(e);
            if (++n % 4096 == 0) {
                progress.accept((double) n / events.size());
            }
        }
        progress.accept(1);
        return state;
    }

    public Workshop workshop() {
        return workshop;
    }

    public long seq() {
        return seq;
    }

    public boolean closed() {
        return closed;
    }

    /** The seq of the event made by {@code commandId}, or -1 if no command with that id was applied. */
    public long seqOf(String commandId) {
        return applied.getOrDefault(commandId, -1L);
    }

    PhaseStatus phase(String id) {
        return phases.getOrDefault(id, PhaseStatus.NOT_OPENED);
    }

    Item item(String id) {
        return itemById(id);
    }

    /** The key a ballot is stored under: the table in table mode, the table and ballot in individual mode. */
    String ballotKey(String tableId, String ballotId) {
        return workshop.voting().mode() == Workshop.VotingMode.TABLE ? tableId : tableId + "\u0000" + ballotId;
    }

    public void apply(Event event) {
        if (applied.containsKey(event.commandId())) {
            throw new IllegalStateException("command id applied twice: " + event.commandId());
        }
        if (seq == 0 && !(event instanceof MeetingOpened)) {
            throw new IllegalStateException("the log does not begin with the meeting being opened");
        }
        boolean minutes = event instanceof Event.MeetingFactsSet || event instanceof Event.NoteSet;
        if (closed && !minutes) {
            throw new IllegalStateException("event after the meeting was closed");
        }
        long s = seq + 1;
        if (event instanceof MeetingOpened e) {
            if (seq != 0) {
                throw new IllegalStateException("meeting opened twice");
            }
            meetingId = e.meetingId();
            openedAt = e.at();
        } else if (event instanceof PhaseChanged e) {
            applyPhase(e);
        } else if (event instanceof Event.MeetingFactsSet e) {
            facts = new Snapshot.Facts(e.date(), e.time(), e.place(), e.facilitator(), e.noteTaker(), e.participants());
        } else if (event instanceof Event.NoteSet e) {
            if (e.text().isEmpty()) {
                notes.remove(e.phase());
            } else {
                notes.put(e.phase(), e.text());
            }
        } else if (event instanceof TableJoined e) {
            joined.add(e.tableId());
        } else if (event instanceof EnqueteBallotSubmitted e) {
            putBallot(enquete, e.tableId(), e.ballotId(), e.ranking(), e.answers(), s, e);
        } else if (event instanceof RankingBallotSubmitted e) {
            putBallot(ranking, e.tableId(), e.ballotId(), e.ranking(), Map.of(), s, e);
        } else if (event instanceof ItemAdded e) {
            if (itemIndex.containsKey(e.itemId())) {
                throw new IllegalStateException("item added twice: " + e.itemId());
            }
            String tableId = workshopIds.getOrDefault(e.tableId(), e.tableId());
            String cardId = workshopIds.getOrDefault(e.cardId(), e.cardId());
            String fieldId = workshopIds.getOrDefault(e.fieldId(), e.fieldId());
            putItem(new Item(
                    e.itemId(),
                    tableId,
                    cardId,
                    fieldId,
                    e.text(),
                    e.text(),
                    false,
                    false,
                    false,
                    false,
                    null,
                    List.of(),
                    s,
                    e.at(),
                    e.at()));
        } else if (event instanceof ItemEdited e) {
            Item i = existing(e.itemId());
            putItem(i.withText(e.text(), e.text(), false, e.at()));
        } else if (event instanceof ItemWithdrawn e) {
            Item i = existing(e.itemId());
            putItem(i.withFlags(true, i.hidden(), i.highlighted(), e.at()));
        } else if (event instanceof ItemModerated e) {
            Item i = existing(e.itemId());
            putItem(i.withText(e.text(), i.tableText(), true, e.at()));
        } else if (event instanceof ItemHidden e) {
            Item i = existing(e.itemId());
            putItem(i.withFlags(i.withdrawn(), e.hidden(), i.highlighted(), e.at()));
        } else if (event instanceof ItemHighlighted e) {
            Item i = existing(e.itemId());
            putItem(i.withFlags(i.withdrawn(), i.hidden(), e.highlighted(), e.at()));
        } else if (event instanceof ItemsMerged e) {
            applyMerge(e);
        } else if (event instanceof DotsCast e) {
            Map<String, Integer> given = new TreeMap<>();
            e.dots().forEach((item, n) -> {
                if (n > 0) {
                    given.put(item, n);
                }
            });
            Map<String, Integer> table = given;
            if (e.voter() != null) {
                // A participant's own set; the table's dots are its participants' together.
                Map<String, Map<String, Integer>> byVoter = voterDots
                        .computeIfAbsent(e.cardId(), k -> new HashMap<>())
                        .computeIfAbsent(e.tableId(), k -> new LinkedHashMap<>());
                byVoter.put(e.voter(), given);
                Map<String, Integer> sum = new TreeMap<>();
                for (Map<String, Integer> set : byVoter.values()) {
                    set.forEach((item, n) -> sum.merge(item, n, Integer::sum));
                }
                table = sum;
            }
            dots.computeIfAbsent(e.cardId(), k -> new LinkedHashMap<>())
                    .put(e.tableId(), Collections.unmodifiableMap(table));
        } else if (event instanceof MeetingClosed) {
            closed = true;
        } else {
            throw new IllegalStateException("unknown event " + event);
        }

        applied.put(event.commandId(), s);
        seq = s;
    }

    private void applyPhase(PhaseChanged e) {
        PhaseStatus old = phase(e.phase());
        PhaseStatus next = switch (e.action()) {
            case OPEN -> new PhaseStatus(true, true, old.revealed());
            case CLOSE -> new PhaseStatus(false, old.everOpened(), old.revealed());
            case REVEAL -> new PhaseStatus(old.open(), old.everOpened(), true);
            case CONCEAL -> new PhaseStatus(old.open(), old.everOpened(), false);
            case SHOW -> old;
        };
        phases.put(e.phase(), next);
        if (e.action() == Command.PhaseAction.OPEN || e.action() == Command.PhaseAction.SHOW) {
            currentPhase = e.phase();
        }
    }

    private void putBallot(
            Map<String, Ballot> ballots,
            String tableId,
            String ballotId,
            List<String> rank,
            Map<String, Integer> answers,
            long s,
            Event e) {
        String key = ballotKey(tableId, ballotId);
        Ballot old = ballots.get(key);
        ballots.put(
                key,
                new Ballot(
                        tableId,
                        ballotId,
                        List.copyOf(rank),
                        Collections.unmodifiableMap(new TreeMap<>(answers)),
                        old == null ? s : old.firstSeq(),
                        s,
                        e.at(),
                        e.commandId(),
                        old == null ? 1 : old.version() + 1));
    }

    private void applyMerge(ItemsMerged e) {
        Item target = existing(e.targetId());
        List<String> sources = new ArrayList<>(target.mergedSources());
        for (String sourceId : e.sourceIds()) {
            Item source = existing(sourceId);
            sources.add(sourceId);
            // A source that had itself absorbed items hands them on to the new target.
            for (String inner : source.mergedSources()) {
                sources.add(inner);
                Item innerItem = existing(inner);
                putItem(innerItem.withMerge(target.id(), List.of(), e.at()));
            }
            putItem(source.withMerge(target.id(), List.of(), e.at()));
        }
        putItem(target.withMerge(null, sources, e.at()));
    }

    private Item existing(String id) {
        Item i = itemById(id);
        if (i == null) {
            throw new IllegalStateException("event names an unknown item: " + id);
        }
        return i;
    }

    /** Puts a new item last, or a changed one in its place: an item keeps its place for good. */
    private void putItem(Item i) {
        Integer at = itemIndex.get(i.id());
        if (at == null) {
            itemIndex.put(i.id(), itemOrder.size());
            itemOrder.add(i);
        } else {
            itemOrder.set(at, i);
        }
    }

    private Item itemById(String id) {
        Integer at = itemIndex.get(id);
        return at == null ? null : itemOrder.get(at);
    }

    /** An immutable copy of the state as it is now. */
    public Snapshot snapshot() {
        Map<String, Map<String, Map<String, Integer>>> dotsCopy = new LinkedHashMap<>();
        dots.forEach((card, byTable) -> dotsCopy.put(card, Collections.unmodifiableMap(new LinkedHashMap<>(byTable))));
        return new Snapshot(
                workshop,
                meetingId,
                seq,
                openedAt,
                closed,
                Collections.unmodifiableMap(new LinkedHashMap<>(phases)),
                currentPhase,
                Collections.unmodifiableSet(new LinkedHashSet<>(joined)),
                List.copyOf(enquete.values()),
                List.copyOf(ranking.values()),
                // The push thread and the screens take a snapshot after every accepted batch: the items are
                // shared with the state's own, not copied (ItemList).
                itemOrder.snapshot(),
                Collections.unmodifiableMap(dotsCopy),
                new Snapshot.Minutes(facts, notes));
    }
}
