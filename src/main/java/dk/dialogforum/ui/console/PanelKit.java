package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.ui.kit.Choices;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.MeasuredLabel;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Workshop;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** What the console's phase panels share: choosers, and sending a command with its answer shown. */
public final class PanelKit {
    private final I18n i18n;
    private final FxMeeting meeting;
    private final Label feedback = new MeasuredLabel();
    private final Presentation presentation;

    PanelKit(I18n i18n, FxMeeting meeting, Presentation presentation) {
        this.i18n = i18n;
        this.meeting = meeting;
        this.presentation = presentation;
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

    /** What the projector shows beyond the meeting's state: the spotlight, the pages, the timer. */
    Presentation presentation() {
        return presentation;
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
    TitledPane onBehalf(String title, Node form) {
        Label why = new MeasuredLabel(i18n.t("console.onBehalf.why"));
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        TitledPane pane = new TitledPane(title, new VBox(10, why, form));
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
