package dk.dialogforum.ui.console;

import dk.dialogforum.ui.kit.Choices;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.workshop.Workshop;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;

import java.util.function.Function;

/** What the console's phase panels share: choosers, and sending a command with its answer shown. */
public final class PanelKit {
    private final I18n i18n;
    private final FxMeeting meeting;
    private final Label feedback = new Label();

    PanelKit(I18n i18n, FxMeeting meeting) {
        this.i18n = i18n;
        this.meeting = meeting;
        feedback.setWrapText(true);
        feedback.setId("feedback");
        feedback.getStyleClass().add("feedback");
    }

    I18n i18n() {
        return i18n;
    }

    FxMeeting meeting() {
        return meeting;
    }

    Workshop workshop() {
        return meeting.engine().workshop();
    }

    Label feedback() {
        return feedback;
    }

    /**
     * The form for entering on a table's behalf, folded under a short title, with when to use it. The
     * title never sets the column's width: at 1280 px a long one pushed the whole column sideways.
     */
    javafx.scene.control.TitledPane onBehalf(String title, javafx.scene.Node form) {
        Label why = new Label(i18n.t("console.onBehalf.why"));
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(title, new javafx.scene.layout.VBox(10, why, form));
        pane.setId("onBehalf");
        pane.setMinWidth(0);
        return pane;
    }

    /** Sends the command; shows "saved" or the reason it was refused, and runs {@code then} if it was accepted. */
    void send(Command command, Runnable then) {
        meeting.submit(command, o -> {
            if (o.status() == Outcome.Status.REJECTED) {
                feedback.setText(o.rejection().message(i18n.locale()));
                feedback.getStyleClass().setAll("label", "feedback", "feedback-error");
            } else {
                feedback.setText(i18n.t("console.accepted"));
                feedback.getStyleClass().setAll("label", "feedback", "feedback-ok");
                then.run();
            }
        });
    }

    <T> ChoiceBox<T> choice(Iterable<T> values, Function<T, String> name, String id) {
        return Choices.of(values, name, id);
    }

    ChoiceBox<Workshop.TableDef> tableChoice() {
        return choice(workshop().tables(), Workshop.TableDef::name, "tableChoice");
    }
}
