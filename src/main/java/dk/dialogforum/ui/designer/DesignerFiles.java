package dk.dialogforum.ui.designer;

import dk.dialogforum.export.WorksheetPdf;
import dk.dialogforum.ui.kit.FileNames;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import dk.dialogforum.workshop.WorkshopWriter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * What the designer writes: the workshop file (a valid workshop written as the format says, so loading it gives
 * back what was saved; one with mistakes only when asked, as a draft to finish later) and the printable
 * worksheets.
 */
final class DesignerFiles {
    private final I18n i18n;
    private final Draft draft;
    private final Executor io;
    private final Consumer<String> say;
    private final Runnable saved;
    private final Supplier<Window> owner;
    private Path file;

    DesignerFiles(
            I18n i18n,
            Draft draft,
            Path file,
            Executor io,
            Consumer<String> say,
            Runnable saved,
            Supplier<Window> owner) {
        this.i18n = i18n;
        this.draft = draft;
        this.file = file;
        this.io = io;
        this.say = say;
        this.saved = saved;
        this.owner = owner;
    }

    /** Saves to the file it came from or was saved to; {@code ask}, or without one, asks where. */
    void save(boolean ask) {
        if (!draft.checked().valid() && !confirmDraft()) {
            return;
        }
        Path target = file;
        if (ask || target == null) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("designer.saveAs"));
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            i18n.t("start.chooser.workshop"), "*" + WorkshopLoader.EXTENSION, "*.json"));
            String title = draft.text("/meeting/title");
            chooser.setInitialFileName(
                    (title.isBlank() ? "workshop" : FileNames.forTitle(title)) + WorkshopLoader.EXTENSION);
            File f = chooser.showSaveDialog(owner.get());
            if (f == null) {
                return;
            }
            target = f.toPath();
        }
        saveTo(target);
    }

    private boolean confirmDraft() {
        var cancel = new ButtonType(i18n.t("designer.draft.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var keep = new ButtonType(i18n.t("designer.draft.save"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(
                Alert.AlertType.WARNING,
                i18n.t("designer.draft.text", draft.checked().problems().size()),
                cancel,
                keep);
        alert.setHeaderText(i18n.t("designer.draft.title"));
        alert.initOwner(owner.get());
        return alert.showAndWait().orElse(cancel) == keep;
    }

    /** Writes the workshop to {@code target}: as the format says when valid, else the draft as it stands. */
    void saveTo(Path target) {
        Draft.Checked checked = draft.checked();
        try {
            WorkshopWriter.save(
                    checked.valid()
                            ? WorkshopWriter.toTree(checked.workshop())
                            : draft.tree().deepCopy(),
                    target);
            file = target;
            saved.run();
            say.accept(i18n.t(
                    checked.valid() ? "designer.saved" : "designer.savedDraft",
                    String.valueOf(target.getFileName()),
                    String.valueOf(target.toAbsolutePath().getParent())));
        } catch (IOException | RuntimeException e) {
            say.accept(i18n.t(
                    "designer.saveFailed", String.valueOf(target.getFileName()), String.valueOf(e.getMessage())));
        }
    }

    /** Asks where, then writes the paper worksheets of {@code w}: a stack per table. */
    void worksheets(Workshop w) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("designer.worksheets"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(FileNames.forTitle(w.meeting().title()) + " – "
                + i18n.t("worksheet.title").toLowerCase(i18n.locale()) + ".pdf");
        File f = chooser.showSaveDialog(owner.get());
        if (f != null) {
            worksheetsTo(w, f.getName().endsWith(".pdf") ? f.toPath() : Path.of(f.getPath() + ".pdf"));
        }
    }

    void worksheetsTo(Workshop w, Path pdf) {
        Locale locale = i18n.locale();
        say.accept(i18n.t("console.worksheets.running"));
        io.execute(() -> {
            try {
                WorksheetPdf.write(w, locale, pdf);
                Platform.runLater(() -> say.accept(i18n.t(
                        "console.worksheets.done",
                        String.valueOf(pdf.getFileName()),
                        w.tables().size())));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(
                        () -> say.accept(i18n.t("console.worksheets.failed", String.valueOf(e.getMessage()))));
            }
        });
    }
}
