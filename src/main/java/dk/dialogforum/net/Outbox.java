package dk.dialogforum.net;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.text.Texts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A table laptop's outbox on disk: every entry is written and synced before it is sent, and leaves only
 * when the host has acknowledged it (or refused it for good). The folder also keeps the laptop's seat and
 * the meeting they belong to; the seat and entries of another meeting are put aside, never sent there.
 */
final class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final String SEAT_FILE = "seat.token";
    private static final String MEETING_FILE = "meeting";
    private static final String KEY_FILE = "laptop-key";
    /** The folder an other meeting's seat and entries are put aside in is named this and the meeting's id. */
    private static final String ASIDE = "meeting-";

    /** A seat taken in the meeting: the table and the host's token for it. */
    record Seat(String tableId, String token) {}

    private final Path folder;
    private final Map<String, CompletableFuture<Wire.Ack>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    /** The dot votes among the entries waiting: once acknowledged, kept as the participant's own ({@link OwnDots}). */
    private final Map<String, Command.CastDots> dotVotes = new ConcurrentHashMap<>();

    private final AtomicLong sequence = new AtomicLong();
    /** This laptop's key, once read or made (see {@link #laptopKey()}). */
    private String key;

    /** The meeting the seat and entries belong to, once known. */
    private volatile String meeting;

    Outbox(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        Path known = folder.resolve(MEETING_FILE);
        if (Files.exists(known)) {
            String id = Files.readString(known).strip();
            // Only a name the host could have given (it names a folder); anything else is as if none were kept.
            meeting = Wire.isMeetingId(id) ? id : null;
        }
        loadEntries();
    }

    /** The meeting that a seat in {@code folder} belongs to, read without taking it (null if none). */
    static String seatedIn(Path folder) {
        try {
            Path known = folder.resolve(MEETING_FILE);
            if (!Files.exists(known) || !Files.exists(folder.resolve(SEAT_FILE))) {
                return null;
            }
            String id = Files.readString(known).strip();
            return Wire.isMeetingId(id) ? id : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    String meeting() {
        return meeting;
    }

    /** The seat kept here, if it is at {@code asked} (any table if null); null if none. */
    Seat seat(String asked) throws IOException {
        Path seat = folder.resolve(SEAT_FILE);
        if (!Files.exists(seat)) {
            return null;
        }
        String[] saved = Files.readString(seat).strip().split("\n");
        return saved.length == 2 && (asked == null || asked.equals(saved[0])) ? new Seat(saved[0], saved[1]) : null;
    }

    void keepSeat(Seat seat) throws IOException {
        Files.writeString(folder.resolve(SEAT_FILE), seat.tableId() + "\n" + seat.token());
    }

    /**
     * This laptop's own key, made once and kept in the folder for every meeting: offered to a host as the
     * token of a seat it asks for, so that asking again (an answer lost when the host stopped) is the same
     * laptop asking, not another.
     */
    String laptopKey() throws IOException {
        synchronized (files) {
            if (key == null) {
                Path file = folder.resolve(KEY_FILE);
                String kept = Files.exists(file) ? Files.readString(file).strip() : null;
                if (!SeatBook.usable(kept)) {
                    kept = SeatBook.drawn();
                    Files.writeString(file, kept);
                }
                key = kept;
            }
            return key;
        }
    }

    void forgetSeat() throws IOException {
        Files.deleteIfExists(folder.resolve(SEAT_FILE));
    }

    /** Reads the entries that wait in the folder; one that cannot be read stays on disk, unsent. */
    private void loadEntries() throws IOException {
        try (Stream<Path> pending = Files.list(folder)) {
            for (Path p : pending.filter(f -> f.getFileName().toString().endsWith(".cmd"))
                    .sorted()
                    .toList()) {
                Command c;
                long n;
                try {
                    c = Wire.MAPPER.readValue(Files.readString(p), Command.class);
                    n = Long.parseLong(p.getFileName().toString().replace(".cmd", ""));
                } catch (IOException | RuntimeException e) {
                    // Left on disk as it is: an entry that cannot be read is not sent, and not deleted.
                    LOG.warning("an outbox entry cannot be read and waits on disk: " + p);
                    continue;
                }
                files.put(c.commandId(), p);
                if (c instanceof Command.CastDots d) {
                    dotVotes.put(c.commandId(), d);
                }
                waiting.putIfAbsent(c.commandId(), new CompletableFuture<>());
                sequence.accumulateAndGet(n, Math::max);
            }
        }
    }

    /**
     * Writes {@code command} to the folder and syncs it. The future completes when the host has
     * acknowledged it, or exceptionally when it was refused for good.
     */
    CompletableFuture<Wire.Ack> put(Command command) throws IOException {
        byte[] json = Wire.MAPPER.writerFor(Command.class).writeValueAsBytes(command);
        // Not while the outbox is being put aside for another meeting (see enter).
        synchronized (files) {
            Path file = folder.resolve(String.format("%012d.cmd", sequence.incrementAndGet()));
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(json));
                ch.force(true);
            }
            CompletableFuture<Wire.Ack> result =
                    waiting.computeIfAbsent(command.commandId(), k -> new CompletableFuture<>());
            files.put(command.commandId(), file);
            if (command instanceof Command.CastDots d) {
                dotVotes.put(command.commandId(), d);
            }
            return result;
        }
    }

    /** Entries written and not yet answered. */
    int pending() {
        return files.size();
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    /** Every entry still waiting, oldest first; one acknowledged meanwhile or unreadable is left out. */
    List<Command> unanswered() {
        List<Command> out = new ArrayList<>();
        for (Path p : files.values().stream().sorted().toList()) {
            try {
                out.add(Wire.MAPPER.readValue(Files.readString(p), Command.class));
            } catch (IOException | RuntimeException e) {
                // Acknowledged meanwhile (the file is gone), or unreadable: nothing is sent for it now.
            }
        }
        return out;
    }

    /**
     * The host holds the entry {@code ack} answers: it leaves the folder, and a dot vote is kept as the seat's
     * participant's own dots on its card (only what the form starts from: losing it loses no entry).
     */
    void acknowledged(Wire.Ack ack) throws IOException {
        Command.CastDots dots = dotVotes.get(ack.commandId());
        Seat seat = dots == null ? null : seat(null);
        if (seat != null && files.containsKey(ack.commandId())) {
            try {
                OwnDots.keep(folder, seat.token(), dots.cardId(), dots.dots());
            } catch (IOException e) {
                LOG.warning("the participant's own dots could not be kept: " + e);
            }
        }
        settle(ack.commandId(), f -> f.complete(ack));
    }

    /** What the seat's participant gave on {@code cardId}, as last acknowledged here; empty if none. */
    Map<String, Integer> ownDots(String cardId) {
        try {
            Seat seat = seat(null);
            return seat == null ? Map.of() : OwnDots.of(folder, seat.token(), cardId);
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The host answered {@code commandId}: the entry leaves the folder, and its future is told {@code how}. */
    void settle(String commandId, Consumer<CompletableFuture<Wire.Ack>> how) throws IOException {
        dotVotes.remove(commandId);
        Path p = files.remove(commandId);
        if (p != null) {
            Files.deleteIfExists(p);
        }
        CompletableFuture<Wire.Ack> f = waiting.remove(commandId);
        if (f != null) {
            how.accept(f);
        }
    }

    /**
     * Makes the outbox the one of {@code id}'s meeting. A laptop that comes to another meeting than the one
     * its seat and entries belong to puts them aside, in a folder named after that meeting, and takes them
     * up again if it returns there: nothing written for one meeting is ever sent to another, or lost. True if
     * the seat and entries of another meeting were put aside.
     */
    boolean enter(String id) throws IOException {
        synchronized (files) {
            if (id.equals(meeting)) {
                return false;
            }
            boolean aside = meeting != null;
            if (aside) {
                putAside(Files.createDirectories(folder.resolve(ASIDE + meeting)));
            }
            Path back = folder.resolve(ASIDE + id);
            if (Files.isDirectory(back)) {
                try (Stream<Path> parked = Files.list(back)) {
                    for (Path p : parked.sorted().toList()) {
                        Files.move(p, folder.resolve(p.getFileName()));
                    }
                }
                Files.delete(back);
                loadEntries();
            }
            Files.writeString(folder.resolve(MEETING_FILE), id);
            meeting = id;
            return aside;
        }
    }

    private void putAside(Path aside) throws IOException {
        for (Map.Entry<String, Path> e : Map.copyOf(files).entrySet()) {
            Files.move(e.getValue(), aside.resolve(e.getValue().getFileName()));
            files.remove(e.getKey());
            dotVotes.remove(e.getKey());
            CompletableFuture<Wire.Ack> f = waiting.remove(e.getKey());
            if (f != null) {
                f.completeExceptionally(
                        new Refused("OTHER_MEETING", Texts.get(Texts.DANISH, "net.error.OTHER_MEETING")));
            }
        }
        for (String kept : List.of(SEAT_FILE, OwnDots.FILE)) {
            if (Files.exists(folder.resolve(kept))) {
                Files.move(folder.resolve(kept), aside.resolve(kept));
            }
        }
    }
}
