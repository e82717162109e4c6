package dk.dialogforum.app;

import dk.dialogforum.text.Texts;
import javafx.application.Application;

import java.util.List;

/**
 * Starts Dialogforum: the program ({@link AppOptions} says with which options), or {@code export
 * MEETING-FILE --xlsx OUT --pdf OUT}, which writes the minutes without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The spreadsheet library logs through Log4j's API; without this it complains that no logger is set up.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(ExportCommand.run(args, System.out, System.err));
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
        // The program reads the same options from its parameters.
        Application.launch(DialogforumApp.class, args);
    }
}
