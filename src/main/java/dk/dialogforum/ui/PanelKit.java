package dk.dialogforum.ui;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.workshop.Workshop;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;

import java.util.function.Function;

/** What the console's phase panels share: choosers, and sending a command with its answer shown. */
final class PanelKit {
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
