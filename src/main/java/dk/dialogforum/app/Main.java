package dk.dialogforum.app;

import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.DialogforumApp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Starts Dialogforum. Options: {@code --lang da|en}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Locale locale = Texts.DANISH;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                locale = Texts.forLanguage(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        DialogforumApp.run(locale, rest.toArray(String[]::new));
    }
}
