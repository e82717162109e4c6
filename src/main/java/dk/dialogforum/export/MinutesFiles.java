package dk.dialogforum.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Writes the minutes' files of one meeting at once, each on a thread of its own: the workbook, the PDF referat and
 * the Word referat read the same input and share nothing else, and a laptop has cores to spare while the
 * secretariat waits. Each file is written whole or not at all ({@link ExportFiles}); one that fails does not keep
 * the others from being written.
 */
public final class MinutesFiles {
    private MinutesFiles() {}

    /**
     * What was written: the files in the order asked, those that failed with why, and the texts with characters
     * the PDF could not draw.
     */
    public record Written(List<Path> files, Map<Path, Exception> failed, List<String> undrawn) {
        /** Throws why the first file that failed did, if one did. */
        public void throwIfFailed() throws IOException {
            for (Exception e : failed.values()) {
                if (e instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) e;
            }
        }
    }

    private interface Writer {
        List<String> write() throws IOException;
    }

    /** Writes each of {@code xlsx}, {@code pdf} and {@code docx} that is not null, at once. */
    public static Written write(ExportInput in, Path xlsx, Path pdf, Path docx) {
        Map<Path, FutureTask<List<String>>> tasks = new LinkedHashMap<>();
        add(tasks, xlsx, () -> {
            WorkbookExport.write(in, xlsx);
            return List.of();
        });
        add(tasks, pdf, () -> PdfReferat.write(in, pdf));
        add(tasks, docx, () -> {
            WordReferat.write(in, docx);
            return List.of();
        });
        tasks.forEach((file, task) -> {
            Thread t = new Thread(task, "export-" + file.getFileName());
            t.setDaemon(true);
            t.start();
        });
        List<Path> files = new ArrayList<>();
        Map<Path, Exception> failed = new LinkedHashMap<>();
        List<String> undrawn = new ArrayList<>();
        tasks.forEach((file, task) -> {
            try {
                undrawn.addAll(waitFor(task));
                files.add(file);
            } catch (IOException | RuntimeException e) {
                failed.put(file, e);
            }
        });
        return new Written(List.copyOf(files), Collections.unmodifiableMap(failed), List.copyOf(undrawn));
    }

    private static void add(Map<Path, FutureTask<List<String>>> tasks, Path file, Writer writer) {
        if (file != null) {
            tasks.put(file, new FutureTask<>(writer::write));
        }
    }

    private static List<String> waitFor(Future<List<String>> task) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The files are being written whole or not at all: wait for them, and say so after.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
