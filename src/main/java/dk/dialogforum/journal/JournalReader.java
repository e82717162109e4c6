package dk.dialogforum.journal;

import com.fasterxml.jackson.databind.JsonNode;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

/**
 * Reads a journal and keeps every good record. A record that fails its checksum (or does not decode)
 * is left out alone: the reader looks for the next good record after it (the next marker in format 2,
 * the next position where a whole record's checksum holds in format 1) and goes on from there. Events
 * that build on a left-out event (an edit of an item whose adding was damaged) are left out with it.
 */
final class JournalReader {
    private static final Object HEADER_COPY = new Object();

    private final byte[] bytes;
    private final String name;
    private final int format;
    private final int recordHeader;
    private final ByteBuffer in;
    private final DoubleConsumer progress;

    /** A whole record with a good checksum: where it starts, and its payload. */
    private record Span(int start, int payload, int length) {}

    /** Records decoded between two reports of how far reading has come. */
    private static final int REPORT_EVERY = 4096;
    /** The share of reading that checking the records' checksums is; decoding them is the rest. */
    private static final double SCANNED = 0.15;

    private JournalReader(byte[] bytes, String name, int format, DoubleConsumer progress) {
        this.bytes = bytes;
        this.progress = progress;
        this.name = name;
        this.format = format;
        this.recordHeader = JournalCodec.recordHeader(format);
        this.in = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    }

    /**
     * Reads {@code file}, telling {@code progress} how far it has come (a fraction, from any thread, now and
     * then; 1 when read).
     */
    static Recovery read(Path file, DoubleConsumer progress) throws IOException, JournalException {
        byte[] bytes = Files.readAllBytes(file);
        String name = String.valueOf(file.getFileName());
        Recovery r = new JournalReader(bytes, name, format(bytes, name), progress).scan(file);
        progress.accept(1);
        return r;
    }

    /** 2 or 1; a format-2 journal whose first bytes were damaged is still known by its first marker. */
    private static int format(byte[] bytes, String name) throws JournalException {
        int m = JournalCodec.MAGIC_LENGTH;
        if (bytes.length >= m && Arrays.equals(bytes, 0, m, JournalCodec.MAGIC, 0, m)) {
            return 2;
        }
        if (bytes.length >= m && Arrays.equals(bytes, 0, m, JournalCodec.MAGIC_1, 0, m)) {
            return 1;
        }
        if (bytes.length >= 2 * m && Arrays.equals(bytes, m, 2 * m, JournalCodec.MARK, 0, m)) {
            return 2;
        }
        throw new JournalException("journal.error.notJournal", name);
    }

    private Recovery scan(Path file) throws JournalException {
        List<Span> spans = new ArrayList<>();
        List<int[]> bad = new ArrayList<>(); // {start, end, records} of each damaged stretch
        long torn = 0;
        int pos = JournalCodec.MAGIC_LENGTH;
        while (pos < bytes.length) {
            int length = goodRecordLength(pos);
            if (length >= 0) {
                spans.add(new Span(pos, pos + recordHeader, length));
                pos += recordHeader + length;
                continue;
            }
            int next = nextGoodRecord(pos + 1);
            if (next < 0 && length == -1 && marks(pos + 1, bytes.length) == 0) {
                torn = bytes.length - pos; // the program stopped while writing the last record
                break;
            }
            int end = next < 0 ? bytes.length : next;
            bad.add(new int[] {pos, end, Math.max(1, marks(pos, end))});
            pos = end;
        }
        progress.accept(SCANNED);
        return decode(file, spans, bad, torn);
    }

    private Recovery decode(Path file, List<Span> spans, List<int[]> bad, long torn) throws JournalException {
        int first = headerIndex(spans);
        if (first < 0) {
            throw new JournalException("journal.error.header", name);
        }
        Span header = spans.get(first);
        Workshop workshop = workshop(header);
        List<Span> rest = spans.subList(first + 1, spans.size());
        Object[] decoded = new Object[rest.size()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, decoded.length).parallel().forEach(i -> {
            decoded[i] = decodeRecord(rest.get(i));
            int n = done.incrementAndGet();
            if (n % REPORT_EVERY == 0) {
                progress.accept(SCANNED + (1 - SCANNED) * n / decoded.length);
            }
        });
        List<int[]> damage = new ArrayList<>(); // {start, bytes, records, events before}
        List<Event> events = new ArrayList<>(decoded.length);
        int headers = 1;
        int opened = 0;
        int b = 0;
        for (int i = 0; i <= decoded.length; i++) {
            int at = i < decoded.length ? rest.get(i).start() : Integer.MAX_VALUE;
            for (; b < bad.size() && bad.get(b)[0] < at; b++) {
                int[] stretch = bad.get(b);
                if (stretch[0] > header.start()) {
                    damage.add(new int[] {stretch[0], stretch[1] - stretch[0], stretch[2], events.size()});
                }
            }
            if (i == decoded.length) {
                break;
            }
            if (decoded[i] == null) {
                // A checksum that holds over something that is not an event: damage all the same.
                Span s = rest.get(i);
                damage.add(new int[] {s.start(), recordHeader + s.length(), 1, events.size()});
            } else if (decoded[i] == HEADER_COPY) {
                headers++;
            } else if (decoded[i] instanceof Event.MeetingOpened o && !events.isEmpty() && o.equals(events.get(0))) {
                opened++; // its copy
            } else {
                opened += decoded[i] instanceof Event.MeetingOpened ? 1 : 0;
                events.add((Event) decoded[i]);
            }
        }
        boolean headerDamaged = !bad.isEmpty() && bad.get(0)[0] < header.start();
        if (format != 1) {
            headerDamaged |= headers < 2 || opened == 1;
            forgiveCopies(damage, Math.max(0, 2 - headers) + (opened > 0 ? Math.max(0, 2 - opened) : 0));
        }
        List<Recovery.Damage> found = List.copyOf(damage(damage, events.size()));
        List<Event> kept = found.isEmpty() ? events : withoutDependents(workshop, events);
        int dependents = events.size() - kept.size();
        return new Recovery(
                file,
                workshop,
                List.copyOf(kept),
                format,
                bytes.length - torn,
                torn,
                found,
                dependents,
                headerDamaged,
                null);
    }

