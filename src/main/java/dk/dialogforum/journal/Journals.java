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
import java.util.Locale;
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

    private static long modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    public Path newJournalFile() {
        return folder.resolve("meeting-" + LocalDateTime.now().format(STAMP) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + Journal.SUFFIX);
    }

    /**
     * A meeting that was not closed: the program stopped (or crashed) while it was open. A journal that
     * cannot be resumed (its start is damaged) is listed too, with {@code problem} saying why.
     */
    public record Unfinished(
            Path file, String title, long lastModified, int events, Recovery recovery, JournalException problem) {

        public boolean resumable() {
            return problem == null;
        }

        /** What is wrong with the journal, for the user; empty if nothing is. */
        public String problems(Locale locale) {
            return problem != null ? problem.message(locale) : recovery.problems(locale);
        }
    }

    /** Journals of meetings that were never closed, newest first, each with what reading it found. */
    public List<Unfinished> unfinished() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Unfinished> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(Journal.SUFFIX))
                    .toList()) {
                long modified = modified(f);
                try {
                    Recovery r = Journal.read(f);
                    boolean closed = r.events().stream().anyMatch(e -> e instanceof Event.MeetingClosed);
                    if (!closed) {
                        result.add(new Unfinished(
                                f,
                                r.workshop().meeting().title(),
                                modified,
                                r.events().size(),
                                r,
                                null));
                    }
                } catch (JournalException e) {
                    result.add(new Unfinished(f, String.valueOf(f.getFileName()), modified, 0, null, e));
                } catch (IOException e) {
                    result.add(new Unfinished(
                            f,
                            String.valueOf(f.getFileName()),
                            modified,
                            0,
                            null,
                            new JournalException(
                                    "journal.error.io", String.valueOf(f.getFileName()), String.valueOf(e))));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        result.sort(Comparator.comparingLong(Unfinished::lastModified).reversed());
        return result;
    }
}
