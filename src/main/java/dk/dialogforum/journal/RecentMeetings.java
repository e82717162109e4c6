package dk.dialogforum.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The meeting files saved or opened lately, newest first, remembered in the data folder. */
public final class RecentMeetings {
    private static final int MAX = 8;
    private final Path file;

    public RecentMeetings(Path file) {
        this.file = file;
    }

    public static RecentMeetings inDataFolder() {
        return new RecentMeetings(DataFolder.root().resolve("recent-meetings.txt"));
    }

    /** The remembered files that still exist. */
    public List<Path> list() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .map(Path::of)
                    .filter(Files::isRegularFile)
                    .limit(MAX)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts {@code meeting} first; failing to remember it is never an error for the user. */
    public void add(Path meeting) {
        List<String> lines = new ArrayList<>();
        lines.add(meeting.toAbsolutePath().normalize().toString());
        for (Path p : list()) {
            String s = p.toAbsolutePath().normalize().toString();
            if (!lines.contains(s) && lines.size() < MAX) {
                lines.add(s);
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The list of recent meetings is a convenience.
        }
    }
}
