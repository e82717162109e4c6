package dk.dialogforum.app;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.demo.DemoDriver;
import dk.dialogforum.demo.SampleMeeting;
import dk.dialogforum.journal.JournalException;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.journal.RecentMeetings;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.ui.console.ConsoleView;
import dk.dialogforum.ui.designer.DesignerView;
import dk.dialogforum.ui.kit.DesignSource;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.ui.kit.NextFrame;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.AudienceWindow;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.ui.start.FirstFrame;
import dk.dialogforum.ui.start.Preload;
import dk.dialogforum.ui.start.StartScreen;
import dk.dialogforum.ui.table.TableScreen;
import dk.dialogforum.util.Daemons;
import dk.dialogforum.workshop.BuiltInSummary;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The facilitator's program: start screen, then the console of one meeting at a time. */
public final class DialogforumApp extends Application implements Navigator {
    private static final Logger LOG = Logger.getLogger(DialogforumApp.class.getName());
    /** Null until {@link #init()} reads them from the command line, when the program was not given them. */
    private AppOptions options;

    private final RoomNetwork.Settings roomSettings;

    /** The program as {@link Main} starts it: its options come from the command line. */
    public DialogforumApp() {
        this(null, RoomNetwork.Settings.standard());
    }

    /** The program with these options, its room network looking at this computer's address as {@code room} says. */
    public DialogforumApp(AppOptions options, RoomNetwork.Settings room) {
        this.options = options;
        this.roomSettings = room;
    }

    @Override
    public void init() {
        if (options == null) {
            // No parameters when the start-up benchmark starts the program inside its own application.
            options = getParameters() == null
                    ? AppOptions.defaults()
                    : AppOptions.parse(getParameters().getRaw());
        }
    }

    private DemoDriver demoDriver;

    private Stage stage;
    private I18n i18n;
    private Journals journals;
    private ExecutorService io;
    private MeetingSession session;
    private FxMeeting meeting;
    private Presentation presentation;
    private AudienceWindow audience;
    private ConsoleView console;
    private RoomNetwork network;
    private Supplier<Parent> screen;

