package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.MeasuredLabel;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The banner that stays at the top of the console while the meeting cannot write its journal (a full
 * disk, a drive pulled out): what happened, that the tables keep their entries meanwhile, and what to do
 * — free space and try again, or save the meeting elsewhere. Trying again needs no restart.
 */
final class JournalBanner {
    private final I18n i18n;
    private final MeetingEngine engine;
    private final Executor io;
    private final VBox box = new VBox(6);
    private final Label reason = new MeasuredLabel();
    private final Label after = new MeasuredLabel();
    private final Button retry;
    private final Runnable stopWatching;

    JournalBanner(I18n i18n, MeetingEngine engine, Executor io, Runnable saveAs, MessageLine message) {
        this.i18n = i18n;
        this.engine = engine;
        this.io = io;
        Label title = new Label(i18n.t("console.journalFailed.title"));
        title.getStyleClass().add("card-title");
        reason.setId("journalFailed");
        reason.setWrapText(true);
        Label what = new MeasuredLabel(i18n.t("console.journalFailed.text"));
        what.setWrapText(true);
        after.setId("journalFailedRetry");
        after.setWrapText(true);
        after.getStyleClass().add("feedback-error");
        retry = new Button(i18n.t("console.journalFailed.retry"));
        retry.setId("journalRetry");
        retry.getStyleClass().add("accent");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(e -> retry(message));
        Button save = new Button(i18n.t("console.saveAs"));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> saveAs.run());
        HBox actions = new HBox(8, retry, save, after);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(after, Priority.ALWAYS);
        box.getChildren().addAll(title, reason, what, actions);
        box.getStyleClass().addAll("df-card", "card-danger");
        box.setPadding(new Insets(12, 16, 12, 16));
        VBox.setMargin(box, new Insets(8, 16, 0, 16));
        stopWatching = engine.watchFailure(() -> Platform.runLater(this::update));
        update();
    }

    Node node() {
        return box;
    }

    void close() {
        stopWatching.run();
    }

    private void update() {
        Throwable failure = engine.failure();
        box.setVisible(failure != null);
        box.setManaged(failure != null);
        if (failure != null) {
            reason.setText(describe(failure));
        }
    }

    private String describe(Throwable failure) {
        String text = String.valueOf(failure.getMessage());
        boolean full =
                text.contains("No space left") || text.contains("not enough space") || text.contains("disk full");
        return full ? i18n.t("console.journalFailed.full") : i18n.t("console.journalFailed.io", text);
    }

    private void retry(MessageLine message) {
        retry.setDisable(true);
        after.setText("");
        io.execute(() -> {
            Throwable still = null;
            try {
                engine.retry();
            } catch (Exception | Error e) {
                still = e;
            }
            Throwable result = still;
            Platform.runLater(() -> {
                retry.setDisable(false);
                if (result != null) {
                    after.setText(i18n.t("console.journalFailed.still", describe(result)));
                } else {
                    message.show(i18n.t("console.journalFailed.ok"));
                }
                update();
            });
        });
    }
}
