package dk.dialogforum.ui.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The shipped faces are read in place, so nothing is left in the temp folder when the program dies: from the
 * classes' folder the face itself, from the program's jar a copy kept in the data folder, made once per version.
 */
class FacesTest {
    @TempDir
    Path dir;

    private static byte[] shipped(String name) throws IOException {
        try (InputStream in = FacesTest.class.getResourceAsStream("/fonts/" + name)) {
            return in.readAllBytes();
        }
    }

    private Path jarWith(String name, byte[] face) throws IOException {
        Path jar = Files.createTempFile(dir, "program", ".jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("fonts/" + name));
            zip.write(face);
            zip.closeEntry();
        }
        return jar;
    }

    private static URL faceIn(Path jar, String name) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return loader.getResource("fonts/" + name);
        }
    }

    @Test
    void fromTheClassesFolderTheFaceIsReadWhereItLies() throws Exception {
        URL url = FacesTest.class.getResource("/fonts/NotoSans-Regular.ttf");
        Path kept = dir.resolve("fonts");
        Path file = Faces.file(url, kept);
        assertEquals(Path.of(url.toURI()), file);
        assertArrayEquals(shipped("NotoSans-Regular.ttf"), Files.readAllBytes(file));
        assertEquals(false, Files.exists(kept), "nothing copied");
    }

    @Test
    void fromAJarTheFaceIsCopiedOnceIntoTheDataFolderAndKept() throws Exception {
        byte[] face = shipped("NotoSans-Bold.ttf");
        Path kept = dir.resolve("data folder ø").resolve("fonts");
        URL url = faceIn(jarWith("NotoSans-Bold.ttf", face), "NotoSans-Bold.ttf");

        Path first = Faces.file(url, kept);
        assertNotNull(first);
        assertEquals(kept, first.getParent());
        assertArrayEquals(face, Files.readAllBytes(first));
        Files.setLastModifiedTime(first, FileTime.fromMillis(0));

        // The next start finds it and writes nothing.
        Path again = Faces.file(faceIn(jarWith("NotoSans-Bold.ttf", face), "NotoSans-Bold.ttf"), kept);
        assertEquals(first, again);
        assertEquals(0, Files.getLastModifiedTime(again).toMillis(), "copied again");
        try (Stream<Path> files = Files.list(kept)) {
            assertEquals(1, files.count(), "a copy left half-written");
        }
    }

    @Test
    void aDamagedCopyIsMadeAnewAndAnotherVersionOfTheFaceGetsACopyOfItsOwn() throws Exception {
        byte[] face = shipped("NotoSans-Italic.ttf");
        Path kept = dir.resolve("fonts");
        Path copy = Faces.file(faceIn(jarWith("NotoSans-Italic.ttf", face), "NotoSans-Italic.ttf"), kept);
        Files.write(copy, new byte[100]);

        assertEquals(copy, Faces.file(faceIn(jarWith("NotoSans-Italic.ttf", face), "NotoSans-Italic.ttf"), kept));
        assertArrayEquals(face, Files.readAllBytes(copy));

        byte[] newer = face.clone();
        newer[newer.length - 1] ^= 1;
        Path other = Faces.file(faceIn(jarWith("NotoSans-Italic.ttf", newer), "NotoSans-Italic.ttf"), kept);
        assertNotEquals(copy, other);
        assertArrayEquals(newer, Files.readAllBytes(other));
        assertArrayEquals(face, Files.readAllBytes(copy), "the copy a running program reads was changed");
    }

    @Test
    void aDataFolderThatCannotBeWrittenLeavesTheStream() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("fonts"), "a file where the folder would be");
        URL url = faceIn(jarWith("NotoSans-Bold.ttf", shipped("NotoSans-Bold.ttf")), "NotoSans-Bold.ttf");
        assertNull(Faces.file(url, notAFolder));
    }

    @Test
    void theUrlJavaFxReadsInPlaceIsThePathAsWritten() {
        Path file = dir.resolve("Søren Ærø").resolve("NotoSans-Regular.ttf");
        String url = Faces.fileUrl(file);
        assertEquals("file:" + file.toAbsolutePath(), url);
        assertEquals(file.toAbsolutePath().toString(), new java.io.File(urlFile(url)).getPath());
        assertNull(Faces.fileUrl(dir.resolve("a#b").resolve("x.ttf")), "JavaFX would read a#b as a");
        assertNull(Faces.fileUrl(null));
    }

    /** What JavaFX's Font.loadFont(String) reads the file's path from. */
    @SuppressWarnings("deprecation")
    private static String urlFile(String url) {
        try {
            return new URL(url).getFile();
        } catch (java.net.MalformedURLException e) {
            throw new AssertionError(e);
        }
    }
}
