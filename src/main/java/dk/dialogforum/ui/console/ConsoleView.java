package dk.dialogforum.ui.console;

import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.LanguageChoice;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.ui.kit.Pacer;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.ui.kit.WrappingCell;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.AudienceWindow;
import dk.dialogforum.ui.projector.Presentation;

import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Participation;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The facilitator's console: the agenda, the selected phase's controls, a live preview of the projector
 * and what comes next. → / PageDown put the next phase on the projector, ← / PageUp the previous one
 * (presenter clickers send those keys); F5 makes the projector full-screen.
 */
public final class ConsoleView {
    private final I18n i18n;
    private final Navigator nav;
    private final MeetingSession session;
    private final FxMeeting meeting;
    private final Executor io;
    private final Workshop workshop;
    private final Presentation presentation;
    private final AudienceWindow audience;
    private Path savedAs;
    private java.util.function.Consumer<Path> opener = p -> { };
    private final javafx.scene.control.ProgressIndicator working = new javafx.scene.control.ProgressIndicator();
    private final HBox openFiles = new HBox(8);

    private final ListView<Phase> agenda = new ListView<>();
    private final VBox detail = new VBox(14);
    /** Wraps onto a second row on a small window rather than cutting the buttons' words. */
    private final javafx.scene.layout.FlowPane phaseButtons = new javafx.scene.layout.FlowPane(8, 8);
    private final Label phaseTitle = new Label();
    private final Label progress = new Label();
    private final Label next = new Label();
    private final Label status = new Label();
    private TableConnections connections;
    private final javafx.beans.value.ChangeListener<Snapshot> onSnapshot = (o, was, now) -> refresh();
    private final javafx.beans.value.ChangeListener<java.util.Set<String>> onSeats = (o, was, now) -> refreshContent();
    private final javafx.beans.value.ChangeListener<Presentation.NetworkProblem> onNetwork = (o, was, now) -> refreshContent();
    private final Label message = new Label();
    private final StackPane panelHolder = new StackPane();
    private AudienceView preview;
    /** How often a second the preview follows a room that writes fast: live to the eye, at a tenth of the projector's work. */
    private static final int PREVIEW_PER_SECOND = 6;
    /**
     * How often a second the phase's panel (the items to moderate, the ballots) and the counts follow a room
     * that writes fast. A quiet room's every change, and everything the facilitator does to a phase, shows at
     * once; a flood of entries is shown ten times a second, not once per entry on the thread the projector
     * draws on.
     */
    private static final int PANEL_PER_SECOND = 10;
    private final Pacer content = new Pacer(1000 / PANEL_PER_SECOND, this::refreshContent);
    private PhasePanel panel;
    private Phase panelPhase;

    public ConsoleView(I18n i18n, Navigator nav, MeetingSession session, FxMeeting meeting, Presentation presentation,
                       AudienceWindow audience, Executor io) {
        this.i18n = i18n;
        this.nav = nav;
        this.session = session;
        this.meeting = meeting;
        this.presentation = presentation;
        this.audience = audience;
        this.io = io;
        this.workshop = session.engine().workshop();
    }

    /** How the console opens a file for the user (the desktop's own program for it). */
    public void setOpener(java.util.function.Consumer<Path> open) {
        this.opener = open;
    }

