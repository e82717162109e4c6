package dk.dialogforum.export;

import java.nio.file.Path;
import java.util.UUID;

/** Exports are written beside their target under a temporary name and renamed when complete. */
final class ExportFiles {
    private ExportFiles() {
    }

    static Path temporarySibling(Path target) throws java.io.IOException {
        Path absolute = target.toAbsolutePath();
        java.nio.file.Files.createDirectories(absolute.getParent());
        return absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
    }
}
