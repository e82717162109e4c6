package dk.dialogforum.ui.kit;

import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.List;

/** How a phase is named to people. */
public final class PhaseNames {
    private PhaseNames() {}

    public static String name(I18n i18n, Workshop w, Phase p) {
        return i18n.t(p.nameKey(), p.nameArgs(w));
    }

    /** The worksheet fields whose items take dots, by their short names: »Spørgsmål«, or »A« og »B«. */
    public static String dotFields(I18n i18n, Workshop w) {
        List<String> names = w.fields().stream()
                .filter(Workshop.WorksheetField::dotVotes)
                .map(f -> "»" + (f.shortTitle() == null || f.shortTitle().isBlank() ? f.title() : f.shortTitle()) + "«")
                .toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + i18n.t("list.and") + " "
                + names.get(names.size() - 1);
    }
}