    /** Builds the console with {@code phaseId} selected in the agenda. */
    public Parent buildFor(String phaseId) {
        Parent root = build();
        Phase.find(workshop, phaseId).ifPresent(p -> agenda.getSelectionModel().select(p));
        return root;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        working.setPrefSize(22, 22);
        working.setVisible(false);
        working.setManaged(false);
        HBox messageRow = new HBox(10, working, message, openFiles);
        messageRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        root.setTop(new VBox(topBar(), messageRow));
        root.setLeft(agendaPane(root.widthProperty()));
        ScrollPane centre = new ScrollPane(detail);
        centre.setFitToWidth(true);
        detail.setPadding(new Insets(16, 20, 20, 20));
        phaseTitle.getStyleClass().add("phase-title");
        phaseTitle.setWrapText(true);
        progress.setId("progress");
        progress.setWrapText(true);
        detail.getChildren().addAll(phaseTitle, phaseButtons, progress, panelHolder);
        root.setCenter(centre);
        root.setRight(previewPane(root.widthProperty()));
        status.setId("status");
        status.getStyleClass().add("muted");
        // How tables join, at hand all meeting: a laptop that restarts or a table that comes late needs the
        // address and code, which the projector shows only on the welcome.
        Label join = new Label();
        join.setId("consoleJoin");
        join.getStyleClass().add("muted");
        join.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Presentation.JoinInfo info = presentation.joinInfoProperty().get();
            return info == null ? "" : i18n.t("console.join", info.address() + ":" + info.port(), info.code());
        }, presentation.joinInfoProperty(), i18n.localeProperty()));
        // The code is typed from here: it is never cut. A narrow window shortens the journal's path instead,
        // in its middle, so the count and the file's name stay; the whole path is in the tooltip.
        join.setMinWidth(Region.USE_PREF_SIZE);
        status.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        status.setEllipsisString("…");
        status.setMinWidth(0);
        Tooltip journalPath = new Tooltip(session.journalFile().toString());
        status.setTooltip(journalPath);
        HBox footer = new HBox(16, status, SlideParts.grow(), join);
        footer.setPadding(new Insets(6, 16, 6, 16));
        root.setBottom(footer);

        message.setWrapText(true);
        message.setId("message");
        message.getStyleClass().add("console-message");
        showMessage(session.recovery().map(r -> r.message(i18n.locale())).orElse(""));

        // A filter, not a handler: buttons and lists would otherwise take the arrow keys for focus moves,
        // and a presenter clicker must work wherever the focus is.
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.getProperties().put(ConsoleView.class, this);
        meeting.snapshotProperty().addListener(onSnapshot);
        presentation.connectedTablesProperty().addListener(onSeats);
        presentation.networkProblemProperty().addListener(onNetwork);
        Snapshot s = meeting.snapshot();
        agenda.getSelectionModel().select(Phase.find(workshop, AudienceView.shownPhase(s)).orElse(workshop.phases().get(0)));
        refresh();
        return root;
    }

    private Node topBar() {
        Label title = new Label(workshop.meeting().title());
        title.getStyleClass().add("console-title");
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setTooltip(new javafx.scene.control.Tooltip(workshop.meeting().title()));
        Button projector = button("console.projector", "projector", e -> toggleProjector());
        Button export = button("console.export", "export", e -> exportMinutes());
        Button save = button("console.save", "save", e -> save(false));
        Button saveAs = button("console.saveAs", "saveAs", e -> save(true));
        Button end = button("console.end", "endMeeting", e -> endMeeting());
        end.getStyleClass().add("danger");
        ChoiceBox<Locale> language = LanguageChoice.create(i18n);
        HBox bar = new HBox(8, title, projector, language, export, save, saveAs, end);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("console-bar");
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r && n != title) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return bar;
    }

    private Node timerControls() {
        Spinner<Integer> minutes = new Spinner<>(1, 120, 10);
        minutes.setPrefWidth(80);
        minutes.setEditable(true);
        minutes.setId("timerMinutes");
        Button start = button("console.timer.start", "timerStart",
                e -> presentation.startTimer(minutes.getValue(), System.currentTimeMillis()));
        Button plus = button("console.timer.extend", "timerExtend", e -> presentation.extendTimer(1, System.currentTimeMillis()));
        Button stop = button("console.timer.stop", "timerStop", e -> presentation.stopTimer());
        Label label = new Label(i18n.t("console.timer"));
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(6, 6, label, minutes, start, plus, stop);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        return box;
    }

    private Node agendaPane(javafx.beans.value.ObservableDoubleValue width) {
        agenda.setId("agenda");
        agenda.getItems().setAll(workshop.phases());
        agenda.setCellFactory(list -> new WrappingCell<>() {
            @Override
            protected void updateItem(Phase p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String text = PhaseNames.name(i18n, workshop, p) + statusSuffix(meeting.snapshot(), p);
                setText(text);
                setGraphic(null);
                // Long card titles wrap; the whole name is in the tooltip as well.
                setTooltip(new javafx.scene.control.Tooltip(text));
            }
        });
        // The side columns give way on a small window, so the phase's controls in the middle keep room.
        agenda.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(200, Math.min(330, width.get() * 0.26)), width));
        agenda.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> refresh());
        Label heading = new Label(i18n.t("console.agenda"));
        heading.getStyleClass().add("console-section");
        VBox box = new VBox(8, heading, agenda);
        VBox.setVgrow(agenda, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 12, 12));
        return box;
    }

    private Node previewPane(javafx.beans.value.ObservableDoubleValue width) {
        preview = AudienceView.preview(i18n, meeting, presentation, PREVIEW_PER_SECOND);
        StackPane frame = preview.node();
        // 448 px wide (of a 480 px column) from a 1,280 px window up; narrower below, at 16:9.
        javafx.beans.binding.DoubleBinding column = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(300, Math.min(480, width.get() * 0.375)), width);
        javafx.beans.binding.DoubleBinding frameWidth = column.subtract(32);
        frame.prefWidthProperty().bind(frameWidth);
        frame.maxWidthProperty().bind(frameWidth);
        frame.prefHeightProperty().bind(frameWidth.multiply(9.0 / 16));
        frame.maxHeightProperty().bind(frameWidth.multiply(9.0 / 16));
        frame.setId("preview");
        Label heading = new Label(i18n.t("console.preview"));
        heading.getStyleClass().add("console-section");
        next.setWrapText(true);
        next.setId("next");
        Label keys = new Label(i18n.t("console.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("muted");
        // The countdown sits with the projector it shows on, which leaves the top bar room for the meeting's title.
        // Which tables are connected, beside what the room sees: in the column that has room at any window's height.
        connections = new TableConnections(i18n, workshop);
        Node tables = connections.node();
        VBox.setMargin(tables, new Insets(6, 0, 6, 0));
        VBox box = new VBox(10, heading, frame, timerControls(), next, tables, keys);
        box.setPadding(new Insets(12, 16, 12, 8));
        box.prefWidthProperty().bind(column);
        box.minWidthProperty().bind(column);
        return box;
    }

    private String statusSuffix(Snapshot s, Phase p) {
        Snapshot.PhaseStatus st = s.phase(p.id());
        StringBuilder text = new StringBuilder();
        if (st.open()) {
            text.append("  · ").append(i18n.t("console.phase.open"));
        } else if (st.closed()) {
            text.append("  · ").append(i18n.t("console.phase.closed"));
        }
        if (st.revealed()) {
            text.append("  · ").append(i18n.t("console.phase.revealed"));
        }
        if (p.id().equals(AudienceView.shownPhase(s))) {
            text.insert(0, "  ▶");
        }
        return text.toString();
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        int step = switch (e.getCode()) {
            case RIGHT, PAGE_DOWN -> 1;
            case LEFT, PAGE_UP -> -1;
            default -> 0;
        };
        if (e.getCode() == KeyCode.F5) {
            toggleProjector();
            e.consume();
        } else if (step != 0) {
            go(step);
            e.consume();
        }
    }

    private void toggleProjector() {
        if (audience != null) {
            audience.toggleFullScreen();
        }
    }

    /** Puts the next (or previous) phase of the agenda on the projector, and selects it here. */
    private void go(int step) {
        Snapshot s = meeting.snapshot();
        if (Phase.ENQUETE.equals(AudienceView.shownPhase(s)) && s.phase(Phase.ENQUETE).revealed()) {
            // The revealed enquete has two screens: the challenges, then the statements.
            String view = presentation.distributionProperty().get();
            if (step > 0 && Presentation.CHALLENGES.equals(view)) {
                presentation.distributionProperty().set(Presentation.STATEMENTS);
                return;
            }
            if (step < 0 && !Presentation.CHALLENGES.equals(view)) {
                presentation.distributionProperty().set(Presentation.CHALLENGES);
                return;
            }
        }
        List<Phase> phases = workshop.phases();
        int at = phases.indexOf(Phase.find(workshop, AudienceView.shownPhase(meeting.snapshot())).orElse(phases.get(0)));
        int to = Math.max(0, Math.min(phases.size() - 1, at + step));
        if (to != at) {
            Phase target = phases.get(to);
            agenda.getSelectionModel().select(target);
            meeting.submit(new Command.ChangePhase(FxMeeting.newId(), target.id(), PhaseAction.SHOW), this::answered);
        }
    }

    private String lastShown;
    private List<Object> agendaShows;
    private List<Object> buttonsShow;

    private void refresh() {
        Snapshot s = meeting.snapshot();
        String shown = AudienceView.shownPhase(s);
        if (lastShown != null && !shown.equals(lastShown)) {
            // The projector moved on (a key, a button, the demo): the console follows it.
            Phase.find(workshop, shown).ifPresent(p -> agenda.getSelectionModel().select(p));
        }
        lastShown = shown;
        // The agenda's rows and the phase's buttons say what phases are open and shown: they are made
        // anew only when that changes, not for every item a table writes.
        List<Object> agendaNow = java.util.Arrays.asList(s.phases(), shown);
        if (!agendaNow.equals(agendaShows)) {
            agendaShows = agendaNow;
            agenda.refresh();
        }
        Phase p = agenda.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        Snapshot.PhaseStatus st = s.phase(p.id());
        List<Object> buttonsNow = java.util.Arrays.asList(p, st, shown, s.closed());
        boolean phasesChanged = !buttonsNow.equals(buttonsShow);
        if (phasesChanged) {
            buttonsShow = buttonsNow;
            phaseTitle.setText(PhaseNames.name(i18n, workshop, p));
            phaseButtons.getChildren().setAll(action("console.show", p, PhaseAction.SHOW, !p.id().equals(shown)));
            if (p.takesInput()) {
                phaseButtons.getChildren().addAll(
                        action("console.open", p, PhaseAction.OPEN, !st.open() && !s.closed()),
                        action("console.close", p, PhaseAction.CLOSE, st.open()));
                if (p.kind() == Phase.Kind.ENQUETE || p.kind() == Phase.Kind.RANKING) {
                    phaseButtons.getChildren().add(st.revealed()
                            ? action("console.conceal", p, PhaseAction.CONCEAL, true)
                            : action("console.reveal", p, PhaseAction.REVEAL, st.everOpened()));
                }
            }
        }
        boolean newPanel = !p.equals(panelPhase);
        if (newPanel) {
            panelPhase = p;
            PanelKit kit = new PanelKit(i18n, meeting);
            panel = switch (p.kind()) {
                case ENQUETE -> new EnquetePanel(kit, presentation, false);
                case RANKING -> new EnquetePanel(kit, presentation, true);
                case CARD, DOTS -> new CardPanel(kit, p);
                case SUMMARY -> summaryPanel();
                default -> null;
            };
            panelHolder.getChildren().setAll(panel == null ? new Region() : panel.node());
        }
        content.request(newPanel || phasesChanged);
        List<Phase> phases = workshop.phases();
        int at = phases.indexOf(Phase.find(workshop, shown).orElse(phases.get(0)));
        next.setText(at + 1 < phases.size()
                ? i18n.t("console.next", PhaseNames.name(i18n, workshop, phases.get(at + 1))) : i18n.t("console.last"));
    }

    /** The chosen phase's panel and counts, and the journal's line, from the latest state. */
    private void refreshContent() {
        Snapshot s = meeting.snapshot();
        Phase p = panelPhase;
        if (p != null) {
            progress.setText(progress(s, p));
        }
        if (panel != null) {
            panel.update(s);
        }
        status.setText(i18n.t("console.status", s.seq(), session.journalFile().toString()));
        connections.update(s, presentation.tablesThere(s), presentation.networkProblemProperty().get());
    }

    private PhasePanel summaryPanel() {
        Button export = button("console.export", "exportSummary", e -> exportMinutes());
        export.getStyleClass().add("accent");
        Label hint = new Label(i18n.t("console.export.hint"));
        hint.setWrapText(true);
        VBox box = new VBox(10, hint, export);
        return new PhasePanel() {
            @Override
            public Node node() {
                return box;
            }

            @Override
            public void update(Snapshot snapshot) {
            }
        };
    }

    private String progress(Snapshot s, Phase p) {
        int tables = workshop.tables().size();
        return switch (p.kind()) {
            case ENQUETE -> i18n.t("console.progress.ballots", Participation.tablesWithEnquete(s), tables, s.enqueteBallots().size());
            case RANKING -> i18n.t("console.progress.ballots", Participation.tablesWithRanking(s), tables, s.rankingBallots().size());
            case CARD, DOTS -> i18n.t("console.progress.items",
                    s.items().stream().filter(it -> it.cardId().equals(p.cardId()) && it.visible()).count());
            default -> {
                java.util.Set<String> there = presentation.tablesThere(s);
                yield i18n.t("console.progress.tables", there == null ? s.joinedTables().size() : TableConnections.count(workshop, there), tables);
            }
        };
    }

    private Button button(String key, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    private Button action(String key, Phase p, PhaseAction action, boolean enabled) {
        Button b = button(key, key.substring(key.indexOf('.') + 1),
                e -> meeting.submit(new Command.ChangePhase(FxMeeting.newId(), p.id(), action), this::answered));
        b.setDisable(!enabled);
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (action == PhaseAction.OPEN || action == PhaseAction.REVEAL) {
            b.getStyleClass().add("accent");
        }
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

    /** The workbook and the PDF referat, side by side, written on the I/O thread with progress shown. */
    private void exportMinutes() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("console.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        chooser.setInitialFileName(workshop.meeting().title().replaceAll("[\\\\/:*?\"<>|]", "-") + " – "
                + i18n.t("pdf.referat").toLowerCase(i18n.locale()) + ".xlsx");
        File f = chooser.showSaveDialog(detail.getScene().getWindow());
        if (f == null) {
            return;
        }
        Path xlsx = f.toPath().getFileName().toString().endsWith(".xlsx") ? f.toPath() : Path.of(f.getPath() + ".xlsx");
        String base = xlsx.getFileName().toString();
        Path pdf = xlsx.resolveSibling(base.substring(0, base.length() - 5) + ".pdf");
        exportTo(xlsx, pdf);
    }

    /** Exports to the given files; public for the tests, which cannot drive the OS file dialog. */
    public void exportTo(Path xlsx, Path pdf) {
        List<dk.dialogforum.meeting.Event> events = meeting.engine().events();
        java.util.Locale locale = i18n.locale();
        working.setVisible(true);
        working.setManaged(true);
        openFiles.getChildren().clear();
        showMessage(i18n.t("console.export.running"));
        io.execute(() -> {
            try {
                var input = dk.dialogforum.export.ExportInput.of(workshop, events, locale, System.currentTimeMillis());
                dk.dialogforum.export.WorkbookExport.write(input, xlsx);
                dk.dialogforum.export.PdfReferat.write(input, pdf);
                Platform.runLater(() -> {
                    working.setVisible(false);
                    working.setManaged(false);
                    showMessage(i18n.t("console.export.done", xlsx.getFileName().toString(), pdf.getFileName().toString()));
                    Button openX = button("console.export.openXlsx", "openXlsx", e -> opener.accept(xlsx));
                    Button openP = button("console.export.openPdf", "openPdf", e -> opener.accept(pdf));
                    openFiles.getChildren().setAll(openX, openP);
                });
            } catch (IOException | RuntimeException ex) {
                Platform.runLater(() -> {
                    working.setVisible(false);
                    working.setManaged(false);
                    showMessage(i18n.t("console.export.failed", String.valueOf(ex.getMessage())));
                });
            }
        });
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
                dk.dialogforum.journal.RecentMeetings.inDataFolder().add(file);
                Platform.runLater(() -> {
                    savedAs = file;
                    showMessage(i18n.t("console.saved", file.getFileName().toString()));
                });
            } catch (IOException ex) {
                Platform.runLater(() -> showMessage(i18n.t("console.saveFailed", file, ex.getMessage())));
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

    /** Stops the preview; the projector window is the app's and outlives a language switch. */
    public void dispose() {
        // The meeting and the projector's state outlive this console (a change of language builds another).
        meeting.snapshotProperty().removeListener(onSnapshot);
        presentation.connectedTablesProperty().removeListener(onSeats);
        presentation.networkProblemProperty().removeListener(onNetwork);
        content.stop();
        if (preview != null) {
            preview.dispose();
        }
    }
}
