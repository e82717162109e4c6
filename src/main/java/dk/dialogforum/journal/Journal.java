package dk.dialogforum.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.util.SafeFiles;
import dk.dialogforum.workshop.Workshop;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The append-only journal of one open meeting. The file starts with {@code DFJ2} and the header record
 * holding the workshop, twice; every further record is one event ({@link JournalCodec}). {@link #append} writes a whole batch and
 * syncs it to the disk before returning, so an acknowledged event survives a crash or power cut.
 */
public final class Journal implements EventStore {
    public static final String SUFFIX = ".journal";
    public static final String DONE_SUFFIX = ".journal.done";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final int format;
    /** Where the last durable record ends: a failed write is cut back to here before the next one. */
    private long durableEnd;
    /** A write failed part way: what lies beyond {@link #durableEnd} is to be cut before the next one. */
    private boolean unsure;

    private boolean meetingClosed;
    private boolean open = true;

    private Journal(Path file, FileChannel channel, FileLock lock, int format, long durableEnd) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.format = format;
        this.durableEnd = durableEnd;
    }

    public Path file() {
        return file;
    }

    /** Creates a new journal for a meeting on {@code workshop}; fails if the file exists. */
    public static Journal create(Path file, Workshop workshop) throws IOException {
        return create(file, workshop, List.of());
    }

    private static Journal create(Path file, Workshop workshop, List<Event> events) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock = lockOrFail(channel, file);
        try {
            ByteBuffer buf = start(workshop, events);
            writeFully(channel, buf);
            channel.force(true);
            syncDirectory(file.toAbsolutePath().getParent());
            return new Journal(file, channel, lock, 2, channel.position());
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The start of a format-2 journal: the marker, the header twice, and {@code events}. */
    private static ByteBuffer start(Workshop workshop, List<Event> events) throws IOException {
        ObjectNode header = JournalCodec.MAPPER.createObjectNode();
        header.put("kind", "dialogforum-journal");
        header.put("format", 1);
        header.put("created", System.currentTimeMillis());
        header.set("workshop", WorkshopWriter.toTree(workshop));
        List<byte[]> payloads = new ArrayList<>();
        byte[] head = JournalCodec.encode(header);
        payloads.add(head);
        payloads.add(head);
        for (Event e : events) {
            addRecords(payloads, e, 2);
        }
        int size = JournalCodec.MAGIC.length;
        for (byte[] p : payloads) {
            size += JournalCodec.RECORD_HEADER + p.length;
        }
        ByteBuffer buf = ByteBuffer.allocate(size).order(ByteOrder.BIG_ENDIAN);
        buf.put(JournalCodec.MAGIC);
        payloads.forEach(p -> JournalCodec.putRecord(buf, p, 2));
        return buf.flip();
    }

    /** A journal opened to continue its meeting, with what recovery found. */
    public record Opened(Journal journal, Recovery recovery) {}

    /**
     * Opens a journal to continue its meeting. An unfinished last record (the program stopped while
     * writing it) is cut off. A journal with damage is first kept as it is beside itself (its name with
     * {@code .damaged-<time>}), then written again with every good event, so the meeting goes on in a
     * whole journal.
     */
    public static Opened open(Path file) throws IOException, JournalException {
        return open(file, fraction -> {});
    }

    /**
     * {@link #open(Path)}, telling {@code progress} how far reading the journal has come: a fraction, from any
     * thread, now and then.
     */
    public static Opened open(Path file, DoubleConsumer progress) throws IOException, JournalException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        Recovery recovery;
        try {
            lock = lockOrFail(channel, file);
            recovery = JournalReader.read(file, progress);
        } catch (IOException | JournalException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (recovery.damage().isEmpty() && !recovery.headerDamaged()) {
            try {
                if (recovery.tornBytes() > 0) {
                    channel.truncate(recovery.keptBytes());
                    channel.force(true);
                }
                channel.position(recovery.keptBytes());
                return new Opened(new Journal(file, channel, lock, recovery.format(), recovery.keptBytes()), recovery);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
        lock.release();
        channel.close();
        Path original = file.resolveSibling(file.getFileName() + ".damaged-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.copy(file, original, StandardCopyOption.COPY_ATTRIBUTES);
        Path fresh = file.resolveSibling("." + file.getFileName() + ".repair");
        Files.deleteIfExists(fresh);
        create(fresh, recovery.workshop(), recovery.events()).close();
        Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(file.toAbsolutePath().getParent());
        Opened again = open(file);
        return new Opened(again.journal(), recovery.withOriginal(original));
    }

    /** Reads a journal without changing it. */
    public static Recovery read(Path file) throws IOException, JournalException {
        return JournalReader.read(file, fraction -> {});
    }

    @Override
    public synchronized void append(List<Event> events) throws IOException {
        if (!open) {
            throw new IOException("journal is closed: " + file);
        }
        List<byte[]> payloads = new ArrayList<>(events.size());
        int size = 0;
        for (Event e : events) {
            addRecords(payloads, e, format);
            meetingClosed |= e instanceof Event.MeetingClosed;
        }
        for (byte[] p : payloads) {
            size += JournalCodec.recordHeader(format) + p.length;
        }
        ByteBuffer buf = ByteBuffer.allocate(size).order(ByteOrder.BIG_ENDIAN);
        payloads.forEach(p -> JournalCodec.putRecord(buf, p, format));
        buf.flip();
        try {
            if (unsure) {
                // An earlier write failed part way (a full disk): cut back to the last durable record.
                channel.truncate(durableEnd);
                channel.position(durableEnd);
                unsure = false;
            }
            writeFully(channel, buf);
            channel.force(false);
            durableEnd = channel.position();
        } catch (IOException e) {
            // Leave no half-written batch behind; if even that fails, the next append tries again.
            unsure = true;
            try {
                channel.truncate(durableEnd);
                channel.position(durableEnd);
                unsure = false;
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
    }

    /**
     * Checks that the journal can be written again after a failed append: cuts back to the last durable
     * record, then writes and syncs 64 KiB beyond it (room for the next batches) and takes it away again.
     */
    @Override
    public synchronized void check() throws IOException {
        if (!open) {
            throw new IOException("journal is closed: " + file);
        }
        channel.truncate(durableEnd);
        try {
            channel.position(durableEnd);
            writeFully(channel, ByteBuffer.allocate(64 * 1024));
            channel.force(false);
        } finally {
            channel.truncate(durableEnd);
            channel.position(durableEnd);
            channel.force(false);
        }
    }

    /** The records of one event: the opening of the meeting is written twice in format 2, like the header. */
    private static void addRecords(List<byte[]> payloads, Event e, int format) throws IOException {
        byte[] p = JournalCodec.encode(e);
        payloads.add(p);
        if (format != 1 && e instanceof Event.MeetingOpened) {
            payloads.add(p);
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
        SafeFiles.syncDirectory(dir);
    }
}
