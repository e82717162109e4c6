package dk.dialogforum.journal;

import dk.dialogforum.meeting.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

        /** A journal found but not yet read: what it holds is told once it is. */
        public static Unfinished reading(Path file) {
            return new Unfinished(file, String.valueOf(file.getFileName()), modified(file), 0, null, null);
        }

        /** Whether the journal has been read (whole, damaged or unreadable), not only found. */
        public boolean read() {
            return recovery != null || problem != null;
        }

        /** What is wrong with the journal, for the user; empty if nothing is. */
        public String problems(Locale locale) {
            return problem != null ? problem.message(locale) : recovery.problems(locale);
        }
    }

    /** A meeting that was ended, with when its journal was last written (the end) and how much it holds. */
    public record Ended(Path file, String title, long endedAt, int tables, int items, int ballots) {}

    /** What the journals folder holds: the unfinished meetings and the ended ones, each newest first. */
    public record Found(List<Unfinished> unfinished, List<Ended> ended) {
        /** What this and {@code more} found together, each list newest first. */
        public Found and(Found more) {
            List<Unfinished> u = new ArrayList<>(unfinished);
            u.addAll(more.unfinished());
            u.sort(Comparator.comparingLong(Unfinished::lastModified).reversed());
            List<Ended> e = new ArrayList<>(ended);
            e.addAll(more.ended());
            e.sort(Comparator.comparingLong(Ended::endedAt).reversed());
            return new Found(List.copyOf(u), List.copyOf(e));
        }
    }

    /** Journals of meetings that were never closed, newest first, each with what reading it found. */
    public List<Unfinished> unfinished() {
        return notFiled().unfinished();
    }

    /**
     * The meetings whose journals are not filed away as ended: the unfinished ones, and any ended but not
     * yet filed. What the start screen must show at once (a meeting to resume); the filed ones come after.
     */
    public Found notFiled() {
        return read(open(files()));
    }

    /** The journals {@link #notFiled} reads, only found: what the start screen shows while it reads them. */
    public List<Path> notFiledFound() {
        return open(files());
    }

    /** The newest {@code newest} meetings filed away as ended, newest first (one that cannot be read, as unfinished). */
    public Found filed(int newest) {
        return read(filed(files(), newest));
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(Journal.SUFFIX)
                            || p.getFileName().toString().endsWith(Journal.DONE_SUFFIX))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> open(List<Path> journals) {
        return journals.stream()
                .filter(p -> !p.getFileName().toString().endsWith(Journal.DONE_SUFFIX))
                .toList();
    }

    private static List<Path> filed(List<Path> journals, int newest) {
        return journals.stream()
                .filter(p -> p.getFileName().toString().endsWith(Journal.DONE_SUFFIX))
                .sorted(Comparator.comparingLong(Journals::modified).reversed())
                .limit(newest)
                .toList();
    }

    private static Found read(List<Path> journals) {
        List<Unfinished> result = new ArrayList<>();
        List<Ended> endedRead = new ArrayList<>();
        for (Path f : journals) {
            long modified = modified(f);
            try {
                Recovery r = Journal.read(f);
                boolean closed = r.events().stream().anyMatch(e -> e instanceof Event.MeetingClosed);
                boolean done = f.getFileName().toString().endsWith(Journal.DONE_SUFFIX);
                if (closed || done) {
                    endedRead.add(ended(f, r, modified));
                } else {
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
                        new JournalException("journal.error.io", String.valueOf(f.getFileName()), String.valueOf(e))));
            }
        }
        result.sort(Comparator.comparingLong(Unfinished::lastModified).reversed());
        endedRead.sort(Comparator.comparingLong(Ended::endedAt).reversed());
        return new Found(List.copyOf(result), List.copyOf(endedRead));
    }

    private static Ended ended(Path f, Recovery r, long modified) {
        Set<String> tables = new HashSet<>();
        // A table's new ballot replaces its last: ballots are counted by who cast them, in which vote.
        Set<String> ballots = new HashSet<>();
        int items = 0;
        for (Event e : r.events()) {
            if (e instanceof Event.TableJoined j) {
                tables.add(j.tableId());
            } else if (e instanceof Event.ItemAdded) {
                items++;
            } else if (e instanceof Event.EnqueteBallotSubmitted b) {
                ballots.add("enquete\u0000" + b.tableId() + "\u0000" + b.ballotId());
            } else if (e instanceof Event.RankingBallotSubmitted b) {
                ballots.add("ranking\u0000" + b.tableId() + "\u0000" + b.ballotId());
            }
        }
        return new Ended(f, r.workshop().meeting().title(), modified, tables.size(), items, ballots.size());
    }
}
