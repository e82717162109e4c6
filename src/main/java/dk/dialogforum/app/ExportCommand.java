package dk.dialogforum.app;

import dk.dialogforum.export.ExportInput;
import dk.dialogforum.export.MinutesFiles;
import dk.dialogforum.export.PdfReferat;
import dk.dialogforum.export.WorksheetPdf;
import dk.dialogforum.journal.JournalException;
import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code export MEETING-FILE [--xlsx OUT.xlsx] [--pdf OUT.pdf] [--lang da|en]}: the minutes from a saved
 * meeting file, with no display. Exit code 0 on success, 2 on a usage error, 1 when the file or the
 * export fails; messages go to standard error.
 */
public final class ExportCommand {
    private ExportCommand() {}

    /**
     * {@code help [--lang da|en]} (also {@code --help}, and what the command-line launcher runs when given
     * nothing): what the commands are, on standard output. Exit code 0.
     */
    static int help(String[] args, PrintStream out) {
        Locale locale = null;
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                locale = Texts.forLanguage(args[i + 1]);
            }
        }
        out.println(Texts.get(locale, "cli.help"));
        out.println(Texts.get(locale, "cli.usage"));
        out.println(Texts.get(locale, "cli.usage.worksheets"));
        return 0;
    }

    /** {@code worksheets [WORKSHOP.json] --pdf OUT.pdf [--lang da|en]}: the paper forms, for the built-in workshop by default. */
    static int worksheets(String[] args, PrintStream out, PrintStream err) {
        Path workshopFile = null;
        Path pdf = null;
        Locale locale = null;
        for (int i = 1; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length;
            if (args[i].equals("--pdf") && hasValue) {
                pdf = Path.of(args[++i]);
            } else if (args[i].equals("--lang") && hasValue) {
                locale = Texts.forLanguage(args[++i]);
            } else if (workshopFile == null && !args[i].startsWith("--")) {
                workshopFile = Path.of(args[i]);
            } else {
                err.println(Texts.get(locale, "cli.usage.worksheets"));
                return 2;
            }
        }
        if (pdf == null) {
            err.println(Texts.get(locale, "cli.usage.worksheets"));
            return 2;
        }
        if (workshopFile != null && same(pdf, workshopFile)) {
            err.println(Texts.get(locale, "cli.overWorkshop", pdf));
            return 2;
        }
        try {
            Workshop w = workshopFile == null ? WorkshopLoader.builtIn() : WorkshopLoader.load(workshopFile);
            Locale l = locale == null ? Texts.forLanguage(w.language()) : locale;
            WorksheetPdf.write(w, l, pdf);
            out.println(Texts.get(l, "cli.exported", pdf));
            return 0;
        } catch (WorkshopException e) {
            err.println(e.message(locale == null ? Texts.DANISH : locale));
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println(Texts.get(locale, "cli.failed", String.valueOf(e.getMessage())));
            return 1;
        }
    }

    /**
     * Why the files asked for cannot be written as named, or null: one file named for two kinds (only
     * the last would be left), or a file named as the meeting file itself (the meeting would be lost).
     */
    private static String clash(Path meeting, Path xlsx, Path pdf, Path docx, Locale locale) {
        List<Path> seen = new ArrayList<>();
        for (Path p : Arrays.asList(xlsx, pdf, docx)) {
            if (p == null) {
                continue;
            }
            if (same(p, meeting)) {
                return Texts.get(locale, "cli.overMeeting", p);
            }
            for (Path q : seen) {
                if (same(p, q)) {
                    return Texts.get(locale, "cli.samePath", p);
                }
            }
            seen.add(p);
        }
        return null;
    }

    /** Whether {@code a} and {@code b} name one file: the same path, or (both there) one file by two names. */
    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path meeting = null;
        Path xlsx = null;
        Path pdf = null;
        Path docx = null;
        Locale locale = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--xlsx" -> xlsx = hasValue ? Path.of(args[++i]) : null;
                case "--pdf" -> pdf = hasValue ? Path.of(args[++i]) : null;
                case "--docx" -> docx = hasValue ? Path.of(args[++i]) : null;
                case "--lang" -> locale = hasValue ? Texts.forLanguage(args[++i]) : null;
                default -> {
                    if (meeting == null && !a.startsWith("--")) {
                        meeting = Path.of(a);
                    } else {
                        err.println(Texts.get(Texts.DANISH, "cli.usage"));
                        return 2;
                    }
                }
            }
        }
        if (meeting == null || (xlsx == null && pdf == null && docx == null)) {
            err.println(Texts.get(locale, "cli.usage"));
            return 2;
        }
        String clash = clash(meeting, xlsx, pdf, docx, locale);
        if (clash != null) {
            err.println(clash);
            return 2;
        }
        try {
            MeetingFile file = MeetingFile.open(meeting);
            ExportInput input = ExportInput.of(file.workshop(), file.events(), locale, System.currentTimeMillis());
            MinutesFiles.Written written = MinutesFiles.write(input, xlsx, pdf, docx);
            written.files().forEach(f -> out.println(input.t("cli.exported", f)));
            if (!written.undrawn().isEmpty()) {
                err.println(input.t("cli.undrawn", PdfReferat.named(written.undrawn(), input.locale())));
            }
            written.failed().values().forEach(e -> err.println(input.t("cli.failed", String.valueOf(e.getMessage()))));
            return written.failed().isEmpty() ? 0 : 1;
        } catch (JournalException e) {
            err.println(e.message(locale == null ? Texts.DANISH : locale));
            return 1;
        } catch (RuntimeException e) {
            err.println(Texts.get(locale, "cli.failed", String.valueOf(e.getMessage())));
            return 1;
        }
    }
}
