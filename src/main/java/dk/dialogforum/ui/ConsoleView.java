package dk.dialogforum.ui;

import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Participation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/** The facilitator's console: the agenda, the controls of the selected phase, and what the tables have sent. */
public final class ConsoleView {
    private final I18n i18n;
    private final Navigator nav;
    private final MeetingSession session;
    private final FxMeeting meeting;
    private final Executor io;
    private final Workshop workshop;
    private Path savedAs;

    private final ListView<Phase> agenda = new ListView<>();
    private final VBox detail = new VBox(16);
    private final Label status = new Label();
    private final Label message = new Label();

    public ConsoleView(I18n i18n, Navigator nav, MeetingSession session, FxMeeting meeting, Executor io) {
        this.i18n = i18n;
        this.nav = nav;
        this.session = session;
        this.meeting = meeting;
        this.io = io;
        this.workshop = session.engine().workshop();
    }

    public Parent build() {
        Label title = new Label(workshop.meeting().title());
        title.getStyleClass().add("console-title");
        Button save = new Button(i18n.t("console.save"));
        save.setId("save");
        save.setOnAction(e -> save(false));
        Button saveAs = new Button(i18n.t("console.saveAs"));
        saveAs.setId("saveAs");
        saveAs.setOnAction(e -> save(true));
        Button end = new Button(i18n.t("console.end"));
        end.setId("endMeeting");
        end.getStyleClass().add("danger");
        end.setOnAction(e -> endMeeting());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, spacer, save, saveAs, end);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        bar.getStyleClass().add("console-bar");

        message.setWrapText(true);
        message.setId("message");
        message.getStyleClass().add("console-message");
        showMessage(session.recovery().map(r -> r.message(i18n.locale())).orElse(""));
        VBox top = new VBox(bar, message);

        agenda.setId("agenda");
        agenda.getItems().setAll(workshop.phases());
        agenda.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Phase p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                setText(PhaseNames.name(i18n, workshop, p) + statusSuffix(meeting.snapshot(), p));
            }
        });
        agenda.setPrefWidth(340);
        agenda.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> refresh());
        agenda.getSelectionModel().select(0);

        detail.setPadding(new Insets(20));
        status.setId("status");
        status.getStyleClass().add("muted");
        HBox footer = new HBox(status);
        footer.setPadding(new Insets(6, 16, 6, 16));

        BorderPane root = new BorderPane(detail, top, null, footer, agenda);
        meeting.snapshotProperty().addListener((o, was, now) -> refresh());
        refresh();
        return root;
    }

    private String statusSuffix(Snapshot s, Phase p) {
        Snapshot.PhaseStatus st = s.phase(p.id());
        String key = st.open() ? "console.phase.open" : st.closed() ? "console.phase.closed" : null;
        String text = key == null ? "" : "  · " + i18n.t(key);
        if (st.revealed()) {
            text += "  · " + i18n.t("console.phase.revealed");
        }
        if (p.id().equals(s.currentPhase())) {
            text = "▶ " + text;
        }
        return text;
    }

    private void refresh() {
        Snapshot s = meeting.snapshot();
        agenda.refresh();
        Phase p = agenda.getSelectionModel().getSelectedItem();
        detail.getChildren().clear();
        if (p != null) {
            Label name = new Label(PhaseNames.name(i18n, workshop, p));
            name.getStyleClass().add("phase-title");
            name.setWrapText(true);
            Snapshot.PhaseStatus st = s.phase(p.id());
            HBox buttons = new HBox(10);
            buttons.getChildren().add(action("console.show", p, PhaseAction.SHOW, !p.id().equals(s.currentPhase())));
            if (p.takesInput()) {
                buttons.getChildren().addAll(
                        action("console.open", p, PhaseAction.OPEN, !st.open() && !s.closed()),
                        action("console.close", p, PhaseAction.CLOSE, st.open()),
                        action("console.reveal", p, PhaseAction.REVEAL, st.everOpened() && !st.revealed()));
            }
            detail.getChildren().addAll(name, buttons, new Label(progress(s, p)));
        }
        status.setText(i18n.t("console.status", s.seq(), session.journalFile().toString()));
    }

    private String progress(Snapshot s, Phase p) {
        int tables = workshop.tables().size();
        return switch (p.kind()) {
            case ENQUETE -> i18n.t("console.progress.ballots", Participation.tablesWithEnquete(s), tables, s.enqueteBallots().size());
            case RANKING -> i18n.t("console.progress.ballots", Participation.tablesWithRanking(s), tables, s.rankingBallots().size());
            case CARD, DOTS -> i18n.t("console.progress.items",
                    s.items().stream().filter(it -> it.cardId().equals(p.cardId()) && it.visible()).count());
            default -> i18n.t("console.progress.tables", s.joinedTables().size(), tables);
        };
    }

    private Button action(String key, Phase p, PhaseAction action, boolean enabled) {
        Button b = new Button(i18n.t(key));
        b.setId(key.substring(key.indexOf('.') + 1));
        b.setDisable(!enabled);
        b.setOnAction(e -> meeting.submit(new Command.ChangePhase(FxMeeting.newId(), p.id(), action), this::answered));
        return b;
    }

    private void answered(Outcome o) {
        if (o.status() == Outcome.Status.REJECTED) {
            showMessage(o.rejection().message(i18n.locale()));
        }
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(text != null && !text.isEmpty());
        message.setManaged(message.isVisible());
    }

    private void save(boolean askForFile) {
        Path target = savedAs;
        if (askForFile || target == null) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("console.saveAs"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("start.chooser.meeting"),
                    "*" + MeetingFile.EXTENSION));
            chooser.setInitialFileName(workshop.meeting().title().replaceAll("[\\\\/:*?\"<>|]", "-") + MeetingFile.EXTENSION);
            File f = chooser.showSaveDialog(detail.getScene().getWindow());
            if (f == null) {
                return;
            }
            target = f.toPath();
        }
        Path file = target;
        io.execute(() -> {
            try {
                session.saveAs(file);
                javafx.application.Platform.runLater(() -> {
                    savedAs = file;
                    showMessage(i18n.t("console.saved", file.getFileName().toString()));
                });
            } catch (java.io.IOException ex) {
                javafx.application.Platform.runLater(() -> showMessage(i18n.t("console.saveFailed", file, ex.getMessage())));
            }
        });
    }

    private void endMeeting() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("console.end.confirm"), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(i18n.t("console.end"));
        confirm.initOwner(detail.getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b ->
                meeting.submit(new Command.CloseMeeting(FxMeeting.newId()), o -> nav.backToStart()));
    }
}
