package dk.dialogforum.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Exports are written beside their target under a temporary name and renamed when complete. */
final class ExportFiles {
    private ExportFiles() {}

    /** Something that writes a whole document to a stream. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code target} through a temporary file beside it, so a half-written export never appears. */
    static void writeAtomically(Path target, Writer writer) throws IOException {
        Path tmp = temporarySibling(target);
        try {
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                writer.write(os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Path temporarySibling(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        return absolute.resolveSibling("." + absolute.getFileName() + "."
                + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
    }
}
