package dk.dialogforum.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The program's log, in the data folder's {@code logs/}: a meeting that goes wrong leaves a trace the
 * secretariat can send. The files rotate ({@value #FILES} of {@value #LIMIT_BYTES} bytes at most), so a
 * long day never fills the disk; the newest is {@code dialogforum-0.log}.
 */
public final class Logs {
    static final int LIMIT_BYTES = 5 * 1024 * 1024;
    static final int FILES = 5;
    /** One line a record: when, how grave, where, what; then the exception, if any. */
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n";

    private Logs() {}

    /** Writes the program's log into {@code folder} from now on, and logs what no thread caught. */
    public static void start(Path folder) throws IOException {
        start(folder, LIMIT_BYTES, FILES);
    }

    static FileHandler start(Path folder, int limitBytes, int files) throws IOException {
        Files.createDirectories(folder);
        FileHandler file = new FileHandler(folder.resolve("dialogforum-%g.log").toString(), limitBytes, files, true);
        file.setEncoding("UTF-8");
        file.setFormatter(new Line());
        file.setLevel(Level.INFO);
        Logger root = LogManager.getLogManager().getLogger("");
        root.addHandler(file);
        Logger log = Logger.getLogger(Logs.class.getName());
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            log.log(Level.SEVERE, "uncaught on " + thread.getName(), e);
            if (before != null) {
                before.uncaughtException(thread, e);
            }
        });
        return file;
    }

    /** A record as one line, and its exception's stack trace under it. */
    private static final class Line extends Formatter {
        @Override
        public String format(LogRecord r) {
            String thrown = "";
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                trace.write(System.lineSeparator());
                r.getThrown().printStackTrace(new PrintWriter(trace));
                thrown = trace.toString().stripTrailing();
            }
            return String.format(
                    FORMAT,
                    ZonedDateTime.ofInstant(r.getInstant(), ZoneId.systemDefault()),
                    null,
                    r.getLoggerName(),
                    r.getLevel().getName(),
                    formatMessage(r),
                    thrown);
        }
    }
}
