package dk.dialogforum.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;
import dk.dialogforum.workshop.WorkshopWriter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The append-only journal of one open meeting. The file starts with {@code DFJ1} and a header record
 * holding the workshop; every further record is one event. {@link #append} writes a whole batch and
 * syncs it to the disk before returning, so an acknowledged event survives a crash or power cut.
 */
public final class Journal implements EventStore {
    public static final String SUFFIX = ".journal";
    public static final String DONE_SUFFIX = ".journal.done";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean meetingClosed;
    private boolean open = true;

    private Journal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    public Path file() {
        return file;
    }

    /** Creates a new journal for a meeting on {@code workshop}; fails if the file exists. */
    public static Journal create(Path file, Workshop workshop) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock = lockOrFail(channel, file);
        ObjectNode header = JournalCodec.MAPPER.createObjectNode();
        header.put("kind", "dialogforum-journal");
        header.put("format", 1);
        header.put("created", System.currentTimeMillis());
        header.set("workshop", WorkshopWriter.toTree(workshop));
        byte[] payload = JournalCodec.encode(header);
        ByteBuffer buf = ByteBuffer.allocate(JournalCodec.MAGIC.length + JournalCodec.RECORD_HEADER + payload.length)
                .order(ByteOrder.BIG_ENDIAN);
        buf.put(JournalCodec.MAGIC);
        JournalCodec.putRecord(buf, payload);
        buf.flip();
        writeFully(channel, buf);
        channel.force(true);
        syncDirectory(file.toAbsolutePath().getParent());
        return new Journal(file, channel, lock);
    }

    /** A journal opened to continue its meeting, with what recovery found. */
    public record Opened(Journal journal, Recovery recovery) {}

    /**
     * Opens a journal to continue its meeting: reads every good record, cuts a torn or damaged tail at
     * the last good record (the file is truncated there) and positions for appending.
     */
    public static Opened open(Path file) throws IOException, JournalException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = lockOrFail(channel, file);
            Recovery recovery = read(file);
            if (recovery.cutBytes() > 0) {
                channel.truncate(recovery.keptBytes());
                channel.force(true);
            }
            channel.position(recovery.keptBytes());
            return new Opened(new Journal(file, channel, lock), recovery);
        } catch (IOException | JournalException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Reads a journal without changing it. */
    public static Recovery read(Path file) throws IOException, JournalException {
        byte[] bytes = Files.readAllBytes(file);
        String name = String.valueOf(file.getFileName());
        int magic = JournalCodec.MAGIC.length;
        if (bytes.length < magic || !Arrays.equals(Arrays.copyOf(bytes, magic), JournalCodec.MAGIC)) {
            throw new JournalException("journal.error.notJournal", name);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        in.position(magic);
        int headerLength = goodRecordLength(in, bytes);
        if (headerLength < 0) {
            throw new JournalException("journal.error.header", name);
        }
        Workshop workshop;
        try {
            JsonNode header =
                    JournalCodec.MAPPER.readTree(bytes, in.position() + JournalCodec.RECORD_HEADER, headerLength);
            workshop = WorkshopLoader.parse(header.get("workshop"), name);
        } catch (IOException | WorkshopException | RuntimeException e) {
            throw new JournalException("journal.error.header", name);
        }
        in.position(in.position() + JournalCodec.RECORD_HEADER + headerLength);
        // First find every whole record with a good checksum (cheap), then decode them in parallel.
        List<int[]> records = new ArrayList<>();
        Recovery.Cut cut = Recovery.Cut.NONE;
        while (in.remaining() > 0) {
            int start = in.position();
            int length = goodRecordLength(in, bytes);
            if (length < 0) {
                cut = length == -1 ? Recovery.Cut.TORN : Recovery.Cut.DAMAGED;
                break;
            }
            records.add(new int[] {start, length});
            in.position(start + JournalCodec.RECORD_HEADER + length);
        }
        Event[] decoded = new Event[records.size()];
        IntStream.range(0, decoded.length).parallel().forEach(i -> {
            int[] r = records.get(i);
            try {
                decoded[i] = JournalCodec.decodeEvent(bytes, r[0] + JournalCodec.RECORD_HEADER, r[1]);
            } catch (IOException e) {
                decoded[i] = null;
            }
        });
        List<Event> events = new ArrayList<>(decoded.length);
        for (int i = 0; i < decoded.length; i++) {
            if (decoded[i] == null) {
                // A record whose checksum holds but which is not an event: cut there, like damage.
                cut = Recovery.Cut.DAMAGED;
                in.position(records.get(i)[0]);
                break;
            }
            events.add(decoded[i]);
        }
        long kept = in.position();
        return new Recovery(file, workshop, List.copyOf(events), kept, bytes.length - kept, cut);
    }

    /**
     * The payload length of the record at the buffer's position if it is whole and its checksum holds;
     * -1 if the file ends inside it (a torn write), -2 if it is damaged. Leaves the position unchanged.
     */
    private static int goodRecordLength(ByteBuffer in, byte[] bytes) {
        int start = in.position();
        if (in.remaining() < JournalCodec.RECORD_HEADER) {
            return -1;
        }
        int length = in.getInt(start);
        int crc = in.getInt(start + 4);
        if (length < 0 || length > JournalCodec.MAX_RECORD) {
            return -2;
        }
        if (in.remaining() - JournalCodec.RECORD_HEADER < length) {
            return -1;
        }
        return JournalCodec.crc(length, bytes, start + JournalCodec.RECORD_HEADER) == crc ? length : -2;
    }

    @Override
    public synchronized void append(List<Event> events) throws IOException {
        if (!open) {
            throw new IOException("journal is closed: " + file);
        }
        List<byte[]> payloads = new ArrayList<>(events.size());
        int size = 0;
        for (Event e : events) {
            byte[] p = JournalCodec.encode(e);
            payloads.add(p);
            size += JournalCodec.RECORD_HEADER + p.length;
            meetingClosed |= e instanceof Event.MeetingClosed;
        }
        ByteBuffer buf = ByteBuffer.allocate(size).order(ByteOrder.BIG_ENDIAN);
        payloads.forEach(p -> JournalCodec.putRecord(buf, p));
        buf.flip();
        long before = channel.position();
        try {
            writeFully(channel, buf);
            channel.force(false);
        } catch (IOException e) {
            // Leave no half-written batch behind: the next recovery would cut it anyway.
            try {
                channel.truncate(before);
                channel.position(before);
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
    }

    /** Closes the journal; a journal whose meeting was closed is renamed so it is not offered for resuming. */
    @Override
    public synchronized void close() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
        if (meetingClosed) {
            String name = file.getFileName().toString();
            Path done = file.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + DONE_SUFFIX);
            Files.move(file, done, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(file.toAbsolutePath().getParent());
        }
    }

    private static FileLock lockOrFail(FileChannel channel, Path file) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new JournalInUseException(file);
        }
        return lock;
    }

    static void writeFully(FileChannel channel, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    /** Makes a new or renamed directory entry durable, where the OS allows it (not on Windows). */
    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Windows cannot open a directory as a channel; NTFS orders the metadata itself.
        }
    }
}
