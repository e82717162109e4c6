package dk.dialogforum.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.CRC32;

/**
 * What the start screen tells of the built-in workshop: its title, subtitle and how much it holds. The
 * build writes it beside the workshop ({@link #main}), so the start screen shows it without reading and
 * checking the workshop first, which costs a fresh program a few hundred milliseconds of loading the JSON
 * library. It carries a checksum of the workshop it was made from; one that does not match the workshop
 * in the program is not used, and the workshop is read instead.
 */
public record BuiltInSummary(String title, String subtitle, int challenges, int statements, int cards, int tables) {
    /** Where the build puts it: beside the built-in workshop, named after it. */
    static final String RESOURCE = WorkshopLoader.BUILT_IN.replace(".json", ".summary.properties");

    public static BuiltInSummary of(Workshop w) {
        return new BuiltInSummary(
                w.meeting().title(),
                w.meeting().subtitle() == null ? "" : w.meeting().subtitle(),
                w.ranking().items().size(),
                w.enquete().statements().size(),
                w.cards().size(),
                w.tables().size());
    }

    /** The built-in workshop's summary: the one the build wrote if it was made from this workshop, else read from the workshop. */
    public static BuiltInSummary read() {
        try (InputStream summary = BuiltInSummary.class.getResourceAsStream(RESOURCE)) {
            BuiltInSummary made = summary == null ? null : read(summary, workshopBytes());
            if (made != null) {
                return made;
            }
        } catch (IOException | RuntimeException e) {
            // read from the workshop below
        }
        return of(WorkshopLoader.builtIn());
    }

    /** The summary in {@code summary} if it was made from {@code workshop} and is whole, else null. */
    static BuiltInSummary read(InputStream summary, byte[] workshop) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(summary, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        if (!Long.toHexString(checksum(workshop)).equals(p.getProperty("workshop.crc32"))) {
            return null;
        }
        try {
            String title = p.getProperty("title");
            String subtitle = p.getProperty("subtitle");
            if (title == null || subtitle == null) {
                return null;
            }
            return new BuiltInSummary(
                    title,
                    subtitle,
                    Integer.parseInt(p.getProperty("challenges")),
                    Integer.parseInt(p.getProperty("statements")),
                    Integer.parseInt(p.getProperty("cards")),
                    Integer.parseInt(p.getProperty("tables")));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Writes the summary of {@code workshop} (whose file holds {@code workshopBytes}) to {@code out}. */
    static void write(BuiltInSummary s, byte[] workshopBytes, Writer out) throws IOException {
        Properties p = new Properties();
        p.setProperty("workshop.crc32", Long.toHexString(checksum(workshopBytes)));
        p.setProperty("title", s.title());
        p.setProperty("subtitle", s.subtitle());
        p.setProperty("challenges", String.valueOf(s.challenges()));
        p.setProperty("statements", String.valueOf(s.statements()));
        p.setProperty("cards", String.valueOf(s.cards()));
        p.setProperty("tables", String.valueOf(s.tables()));
        StringWriter text = new StringWriter();
        p.store(text, "Written by the build from " + WorkshopLoader.BUILT_IN + "; do not edit");
        // Without the date line Properties adds, the same workshop gives the same file.
        String[] lines = text.toString().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (i != 1) {
                out.write(lines[i]);
                out.write('\n');
            }
        }
    }

    static byte[] workshopBytes() throws IOException {
        try (InputStream in = BuiltInSummary.class.getResourceAsStream(WorkshopLoader.BUILT_IN)) {
            if (in == null) {
                throw new IOException("missing resource " + WorkshopLoader.BUILT_IN);
            }
            return in.readAllBytes();
        }
    }

    private static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The build's step: reads and checks the built-in workshop and writes its summary to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path to = Path.of(args[0]);
        Files.createDirectories(to.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            write(of(WorkshopLoader.builtIn()), workshopBytes(), out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
