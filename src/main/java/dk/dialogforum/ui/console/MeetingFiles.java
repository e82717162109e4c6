package dk.dialogforum.ui.console;

import dk.dialogforum.export.ExportInput;
import dk.dialogforum.export.MinutesFiles;
import dk.dialogforum.export.PdfReferat;
import dk.dialogforum.export.WorksheetPdf;
import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.journal.RecentMeetings;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.ui.kit.FileNames;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.workshop.Workshop;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * What the console writes to files: the minutes (the workbook and the PDF referat, side by side) and the
 * meeting file the secretariat can mail. Written on the I/O thread; what happens is said on the message line.
 */
final class MeetingFiles {
    private final I18n i18n;
    private final MeetingSession session;
    private final Workshop workshop;
    private final Executor io;
    private final MessageLine message;
    /** The window the file dialogs belong to. */
    private final Supplier<Window> owner;

    private Consumer<Path> opener = p -> {};
    private Path savedAs;

    MeetingFiles(I18n i18n, MeetingSession session, Executor io, MessageLine message, Supplier<Window> owner) {
        this.i18n = i18n;
        this.session = session;
        this.workshop = session.engine().workshop();
        this.io = io;
        this.message = message;
        this.owner = owner;
    }

    /** How a file is opened for the user (the desktop's own program for it). */
    void setOpener(Consumer<Path> open) {
        this.opener = open;
    }

    /** Asks where the minutes go, then writes them there. */
    void exportMinutes() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("console.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        chooser.setInitialFileName(FileNames.forTitle(workshop.meeting().title()) + " – "
                + i18n.t("pdf.referat").toLowerCase(i18n.locale()) + " "
                + session.engine().snapshot().heldOn(ZoneId.systemDefault()) + ".xlsx");
        documents().ifPresent(chooser::setInitialDirectory);
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return;
        }
        Path xlsx = f.toPath().getFileName().toString().endsWith(".xlsx") ? f.toPath() : Path.of(f.getPath() + ".xlsx");
        String base = xlsx.getFileName().toString();
        Path pdf = xlsx.resolveSibling(base.substring(0, base.length() - 5) + ".pdf");
        exportTo(xlsx, pdf);
    }

    /** Asks where the paper forms go, then writes them: a stack per table, for a table whose laptop fails. */
    void printWorksheets() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("console.worksheets"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(FileNames.forTitle(workshop.meeting().title()) + " – "
                + i18n.t("worksheet.title").toLowerCase(i18n.locale()) + ".pdf");
        documents().ifPresent(chooser::setInitialDirectory);
        File f = chooser.showSaveDialog(owner.get());
        if (f != null) {
            worksheetsTo(f.getName().endsWith(".pdf") ? f.toPath() : Path.of(f.getPath() + ".pdf"));
        }
    }

    /** Writes the paper forms to {@code pdf}, with progress shown and the file offered to open. */
    void worksheetsTo(Path pdf) {
        Locale locale = i18n.locale();
        message.working(true);
        message.show(i18n.t("console.worksheets.running"));
        io.execute(() -> {
            try {
                WorksheetPdf.write(workshop, locale, pdf);
                Platform.runLater(() -> {
                    message.working(false);
                    message.show(i18n.t(
                            "console.worksheets.done",
                            pdf.getFileName().toString(),
                            workshop.tables().size()));
                    message.offer(open("console.export.openPdf", "openWorksheets", pdf));
                });
            } catch (IOException | RuntimeException ex) {
                Platform.runLater(() -> {
                    message.working(false);
                    message.show(i18n.t("console.worksheets.failed", String.valueOf(ex.getMessage())));
                });
            }
        });
    }

    /** The user's documents folder, where minutes are looked for, if it has one by a name we know. */
    private static Optional<File> documents() {
        Path home = Path.of(System.getProperty("user.home", "."));
        for (String name : List.of("Documents", "Dokumenter")) {
            if (Files.isDirectory(home.resolve(name))) {
                return Optional.of(home.resolve(name).toFile());
            }
        }
        return Files.isDirectory(home) ? Optional.of(home.toFile()) : Optional.empty();
    }

    /** The Word referat beside the PDF: the same name, for the secretariat to edit. */
    static Path word(Path pdf) {
        String base = pdf.getFileName().toString();
        return pdf.resolveSibling((base.endsWith(".pdf") ? base.substring(0, base.length() - 4) : base) + ".docx");
    }

    /** Writes the workbook, the PDF referat and the Word referat of the meeting as it is now, with progress shown. */
    void exportTo(Path xlsx, Path pdf) {
        List<Event> events = session.engine().events();
        Locale locale = i18n.locale();
        message.working(true);
        message.show(i18n.t("console.export.running"));
        io.execute(() -> {
            try {
                ExportInput input = ExportInput.of(workshop, events, locale, System.currentTimeMillis());
                MinutesFiles.Written written = MinutesFiles.write(input, xlsx, pdf, word(pdf));
                written.throwIfFailed();
                List<String> undrawn = written.undrawn();
                Platform.runLater(() -> {
                    message.working(false);
                    String done = i18n.t(
                            "console.export.done",
                            xlsx.getFileName().toString(),
                            word(pdf).getFileName().toString(),
                            pdf.getFileName().toString());
                    message.show(
                            undrawn.isEmpty()
                                    ? done
                                    : done + "\n"
                                            + i18n.t(
                                                    "console.export.undrawn",
                                                    undrawn.size(),
                                                    PdfReferat.named(undrawn, locale)));
                    message.offer(
                            open("console.export.openXlsx", "openXlsx", xlsx),
                            open("console.export.openPdf", "openPdf", pdf),
                            open("console.export.openWord", "openWord", word(pdf)));
                });
            } catch (IOException | RuntimeException ex) {
                Platform.runLater(() -> {
                    message.working(false);
                    message.show(i18n.t("console.export.failed", String.valueOf(ex.getMessage())));
                });
            }
        });
    }

    private Button open(String key, String id, Path file) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(e -> opener.accept(file));
        return b;
    }

    /** Saves the meeting file: where it was saved before, or where the facilitator chooses. */
    void save(boolean askForFile) {
        Path target = savedAs;
        if (askForFile || target == null) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("console.saveAs"));
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(i18n.t("start.chooser.meeting"), "*" + MeetingFile.EXTENSION));
            chooser.setInitialFileName(FileNames.forTitle(workshop.meeting().title()) + MeetingFile.EXTENSION);
            File f = chooser.showSaveDialog(owner.get());
            if (f == null) {
                return;
            }
            target = f.toPath();
        }
        Path file = target;
        io.execute(() -> {
            try {
                session.saveAs(file);
                RecentMeetings.inDataFolder().add(file);
                Platform.runLater(() -> {
                    savedAs = file;
                    message.show(i18n.t("console.saved", file.getFileName().toString()));
                });
            } catch (IOException ex) {
                Platform.runLater(() -> message.show(i18n.t("console.saveFailed", file, ex.getMessage())));
            }
        });
    }
}
