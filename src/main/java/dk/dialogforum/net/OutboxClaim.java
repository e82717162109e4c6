package dk.dialogforum.net;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The outbox folder a table window on this computer has to itself. The first window takes {@code base};
 * another window open at the same time (a rehearsal with two tables on one computer) takes
 * {@code base-2}, and so on, so no two windows write into one outbox. The claim lasts until it is
 * closed or the program ends.
 */
public final class OutboxClaim implements AutoCloseable {
    private static final int MOST = 50;
    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private OutboxClaim(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Claims the first of {@code base}, {@code base-2}, … that no other window holds. */
    public static OutboxClaim claim(Path base) throws IOException {
        for (int n = 1; n <= MOST; n++) {
            Path folder = n == 1 ? base : base.resolveSibling(base.getFileName() + "-" + n);
            Files.createDirectories(folder);
            FileChannel ch =
                    FileChannel.open(folder.resolve(".in-use"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                return new OutboxClaim(folder, ch, lock);
            }
            ch.close();
        }
        throw new IOException("more than " + MOST + " table windows on this computer");
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /**
     * The meeting this laptop has a seat in, read from the outbox without taking it (null if none): a table
     * program that restarts knows the meeting again when it is found on the network.
     */
    public String seatedIn() {
        return Outbox.seatedIn(folder());
    }
}
