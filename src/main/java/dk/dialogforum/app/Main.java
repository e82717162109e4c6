package dk.dialogforum.app;

import dk.dialogforum.journal.DataFolder;
import dk.dialogforum.text.Texts;

import java.io.IOException;
import java.util.List;
import javafx.application.Application;

/**
 * Starts Dialogforum: the program ({@link AppOptions} says with which options), or one of the commands
 * that need no display ({@link ExportCommand}): {@code export MEETING-FILE --xlsx OUT --pdf OUT}, which
 * writes the minutes, {@code worksheets --pdf OUT}, and {@code help}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // The spreadsheet library logs through Log4j's API; without this it complains that no logger is set up.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty(
                    "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(ExportCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals("help") || args[0].equals("--help"))) {
            System.exit(ExportCommand.help(args, System.out));
        }
        if (args.length > 0 && args[0].equals("worksheets")) {
            System.exit(ExportCommand.worksheets(args, System.out, System.err));
        }
        try {
            AppOptions.parse(List.of(args));
        } catch (AppOptions.UnknownOption e) {
            System.err.println(Texts.get(e.locale(), "cli.unknownOption", e.option()));
            System.exit(2);
        }
        try {
            Logs.start(DataFolder.root().resolve("logs"));
        } catch (IOException | RuntimeException e) {
            // The program runs without its log file; the console still gets every message.
            System.err.println("no log file: " + e);
        }
        // The program reads the same options from its parameters.
        Application.launch(DialogforumApp.class, args);
    }
}
