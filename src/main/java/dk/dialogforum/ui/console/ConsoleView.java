package dk.dialogforum.ui.console;

import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.net.Door;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.LanguageChoice;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.ui.kit.Pacer;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.kit.WrappingCell;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.AudienceWindow;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

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
    private final Workshop workshop;
    private final Presentation presentation;
    private final AudienceWindow audience;
    private final MessageLine message = new MessageLine();
    private final MeetingFiles files;
    private final ListView<Phase> agenda = new ListView<>();
    private final PhaseControls controls;
    private final Label status = new Label();
    private PreviewColumn preview;
    private JournalBanner banner;
    private DoorPanel door;
    private BiConsumer<String, Door.Answer> doorKeeper = (id, answer) -> {};
    private final Executor io;
    private final ChangeListener<Snapshot> onSnapshot = (o, was, now) -> refresh();
    private final ChangeListener<Set<String>> onSeats = (o, was, now) -> refreshContent();
    private final ChangeListener<RoomStatus> onNetwork = (o, was, now) -> networkChanged(was, now);
    /**
     * How often a second the phase's panel (the items to moderate, the ballots) and the counts follow a room
     * that writes fast. A quiet room's every change, and everything the facilitator does to a phase, shows at
     * once; a flood of entries is shown ten times a second, not once per entry on the thread the projector
     * draws on.
     */
    private static final int PANEL_PER_SECOND = 10;

    private final Pacer content = new Pacer(1000 / PANEL_PER_SECOND, this::refreshContent);
    private String lastShown;
    private List<Object> agendaShows;

    public ConsoleView(
            I18n i18n,
            Navigator nav,
            MeetingSession session,
            FxMeeting meeting,
            Presentation presentation,
            AudienceWindow audience,
            Executor io) {
        this.i18n = i18n;
        this.nav = nav;
        this.session = session;
        this.meeting = meeting;
        this.presentation = presentation;
        this.audience = audience;
        this.workshop = session.engine().workshop();
        this.io = io;
        this.files = new MeetingFiles(
                i18n, session, io, message, () -> agenda.getScene().getWindow());
        this.controls = new PhaseControls(i18n, meeting, presentation, this::answered, files::exportMinutes);
    }

    /** Who answers a laptop that waits for a seat another owns: the meeting's network. */
    public void setDoorKeeper(BiConsumer<String, Door.Answer> keeper) {
        doorKeeper = keeper;
        if (door != null) {
            door.setKeeper(keeper);
        }
    }

    /** How the console opens a file for the user (the desktop's own program for it). */
    public void setOpener(Consumer<Path> open) {
        files.setOpener(open);
    }

    /** Builds the console with {@code phaseId} selected in the agenda. */
    public Parent buildFor(String phaseId) {
        Parent root = build();
        Phase.find(workshop, phaseId).ifPresent(p -> agenda.getSelectionModel().select(p));
        return root;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        banner = new JournalBanner(i18n, session.engine(), io, () -> files.save(true), message);
        door = new DoorPanel(i18n, workshop, presentation.doorProperty());
        door.setKeeper(doorKeeper);
        door.setSaid(message::show);
        root.setTop(new VBox(topBar(), banner.node(), door.node(), message.node()));
        root.setLeft(agendaPane(root.widthProperty()));
        ScrollPane centre = new ScrollPane(controls.node());
        centre.setFitToWidth(true);
        controls.node().setPadding(new Insets(16, 20, 20, 20));
        root.setCenter(centre);
        preview = new PreviewColumn(i18n, meeting, presentation, root.widthProperty(), files::printWorksheets);
        root.setRight(preview.node());
        root.setBottom(new ConsoleFooter(i18n, presentation, status, session.journalFile()).node());

        if (meeting.snapshot().closed()) {
            // An ended meeting opened for its minutes: what was wrong with its journal, if anything.
            ending.endedBefore(
                    session.recovery().map(r -> r.problems(i18n.locale())).orElse(""));
        } else {
            message.show(session.recovery().map(r -> r.message(i18n.locale())).orElse(""));
        }

        // A filter, not a handler: buttons and lists would otherwise take the arrow keys for focus moves,
        // and a presenter clicker must work wherever the focus is.
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.getProperties().put(ConsoleView.class, this);
        meeting.snapshotProperty().addListener(onSnapshot);
        presentation.connectedTablesProperty().addListener(onSeats);
        presentation.roomProperty().addListener(onNetwork);
        Snapshot s = meeting.snapshot();
        agenda.getSelectionModel()
                .select(Phase.find(workshop, AudienceView.shownPhase(s))
                        .orElse(workshop.phases().get(0)));
        refresh();
        return root;
    }

    /** Ending the meeting, and what the console offers once it has ended. */
    private MeetingEnd ending;

    private Node topBar() {
        Label title = new Label(workshop.meeting().title());
        title.getStyleClass().add("console-title");
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setTooltip(new Tooltip(workshop.meeting().title()));
        Button projector = button("console.projector", "projector", e -> toggleProjector());
        Button export = button("console.export", "export", e -> files.exportMinutes());
        Button save = button("console.save", "save", e -> files.save(false));
        Button saveAs = button("console.saveAs", "saveAs", e -> files.save(true));
        Button end = button("console.end", "endMeeting", e -> {});
        end.getStyleClass().add("danger");
        MeetingEnd ending = new MeetingEnd(i18n, nav, meeting, message, files, end);
        end.setOnAction(e -> ending.ask(agenda.getScene().getWindow()));
        this.ending = ending;
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

    private Node agendaPane(ObservableDoubleValue width) {
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
                setTooltip(new Tooltip(text));
            }
        });
        // The side columns give way on a small window, so the phase's controls in the middle keep room.
        agenda.prefWidthProperty()
                .bind(Bindings.createDoubleBinding(() -> Math.max(200, Math.min(330, width.get() * 0.26)), width));
        agenda.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> refresh());
        Label heading = new Label(i18n.t("console.agenda"));
        heading.getStyleClass().add("console-section");
        Button facts = button(
                "console.facts.button",
                "meetingFacts",
                e -> FactsDialog.show(agenda.getScene().getWindow(), i18n, meeting, message));
        VBox box = new VBox(8, heading, agenda, facts);
        VBox.setVgrow(agenda, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 12, 12));
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
        if (presentation.spotlightProperty().get() != null) {
            // The clicker first takes the item out of the spotlight, back to its card.
            presentation.spotlightProperty().set(null);
            return;
        }
        if (presentation.turnPage(step)) {
            return;
        }
        Snapshot s = meeting.snapshot();
        if (Phase.ENQUETE.equals(AudienceView.shownPhase(s))
                && s.phase(Phase.ENQUETE).revealed()) {
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
        int at = phases.indexOf(Phase.find(workshop, AudienceView.shownPhase(meeting.snapshot()))
                .orElse(phases.get(0)));
        int to = Math.max(0, Math.min(phases.size() - 1, at + step));
        if (to != at) {
            Phase target = phases.get(to);
            agenda.getSelectionModel().select(target);
            meeting.submit(new Command.ChangePhase(FxMeeting.newId(), target.id(), PhaseAction.SHOW), this::answered);
        }
    }

    private void refresh() {
        Snapshot s = meeting.snapshot();
        String shown = AudienceView.shownPhase(s);
        if (lastShown != null && !shown.equals(lastShown)) {
            // The projector moved on (a key, a button, the demo): the console follows it.
            Phase.find(workshop, shown)
                    .ifPresent(p -> agenda.getSelectionModel().select(p));
        }
        lastShown = shown;
        // The agenda's rows and the phase's buttons say what phases are open and shown: they are made
        // anew only when that changes, not for every item a table writes.
        List<Object> agendaNow = Arrays.asList(s.phases(), shown);
        if (!agendaNow.equals(agendaShows)) {
            agendaShows = agendaNow;
            agenda.refresh();
        }
        Phase p = agenda.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        content.request(controls.show(s, p, shown));
        preview.showNext(shown);
    }

    /** The chosen phase's panel and counts, and the journal's line, from the latest state. */
    /** The room network's state: shown with the tables; what the facilitator is to be told, said once. */
    private void networkChanged(RoomStatus was, RoomStatus now) {
        refreshContent();
        if (now.notice() != null && (was == null || !now.notice().equals(was.notice()))) {
            message.show(i18n.t(now.notice(), now.code()));
        }
    }

    private void refreshContent() {
        Snapshot s = meeting.snapshot();
        controls.update(s);
        status.setText(i18n.t("console.status", s.seq(), session.journalFile().toString()));
        preview.update(s);
    }

    private Button button(String key, String id, EventHandler<ActionEvent> action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    private void answered(Outcome o) {
        if (o.status() == Outcome.Status.REJECTED) {
            message.show(o.rejection().message(i18n.locale()));
        }
    }

    /** Exports to the given files; public for the tests, which cannot drive the OS file dialog. */
    public void exportTo(Path xlsx, Path pdf) {
        files.exportTo(xlsx, pdf);
    }

    /** Writes the paper forms to {@code pdf}, as "Arbejdsark til print …" does once a file is chosen. */
    public void printWorksheetsTo(Path pdf) {
        files.worksheetsTo(pdf);
    }

    /** Stops the preview; the projector window is the app's and outlives a language switch. */
    public void dispose() {
        // The meeting and the projector's state outlive this console (a change of language builds another).
        // Words typed in the notes since the last pause go into the meeting before it may close.
        controls.flushNotes();
        meeting.snapshotProperty().removeListener(onSnapshot);
        presentation.connectedTablesProperty().removeListener(onSeats);
        presentation.roomProperty().removeListener(onNetwork);
        if (banner != null) {
            banner.close();
            door.dispose();
        }
        content.stop();
        if (preview != null) {
            preview.dispose();
        }
    }
}