    /**
     * Format 2 writes the header and the opening of the meeting twice each: {@code copiesLost} damaged
     * copies, found in the damage before the first ordinary event, cost nothing.
     */
    private static void forgiveCopies(List<int[]> damage, int copiesLost) {
        for (int[] d : damage) {
            if (d[3] <= 1 && copiesLost > 0) {
                int copies = Math.min(copiesLost, d[2]);
                d[2] -= copies;
                copiesLost -= copies;
            }
        }
        damage.removeIf(d -> d[2] == 0);
    }

    /** Each damaged stretch ({start, bytes, records, events before}) as the user is told of it. */
    private static List<Recovery.Damage> damage(List<int[]> damage, int events) {
        List<Recovery.Damage> found = new ArrayList<>();
        int lostBefore = 0;
        for (int[] d : damage) {
            found.add(new Recovery.Damage(d[0], d[1], d[3] + lostBefore + 1, d[2], events - d[3]));
            lostBefore += d[2];
        }
        return found;
    }

    /** The first good record that is a journal header, among the first few. */
    private int headerIndex(List<Span> spans) {
        for (int i = 0; i < Math.min(spans.size(), 3); i++) {
            if (isHeader(spans.get(i)) && header(spans.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    private boolean isHeader(Span s) {
        return s.length() > 0 && bytes[s.payload()] == '{';
    }

    private JsonNode header(Span s) {
        try {
            JsonNode h = JournalCodec.MAPPER.readTree(bytes, s.payload(), s.length());
            return "dialogforum-journal".equals(h.path("kind").asText()) ? h : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Workshop workshop(Span s) throws JournalException {
        try {
            return WorkshopLoader.parse(header(s).get("workshop"), name);
        } catch (WorkshopException | RuntimeException e) {
            throw new JournalException("journal.error.header", name);
        }
    }

    /** The record's event; a copy of the header (no event); or null if it is neither. */
    private Object decodeRecord(Span s) {
        if (isHeader(s)) {
            return header(s) == null ? null : HEADER_COPY;
        }
        try {
            return JournalCodec.decodeEvent(bytes, s.payload(), s.length());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The events that still fit the meeting once the damaged ones are gone. */
    private static List<Event> withoutDependents(Workshop workshop, List<Event> events) {
        List<Event> kept = new ArrayList<>(events.size());
        MeetingState state = new MeetingState(workshop);
        for (Event e : events) {
            try {
                state.apply(e);
                kept.add(e);
            } catch (RuntimeException notFitting) {
                // The state may be half-changed: build it again from what is kept.
                state = MeetingState.replay(workshop, kept);
            }
        }
        return kept;
    }

    /**
     * The payload length of the record at {@code start} if it is whole and its checksum holds; -1 if the
     * file ends inside it (a torn write), -2 if it is damaged.
     */
    private int goodRecordLength(int start) {
        int remaining = bytes.length - start;
        if (remaining < recordHeader) {
            return -1;
        }
        int at = start;
        if (format != 1) {
            if (!Arrays.equals(bytes, start, start + 4, JournalCodec.MARK, 0, 4)) {
                return -2;
            }
            at += 4;
        }
        int length = in.getInt(at);
        int crc = in.getInt(at + 4);
        if (length < 0 || length > JournalCodec.MAX_RECORD) {
            return -2;
        }
        if (remaining - recordHeader < length) {
            return -1;
        }
        return JournalCodec.crc(length, bytes, start + recordHeader) == crc ? length : -2;
    }

    /** The first position at or after {@code from} where a good record starts, or -1. */
    private int nextGoodRecord(int from) {
        for (int p = from; p + recordHeader <= bytes.length; p++) {
            if (format != 1 && bytes[p] != JournalCodec.MARK[0]) {
                continue;
            }
            if (goodRecordLength(p) >= 0) {
                return p;
            }
        }
        return -1;
    }

    /** How many record markers lie in [from, to): the records a damaged stretch held (format 2). */
    private int marks(int from, int to) {
        if (format == 1) {
            return 0;
        }
        int n = 0;
        for (int p = from; p + 4 <= to; p++) {
            if (Arrays.equals(bytes, p, p + 4, JournalCodec.MARK, 0, 4)) {
                n++;
            }
        }
        return n;
    }
}
