package dk.dialogforum.ui.kit;

import dk.dialogforum.util.SafeFiles;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import javafx.scene.text.Font;

/**
 * The faces the program ships, loaded where they lie. Given a face as a stream, JavaFX writes it to a file in
 * the temp folder and deletes that only when the program exits normally: a laptop that died, or a program
 * that was killed, left 1.5 MB there each time. Given a file it reads it in place. From the folder of the
 * program's classes the face is such a file; from the program's jar it is a copy kept in the data folder,
 * made once for each version of the face (named by its checksum in the jar). Where neither can be had (a
 * data folder that cannot be written), the face is loaded from the stream as before.
 */
final class Faces {
    private Faces() {}

    /** Loads the shipped face {@code /fonts/name}; the platform's default font stands in if it cannot be. */
    static void load(String name, Path keptIn) {
        URL url = Faces.class.getResource("/fonts/" + name);
        if (url == null) {
            return;
        }
        String inPlace = fileUrl(file(url, keptIn));
        if (inPlace != null && Font.loadFont(inPlace, 12) != null) {
            return;
        }
        try (InputStream in = url.openStream()) {
            Font.loadFont(in, 12);
        } catch (IOException e) {
            // The platform's default font is used instead.
        }
    }

    /** The face at {@code url} as a file that JavaFX can read in place, or null if there is none. */
    static Path file(URL url, Path keptIn) {
        try {
            return switch (url.getProtocol()) {
                case "file" -> Path.of(url.toURI());
                case "jar" -> kept((JarURLConnection) url.openConnection(), keptIn);
                default -> null;
            };
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static Path kept(JarURLConnection jar, Path folder) throws IOException {
        JarEntry entry = jar.getJarEntry();
        if (entry.getCrc() < 0 || entry.getSize() < 0) {
            return null;
        }
        String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        Path copy = folder.resolve(base + "-" + Long.toHexString(entry.getCrc()) + ext);
        if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize()) {
            return copy;
        }
        try (InputStream in = jar.getInputStream()) {
            SafeFiles.write(copy, in.readAllBytes());
        }
        return copy;
    }

    /**
     * The URL JavaFX reads a file from in place. It takes the URL's path as written, without decoding it, so a
     * folder with a space or a letter like "ø" in its name must not be percent-encoded; a path it would cut
     * short (at "#" or "?") has none.
     */
    static String fileUrl(Path file) {
        if (file == null) {
            return null;
        }
        String path = file.toAbsolutePath().toString().replace(File.separatorChar, '/');
        if (path.indexOf('#') >= 0 || path.indexOf('?') >= 0) {
            return null;
        }
        return "file:" + (path.startsWith("/") ? "" : "/") + path;
    }
}
