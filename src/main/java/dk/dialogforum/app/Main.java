package dk.dialogforum.app;

import dk.dialogforum.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts Dialogforum. Options: {@code --lang da|en}; {@code --demo} runs a meeting of the built-in
 * workshop with simulated tables ({@code --demo-speed N} plays it N times faster; {@code --demo-log}
 * prints each acknowledged command); {@code --table} starts as a table laptop. A file argument (a meeting file,
 * or a workshop file to start a new meeting from) is opened at once, as a double-click on the file does. {@code export MEETING-FILE --xlsx OUT --pdf OUT} writes the minutes
 * without a display.
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
        Locale locale = Texts.DANISH;
        DialogforumApp.Demo demo = null;
        double speed = 1;
        boolean log = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lang" -> locale = Texts.forLanguage(i + 1 < args.length ? args[++i] : "da");
                case "--demo" -> demo = new DialogforumApp.Demo(1, false);
                case "--demo-speed" -> speed = Double.parseDouble(i + 1 < args.length ? args[++i] : "1");
                case "--demo-log" -> log = true;
                case "--table" -> DialogforumApp.tableMode(true);
                default -> {
                    if (args[i].startsWith("--")) {
                        System.err.println(Texts.get(locale, "cli.unknownOption", args[i]));
                        System.exit(2);
                    }
                    rest.add(args[i]);
                }
            }
        }
        if (demo != null) {
            demo = new DialogforumApp.Demo(speed, log);
        }
        DialogforumApp.run(locale, demo, rest.toArray(String[]::new));
    }
}
