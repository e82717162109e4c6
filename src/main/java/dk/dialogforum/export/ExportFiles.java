package dk.dialogforum.export;

import java.nio.file.Path;
import java.util.UUID;

/** Exports are written beside their target under a temporary name and renamed when complete. */
final class ExportFiles {
    private ExportFiles() {
    }

    /** Something that writes a whole document to a stream. */
    @FunctionalInterface
    interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /** Writes {@code target} through a temporary file beside it, so a half-written export never appears. */
    static void writeAtomically(Path target, Writer writer) throws java.io.IOException {
        Path tmp = temporarySibling(target);
        try {
            try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                writer.write(os);
            }
            java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    static Path temporarySibling(Path target) throws java.io.IOException {
        Path absolute = target.toAbsolutePath();
        java.nio.file.Files.createDirectories(absolute.getParent());
        return absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
    }
}
