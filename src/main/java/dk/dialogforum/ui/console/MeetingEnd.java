package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Navigator;

import javafx.scene.control.Button;
import javafx.stage.Window;

/**
 * Ending the meeting from the console: asked first, in the console's language; then the tables are told and
 * let go, the projector thanks the room, and the console offers the minutes and the way to the start screen
 * (the top bar's end button becomes it), which the facilitator takes when the room has gone.
 */
final class MeetingEnd {
    private final I18n i18n;
    private final Navigator nav;
    private final FxMeeting meeting;
    private final MessageLine message;
    private final MeetingFiles files;
    private final Button end;

    MeetingEnd(I18n i18n, Navigator nav, FxMeeting meeting, MessageLine message, MeetingFiles files, Button end) {
        this.i18n = i18n;
        this.nav = nav;
        this.meeting = meeting;
        this.message = message;
        this.files = files;
        this.end = end;
    }

    void ask(Window owner) {
        boolean endIt = Ask.confirm(
                owner,
                i18n.t("console.end"),
                i18n.t("console.end.confirm"),
                i18n.t("console.end"),
                i18n.t("console.end.goOn"));
        if (endIt) {
            meeting.submit(new Command.CloseMeeting(FxMeeting.newId()), o -> {
                if (o.isAcknowledged()) {
                    ended();
                } else {
                    message.show(o.rejection().message(i18n.locale()));
                }
            });
        }
    }

    private void ended() {
        nav.meetingEnded();
        offerTheWayOut(i18n.t("console.ended"));
    }

    /**
     * A meeting that ended before it was opened here (from the start screen): its minutes and the way back,
     * after what reading its journal found ({@code recovered}, if anything).
     */
    void endedBefore(String recovered) {
        String said = i18n.t("console.endedBefore");
        offerTheWayOut(recovered.isEmpty() ? said : recovered + " " + said);
    }

    private void offerTheWayOut(String said) {
        message.show(said);
        Button export = new Button(i18n.t("console.export"));
        export.setId("endedExport");
        export.setOnAction(e -> files.exportMinutes());
        Button back = new Button(i18n.t("console.ended.back"));
        back.setId("endedBack");
        back.getStyleClass().add("accent");
        back.setOnAction(e -> nav.backToStart());
        message.offer(export, back);
        // The way out stays at hand in the top bar, whatever the line says later (an export under way …).
        end.setText(i18n.t("console.ended.back"));
        end.getStyleClass().remove("danger");
        end.setOnAction(e -> nav.backToStart());
    }
}
