package dk.dialogforum.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Files of secrets beside the journal (the join code, the seats' tokens). */
final class PrivateFiles {
    private PrivateFiles() {}

    /**
     * Writes {@code bytes} to a temporary file readable by this user only, syncs it, then renames it over
     * {@code file}: a crash never leaves half a file, and no other user reads the secret.
     */
    static void write(Path file, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = folder.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
