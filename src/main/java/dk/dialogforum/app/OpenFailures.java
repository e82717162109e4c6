package dk.dialogforum.app;

import dk.dialogforum.journal.JournalException;
import dk.dialogforum.journal.JournalInUseException;
import dk.dialogforum.ui.kit.ErrorDialog;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.workshop.WorkshopException;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Window;

/** Why a meeting or a workshop could not be opened, said to the facilitator in their language. */
final class OpenFailures {
    private static final Logger LOG = Logger.getLogger(OpenFailures.class.getName());

    private OpenFailures() {}

    static void show(Window owner, I18n i18n, Exception e) {
        if (e instanceof WorkshopException w) {
            ErrorDialog.show(owner, i18n, i18n.t("error.workshop"), w.message(i18n.locale()));
        } else if (e instanceof JournalException j) {
            ErrorDialog.show(owner, i18n, i18n.t("error.meeting"), j.message(i18n.locale()));
        } else if (e instanceof JournalInUseException) {
            ErrorDialog.show(owner, i18n, i18n.t("error.meeting"), i18n.t("error.inUse"));
        } else {
            LOG.log(Level.WARNING, "could not open a meeting or a workshop", e);
            ErrorDialog.show(owner, i18n, i18n.t("error.meeting"), i18n.t("error.io", String.valueOf(e.getMessage())));
        }
    }
}
