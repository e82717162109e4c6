package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.MeasuredLabel;
import dk.dialogforum.ui.kit.TextDirection;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The notes for the agenda step chosen in the console: what the room said aloud, typed by the facilitator or
 * the note-taker. Saved in the meeting's journal a moment after typing stops, and when the field is left, so a
 * crash loses at most the last second; the line under it says whether they are saved. They go into the
 * minutes under their step.
 */
final class NotesPanel {
    /** How long typing may pause before the notes are saved. */
    private static final Duration PAUSE = Duration.millis(800);

    private final I18n i18n;
    private final FxMeeting meeting;
    private final TextArea text = TextDirection.follow(new TextArea());
    private final Label state = new MeasuredLabel();
    private final TitledPane pane;
    private final PauseTransition typing = new PauseTransition(PAUSE);
    private String phase;
    /** The notes as the meeting holds them, last known. */
    private String saved = "";

    NotesPanel(I18n i18n, FxMeeting meeting) {
        this.i18n = i18n;
        this.meeting = meeting;
        text.setId("notes");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText(i18n.t("console.notes.prompt"));
        state.setId("notesState");
        state.getStyleClass().add("muted");
        state.setWrapText(true);
        pane = new TitledPane(i18n.t("console.notes.title"), new VBox(6, text, state));
        pane.setId("notesPane");
        pane.setExpanded(true);
        pane.setMinWidth(0);
        typing.setOnFinished(e -> save());
        text.textProperty().addListener((o, was, now) -> {
            if (!now.equals(saved)) {
                state.setText(i18n.t("console.notes.typing"));
                typing.playFromStart();
            }
        });
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                save();
            }
        });
    }

    TitledPane node() {
        return pane;
    }

    /** Shows the notes of step {@code phaseId} as {@code s} holds them; what was typed for another is saved first. */
    void show(Snapshot s, String phaseId) {
        if (!phaseId.equals(phase)) {
            save();
            phase = phaseId;
            saved = s.minutes().note(phaseId);
            text.setText(saved);
            state.setText(saved.isEmpty() ? "" : i18n.t("console.notes.saved"));
        }
    }

    /** Saves what was typed and not yet saved, now: before the console goes, while the meeting still takes it. */
    void flush() {
        save();
    }

    private void save() {
        typing.stop();
        String now = text.getText();
        if (phase == null || now.strip().equals(saved)) {
            return;
        }
        String step = phase;
        meeting.submit(new Command.SetNote(FxMeeting.newId(), step, now), o -> {
            if (o.status() == Outcome.Status.REJECTED) {
                state.setText(i18n.t("console.notes.failed", o.rejection().message(i18n.locale())));
            } else {
                if (step.equals(phase)) {
                    saved = now.strip();
                }
                state.setText(i18n.t("console.notes.saved"));
            }
        });
    }
}
