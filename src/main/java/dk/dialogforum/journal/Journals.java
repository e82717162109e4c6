package dk.dialogforum.journal;

import dk.dialogforum.meeting.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** The journals folder: where new meetings are journalled and where unfinished meetings are found. */
public final class Journals {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;

    public Journals(Path folder) {
        this.folder = folder;
    }

    public static Journals inDataFolder() {
        return new Journals(DataFolder.journals());
    }

    public Path folder() {
        return folder;
    }

    public Path newJournalFile() {
        return folder.resolve("meeting-" + LocalDateTime.now().format(STAMP) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + Journal.SUFFIX);
    }

    /** A meeting that was not closed: the program stopped (or crashed) while it was open. */
    public record Unfinished(Path file, String title, long lastModified, int events, Recovery.Cut cut) {}

    /** Journals of meetings that were never closed, newest first. Unreadable files are skipped. */
    public List<Unfinished> unfinished() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Unfinished> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(Journal.SUFFIX))
                    .toList()) {
                try {
                    Recovery r = Journal.read(f);
                    boolean closed = r.events().stream().anyMatch(e -> e instanceof Event.MeetingClosed);
                    if (!closed) {
                        result.add(new Unfinished(
                                f,
                                r.workshop().meeting().title(),
                                Files.getLastModifiedTime(f).toMillis(),
                                r.events().size(),
                                r.cut()));
                    }
                } catch (IOException | JournalException e) {
                    // Not a journal we can resume; leave it for a person to look at.
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        result.sort(Comparator.comparingLong(Unfinished::lastModified).reversed());
        return result;
    }
}
