package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.TextDirection;
import dk.dialogforum.workshop.Workshop;

import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The meeting's facts as held, for the minutes' cover: the date (the day the meeting was opened until
 * another is chosen), time, place, facilitator, note-taker and who took part. Saved in the meeting's journal.
 */
final class FactsDialog {
    private FactsDialog() {}

    static void show(Window owner, I18n i18n, FxMeeting meeting, MessageLine message) {
        Snapshot s = meeting.snapshot();
        Snapshot.Facts f = s.minutes().facts();
        Workshop.MeetingFacts planned = s.workshop().meeting();
        DatePicker date = new DatePicker(s.heldOn(ZoneId.systemDefault()));
        date.setId("factsDate");
        TextField time = field("factsTime", f.time(), planned.time());
        TextField place = field("factsPlace", f.place(), planned.place());
        TextField facilitator = field("factsFacilitator", f.facilitator(), null);
        TextField noteTaker = field("factsNoteTaker", f.noteTaker(), null);
        TextArea participants = TextDirection.follow(new TextArea(f.participants()));
        participants.setId("factsParticipants");
        participants.setWrapText(true);
        participants.setPrefRowCount(4);
        participants.setPromptText(i18n.t("console.facts.participantsPrompt"));
        GridPane grid = grid(i18n, date, time, place, facilitator, noteTaker, participants);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("console.facts.title"));
        dialog.setHeaderText(i18n.t("console.facts.header"));
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(i18n.t("console.facts.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("console.moderate.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.showAndWait()
                .filter(save::equals)
                .ifPresent(b -> meeting.submit(
                        new Command.SetMeetingFacts(
                                FxMeeting.newId(),
                                date.getValue() == null ? "" : date.getValue().toString(),
                                time.getText(),
                                place.getText(),
                                facilitator.getText(),
                                noteTaker.getText(),
                                participants.getText()),
                        o -> message.show(
                                o.status() == Outcome.Status.REJECTED
                                        ? o.rejection().message(i18n.locale())
                                        : i18n.t("console.facts.saved"))));
    }

    /** The facts' fields under their names, in the order of the minutes' cover. */
    private static GridPane grid(I18n i18n, Node... fields) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        String[] labels = {
            "export.date",
            "export.time",
            "export.place",
            "export.facilitator",
            "export.noteTaker",
            "export.participants"
        };
        for (int i = 0; i < labels.length; i++) {
            Label l = new Label(i18n.t(labels[i]));
            l.setLabelFor(fields[i]);
            grid.addRow(i, l, fields[i]);
        }
        return grid;
    }

    /** A field with what was recorded, else what the workshop planned, to correct. */
    private static TextField field(String id, String recorded, String planned) {
        TextField t = TextDirection.follow(new TextField(recorded.isEmpty() && planned != null ? planned : recorded));
        t.setId(id);
        t.setPrefColumnCount(30);
        return t;
    }
}
