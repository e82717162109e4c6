package dk.dialogforum.journal;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Event;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal's compact binary form of an event: a tag byte, then the event's fields in order. Strings
 * are a 4-byte length and UTF-8; lists and maps a 4-byte count. Far quicker to read back than JSON,
 * which matters when a restarted laptop replays a long meeting. (Meeting files stay JSON.)
 */
final class EventBinary {
    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_COUNT = 1 << 16;

    private EventBinary() {}

    static byte[] encode(Event event) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        DataOutputStream out = new DataOutputStream(bytes);
        if (event instanceof Event.MeetingOpened e) {
            head(out, 1, e);
            str(out, e.meetingId());
        } else if (event instanceof Event.PhaseChanged e) {
            head(out, 2, e);
            str(out, e.phase());
            out.writeByte(e.action().ordinal());
        } else if (event instanceof Event.TableJoined e) {
            head(out, 3, e);
            str(out, e.tableId());
        } else if (event instanceof Event.EnqueteBallotSubmitted e) {
            head(out, 4, e);
            str(out, e.tableId());
            str(out, e.ballotId());
            list(out, e.ranking());
            map(out, e.answers());
        } else if (event instanceof Event.RankingBallotSubmitted e) {
            head(out, 5, e);
            str(out, e.tableId());
            str(out, e.ballotId());
            list(out, e.ranking());
        } else if (event instanceof Event.ItemAdded e) {
            head(out, 6, e);
            str(out, e.tableId());
            str(out, e.cardId());
            str(out, e.fieldId());
            str(out, e.text());
        } else if (event instanceof Event.ItemEdited e) {
            head(out, 7, e);
            str(out, e.tableId());
            str(out, e.itemId());
            str(out, e.text());
        } else if (event instanceof Event.ItemWithdrawn e) {
            head(out, 8, e);
            str(out, e.tableId());
            str(out, e.itemId());
        } else if (event instanceof Event.ItemModerated e) {
            head(out, 9, e);
            str(out, e.itemId());
            str(out, e.text());
        } else if (event instanceof Event.ItemHidden e) {
            head(out, 10, e);
            str(out, e.itemId());
            out.writeBoolean(e.hidden());
        } else if (event instanceof Event.ItemHighlighted e) {
            head(out, 11, e);
            str(out, e.itemId());
            out.writeBoolean(e.highlighted());
        } else if (event instanceof Event.ItemsMerged e) {
            head(out, 12, e);
            str(out, e.targetId());
            list(out, e.sourceIds());
        } else if (event instanceof Event.DotsCast e && e.voter() == null) {
            head(out, 13, e);
            str(out, e.tableId());
            str(out, e.cardId());
            map(out, e.dots());
        } else if (event instanceof Event.DotsCast e) {
            // A participant's own dots (individual voting): the same and the voter, under a tag of its own.
            head(out, 17, e);
            str(out, e.tableId());
            str(out, e.cardId());
            map(out, e.dots());
            str(out, e.voter());
        } else if (event instanceof Event.MeetingClosed e) {
            head(out, 14, e);
        } else if (event instanceof Event.MeetingFactsSet e) {
            head(out, 15, e);
            for (String fact :
                    List.of(e.date(), e.time(), e.place(), e.facilitator(), e.noteTaker(), e.participants())) {
                str(out, fact);
            }
        } else if (event instanceof Event.NoteSet e) {
            head(out, 16, e);
            str(out, e.phase());
            str(out, e.text());
        } else {
            throw new IOException("no binary form for " + event);
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** Decodes one event; a payload that is not a whole, valid event fails with an IOException. */
    static Event decode(byte[] payload, int offset, int length) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(payload, offset, length);
        try {
            int tag = in.get();
            String id = str(in);
            long at = in.getLong();
            Event e = switch (tag) {
                case 1 -> new Event.MeetingOpened(id, at, str(in));
                case 2 -> new Event.PhaseChanged(id, at, str(in), Command.PhaseAction.values()[in.get()]);
                case 3 -> new Event.TableJoined(id, at, str(in));
                case 4 -> new Event.EnqueteBallotSubmitted(id, at, str(in), str(in), list(in), map(in));
                case 5 -> new Event.RankingBallotSubmitted(id, at, str(in), str(in), list(in));
                case 6 -> new Event.ItemAdded(id, at, str(in), str(in), str(in), str(in));
                case 7 -> new Event.ItemEdited(id, at, str(in), str(in), str(in));
                case 8 -> new Event.ItemWithdrawn(id, at, str(in), str(in));
                case 9 -> new Event.ItemModerated(id, at, str(in), str(in));
                case 10 -> new Event.ItemHidden(id, at, str(in), in.get() != 0);
                case 11 -> new Event.ItemHighlighted(id, at, str(in), in.get() != 0);
                case 12 -> new Event.ItemsMerged(id, at, str(in), list(in));
                case 13 -> new Event.DotsCast(id, at, str(in), str(in), map(in));
                case 14 -> new Event.MeetingClosed(id, at);
                case 15 -> new Event.MeetingFactsSet(id, at, str(in), str(in), str(in), str(in), str(in), str(in));
                case 16 -> new Event.NoteSet(id, at, str(in), str(in));
                case 17 -> new Event.DotsCast(id, at, str(in), str(in), map(in), str(in));
                default -> throw new IOException("unknown event tag " + tag);
            };
            if (in.hasRemaining()) {
                throw new IOException("trailing bytes after event");
            }
            return e;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("malformed event record", e);
        }
    }

    private static void head(DataOutputStream out, int tag, Event e) throws IOException {
        out.writeByte(tag);
        str(out, e.commandId());
        out.writeLong(e.at());
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > MAX_STRING || n > in.remaining()) {
            throw new IOException("bad string length " + n);
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    private static void list(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            str(out, s);
        }
    }

    private static List<String> list(ByteBuffer in) throws IOException {
        int n = count(in);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(str(in));
        }
        return List.copyOf(list);
    }

    private static void map(DataOutputStream out, Map<String, Integer> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Integer> e : new TreeMap<>(map).entrySet()) {
            str(out, e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static Map<String, Integer> map(ByteBuffer in) throws IOException {
        int n = count(in);
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(str(in), in.getInt());
        }
        return Collections.unmodifiableMap(map);
    }

    private static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("bad count " + n);
        }
        return n;
    }
}
