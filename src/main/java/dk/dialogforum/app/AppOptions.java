package dk.dialogforum.app;

import dk.dialogforum.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the program was asked to start: {@code --lang da|en}; {@code --demo} runs a meeting of the built-in
 * workshop with simulated tables ({@code --demo-speed N} plays it N times faster; {@code --demo-log} prints
 * each acknowledged command); {@code --table} starts as a table laptop; a file to open at once.
 */
public record AppOptions(Locale locale, Demo demo, boolean tableMode, List<String> files) {
    /** A demo: a new meeting of the built-in workshop, played by simulated tables. */
    public record Demo(double speed, boolean log) {}

    /** An option the program does not know. */
    public static final class UnknownOption extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String option;
        private final transient Locale locale;

        UnknownOption(String option, Locale locale) {
            super(option);
            this.option = option;
            this.locale = locale;
        }

        public String option() {
            return option;
        }

        /** The language asked for before it, in which to say so. */
        public Locale locale() {
            return locale;
        }
    }

    public AppOptions {
        files = List.copyOf(files);
    }

    /** The facilitator's program in Danish, with nothing to open. */
    public static AppOptions defaults() {
        return new AppOptions(Texts.DANISH, null, false, List.of());
    }

    /** Reads the command line's options; an option it does not know is refused by name. */
    public static AppOptions parse(List<String> args) {
        Locale locale = Texts.DANISH;
        boolean demo = false;
        boolean table = false;
        double speed = 1;
        boolean log = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--lang" -> locale = Texts.forLanguage(i + 1 < args.size() ? args.get(++i) : "da");
                case "--demo" -> demo = true;
                case "--demo-speed" -> speed = Double.parseDouble(i + 1 < args.size() ? args.get(++i) : "1");
                case "--demo-log" -> log = true;
                case "--table" -> table = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UnknownOption(arg, locale);
                    }
                    rest.add(arg);
                }
            }
        }
        return new AppOptions(locale, demo ? new Demo(speed, log) : null, table, rest);
    }
}
