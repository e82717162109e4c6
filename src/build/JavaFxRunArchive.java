import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes the class-data archive that {@code ./mvnw javafx:run} starts the program with: the classes of the JDK and
 * of JavaFX that the start screen loads, read from the archive instead of from their jars. Only those: the JVM
 * makes no archive of classes in a folder, and {@code target/classes} comes first on the run's class path. Run by
 * the build (a source-file program, not part of the program), in the step after the classes are compiled:
 *
 * <pre>java src/build/JavaFxRunArchive.java ARCHIVE CLASSPATH MAIN-CLASS</pre>
 *
 * It records the classes a headless start of MAIN-CLASS loads until its first frame (CLASSPATH holds the
 * program, JavaFX and the headless platform), then dumps those of the JDK and JavaFX, with the JavaFX jars of
 * CLASSPATH as the module path. Made again only when the JDK or the JavaFX jars change. It never fails the build:
 * without the archive the program starts as it would without this step, and it says why.
 */
public class JavaFxRunArchive {
    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        String classpath = args[1];
        String mainClass = args[2];
        List<String> javafx = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("javafx-") && name.endsWith(".jar")) {
                javafx.add(entry);
            }
        }
        javafx.sort(null);
        Path stamp = archive.resolveSibling(archive.getFileName() + ".made-from");
        String madeFrom = madeFrom(javafx);
        if (Files.exists(archive) && Files.exists(stamp) && Files.readString(stamp).equals(madeFrom)) {
            return;
        }
        Path work = Files.createTempDirectory(archive.getParent(), "javafx-run-archive");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path loaded = work.resolve("loaded.classlist");
            run(List.of(
                    java,
                    "-XX:DumpLoadedClassList=" + loaded,
                    "-Dglass.platform=Monocle",
                    "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw",
                    "-Djava.awt.headless=true",
                    "-Ddialogforum.firstFrame=exit",
                    "-Ddialogforum.data=" + work.resolve("data"),
                    "-Djava.io.tmpdir=" + work,
                    "-classpath",
                    classpath,
                    mainClass));
            Path list = work.resolve("jdk-and-javafx.classlist");
            Set<String> kept = new LinkedHashSet<>();
            for (String line : Files.readAllLines(loaded, StandardCharsets.UTF_8)) {
                String[] words = line.split(" ");
                String name = words[0].startsWith("@") && words.length > 1 ? words[1] : words[0];
                if (!line.startsWith("#") && isJdkOrJavaFx(name)) {
                    kept.add(line);
                }
            }
            // The headless start does not load the window system's, the renderer's and the fonts' own classes
            // that a start on a screen does: those of this platform's JavaFX are all taken.
            for (String jar : javafx) {
                try (ZipFile zip = new ZipFile(jar)) {
                    zip.stream()
                            .map(ZipEntry::getName)
                            .filter(n -> n.endsWith(".class") && PLATFORM.stream().anyMatch(n::startsWith))
                            .forEach(n -> kept.add(n.substring(0, n.length() - ".class".length())));
                }
            }
            Files.write(list, kept, StandardCharsets.UTF_8);
            Path made = work.resolve("archive.jsa");
            run(List.of(
                    java,
                    "-Xshare:dump",
                    "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + made,
                    // As javafx:run gives them: a JVM that finds other values uses less of the archive, and says so.
                    "--module-path",
                    String.join(File.pathSeparator, javafx),
                    "--add-modules",
                    modules(javafx)));
            // The JVM writes its archives read-only, which Windows will not replace.
            archive.toFile().setWritable(true);
            Files.deleteIfExists(archive);
            Files.move(made, archive);
            Files.writeString(stamp, madeFrom);
        } catch (IOException | RuntimeException e) {
            System.out.println("javafx:run starts without a class-data archive: " + e.getMessage());
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The JavaFX modules of the jars, as javafx:run lists them: javafx-base-21.0.6-linux.jar is javafx.base. */
    private static String modules(List<String> jars) {
        Set<String> names = new TreeSet<>();
        for (String jar : jars) {
            String name = Path.of(jar).getFileName().toString();
            names.add("javafx." + name.substring("javafx-".length(), name.indexOf('-', "javafx-".length())));
        }
        return String.join(",", names);
    }

    /** What the archive depends on: the JVM and the JavaFX jars, each by its size and time. */
    private static String madeFrom(List<String> javafx) throws IOException {
        StringBuilder s = new StringBuilder(System.getProperty("java.home"))
                .append(' ')
                .append(System.getProperty("java.vm.version"));
        for (String jar : javafx) {
            Path p = Path.of(jar);
            s.append('\n').append(jar).append(' ').append(Files.size(p));
            s.append(' ').append(Files.getLastModifiedTime(p));
        }
        return s.toString();
    }

    /** The packages of JavaFX's window system, renderers and fonts, of which a headless start loads others. */
    private static final List<String> PLATFORM = List.of("com/sun/glass/ui/", "com/sun/prism/", "com/sun/javafx/font/");

    private static boolean isJdkOrJavaFx(String name) {
        return (name.startsWith("java/")
                        || name.startsWith("javax/")
                        || name.startsWith("jdk/")
                        || name.startsWith("sun/")
                        || name.startsWith("com/sun/")
                        || name.startsWith("javafx/"))
                && !name.startsWith("com/sun/glass/ui/monocle/");
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command.get(1));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            throw new IOException("interrupted");
        }
        if (p.exitValue() != 0) {
            throw new IOException(command.get(1) + " ended with " + p.exitValue());
        }
    }
}