    @Override
    public void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Theme.loadStartFonts();
        stage = primary;
        if (options == null) {
            init();
        }
        boolean tableMode = options.tableMode();
        i18n = new I18n(options.locale());
        journals = Journals.inDataFolder();
        io = Executors.newSingleThreadExecutor(Daemons.named("meeting-io"));
        i18n.localeProperty().addListener((o, was, now) -> {
            if (audience != null) {
                audience.setView(i18n, new AudienceView(i18n, meeting, presentation));
            }
            refreshScreen();
        });
        placeWindow();
        if (tableMode) {
            joinAsTable();
        } else {
            showStart();
        }
        // Closing the window from the designer with changes not saved asks first, as leaving it does.
        stage.setOnCloseRequest(e -> DesignerView.in(stage.getScene().getRoot()).ifPresent(d -> {
            if (!d.mayLeave(i18n.t("designer.leave.close"))) {
                e.consume();
            }
        }));
        stage.show();
        FirstFrame.reportIfAsked(stage);
        // After the first frame: decoding the icons is no reason to keep the window from showing.
        NextFrame.then(stage.getScene(), () -> {
            stage.getIcons().setAll(Theme.icons(tableMode));
            Theme.loadLaterFonts();
            if (!tableMode) {
                Preload.start();
            }
        });
        List<String> files = options.files();
        if (!tableMode && options.demo() == null && !files.isEmpty()) {
            openFromArgument(Path.of(files.get(0)));
        }
        if (options.demo() != null) {
            startDemo(options.demo());
        }
    }

    /** The window on the primary screen's usable part: the usual size, or the whole of a small screen. */
    private void placeWindow() {
        Rectangle2D room = Screen.getPrimary().getVisualBounds();
        Placement place = Placement.on(room);
        Scene scene = new Scene(new StackPane(), place.width(), place.height());
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.setMinWidth(place.minWidth());
        stage.setMinHeight(place.minHeight());
        if (place.maximized()) {
            stage.setX(room.getMinX());
            stage.setY(room.getMinY());
            stage.setMaximized(true);
        }
    }

    /** A new meeting of the built-in workshop, played by simulated tables inside this program. */
    private void startDemo(AppOptions.Demo d) {
        Workshop w = WorkshopLoader.builtIn();
        openWith(() -> {
            MeetingSession s = MeetingSession.start(w, journals);
            demoDriver = new DemoDriver(
                    s.engine(),
                    SampleMeeting.script(w, System.currentTimeMillis()),
                    d.speed(),
                    d.log() ? System.out : null);
            return s;
        });
    }

    /** A file given on the command line, as the desktop passes it on a double-click: a meeting file or a workshop file. */
    private void openFromArgument(Path file) {
        if (String.valueOf(file.getFileName()).endsWith(MeetingFile.EXTENSION)) {
            openMeetingFile(file);
        } else {
            newMeetingFromWorkshopFile(file);
        }
    }

    private void show(Supplier<Parent> next) {
        screen = next;
        refreshScreen();
    }

    private void refreshScreen() {
        if (console != null) {
            console.dispose();
            console = null;
        }
        stage.setTitle(i18n.t("app.title"));
        stage.getScene().setRoot(screen.get());
    }

    private void showStart() {
        // The summary the build wrote: the workshop itself is read after the first frame (Preload).
        StartScreen start = new StartScreen(i18n, this, BuiltInSummary.read(), journals);
        show(start);
        start.readFiled(stage.getScene(), io, () -> screen == start, this::refreshScreen);
    }

    private void enter(MeetingSession opened) {
        session = opened;
        meeting = new FxMeeting(opened.engine());
        presentation = new Presentation();
        if (demoDriver != null) {
            // The demo's tables write into the meeting from inside this program, not over the network.
            presentation.simulateTables();
        }
        audience = new AudienceWindow(i18n, new AudienceView(i18n, meeting, presentation), Theme.stylesheet());
        show(() -> {
            console = new ConsoleView(i18n, this, session, meeting, presentation, audience, io);
            console.setOpener(
                    file -> getHostServices().showDocument(file.toUri().toString()));
            return console.build();
        });
        audience.show();
        stage.toFront();
        if (!opened.engine().snapshot().closed()) {
            openToTheRoom(opened, presentation);
        }
    }

    /** Opens the meeting to the table laptops; what becomes of it is shown on the console and the projector. */
    private void openToTheRoom(MeetingSession opened, Presentation shownOn) {
        network = RoomNetwork.open(opened, roomSettings, new RoomShown(shownOn, () -> session == opened));
        RoomNetwork answers = network;
        answers.participantCap(shownOn.participantCapProperty().get());
        shownOn.participantCapProperty().addListener((o, was, now) -> answers.participantCap(now.intValue()));
        if (console != null) {
            console.setDoorKeeper(answers::answer);
        }
    }

    /** Runs {@code work} on the I/O thread and enters the meeting it opens, or shows why it could not. */
    private void openWith(MeetingOpener work) {
        io.execute(() -> {
            try {
                MeetingSession opened = work.open();
                Platform.runLater(() -> enter(opened));
            } catch (IOException | JournalException | WorkshopException | RuntimeException e) {
                Platform.runLater(() -> failed(e));
            }
        });
    }

    /** Says why a meeting or a workshop could not be opened (a start screen that waited for it, ready again). */
    private void failed(Exception e) {
        if (session == null
                && tableView == null
                && DesignerView.in(stage.getScene().getRoot()).isEmpty()) {
            showStart();
        }
        OpenFailures.show(stage, i18n, e);
    }

    private interface MeetingOpener {
        MeetingSession open() throws IOException, JournalException, WorkshopException;
    }

    @Override
    public void newBuiltInMeeting() {
        openWith(() -> MeetingSession.start(WorkshopLoader.builtIn(), journals));
    }

    @Override
    public void newMeetingFromWorkshopFile(Path file) {
        openWith(() -> MeetingSession.start(WorkshopLoader.load(file), journals));
    }

    @Override
    public void newMeeting(Workshop workshop) {
        openWith(() -> MeetingSession.start(workshop, journals));
    }

    @Override
    public void design(DesignSource source) {
        io.execute(() -> {
            try {
                DesignerView designer = DesignerView.open(i18n, this, source, io);
                Platform.runLater(() -> show(designer::build));
            } catch (IOException | JournalException | WorkshopException | RuntimeException e) {
                Platform.runLater(() -> failed(e));
            }
        });
    }

    @Override
    public void newMeetingLike(Path earlier) {
        openWith(() -> MeetingSession.start(MeetingFile.workshopOf(earlier), journals));
    }

    @Override
    public void openMeetingFile(Path file) {
        openWith(() -> {
            MeetingSession opened = MeetingSession.open(file, journals);
            RecentMeetings.inDataFolder().add(file);
            return opened;
        });
    }

    @Override
    public void resume(Path journal, DoubleConsumer progress) {
        openWith(() -> MeetingSession.resume(journal, progress));
    }

    private TableScreen tableView;
    /** Whether a table left a meeting in this run: then it chooses for itself, and is not taken back by itself. */
    private boolean tableLeft;

    @Override
    public void joinAsTable() {
        show(() -> {
            if (tableView != null) {
                tableView.dispose();
            }
            tableView = new TableScreen(i18n, this, !tableLeft);
            return tableView.build();
        });
    }

    @Override
    public void backToStart() {
        tableLeft |= tableView != null && tableView.joined();
        closeSession();
        showStart();
    }

    @Override
    public void meetingEnded() {
        if (demoDriver != null) {
            demoDriver.close();
            demoDriver = null;
        }
        if (network != null) {
            network.close();
            network = null;
        }
        if (presentation != null) {
            presentation.roomProperty().set(RoomStatus.STOPPED);
        }
    }

    private void closeSession() {
        if (tableView != null) {
            tableView.dispose();
            tableView = null;
        }
        if (network != null) {
            network.close();
            network = null;
        }
        if (demoDriver != null) {
            demoDriver.close();
            demoDriver = null;
        }
        if (console != null) {
            console.dispose();
            console = null;
        }
        if (audience != null) {
            audience.close();
            audience = null;
        }
        if (presentation != null) {
            presentation.close();
        }
        if (meeting != null) {
            meeting.dispose();
            meeting = null;
        }
        if (session != null) {
            MeetingSession closing = session;
            session = null;
            try {
                closing.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "closing the meeting's journal failed", e);
            }
        }
    }

    @Override
    public void stop() throws InterruptedException {
        closeSession();
        if (io != null) {
            io.shutdown();
            io.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
