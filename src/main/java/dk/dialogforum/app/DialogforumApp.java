package dk.dialogforum.app;

import dk.dialogforum.ui.console.ConsoleView;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.AudienceWindow;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.ui.start.FirstFrame;
import dk.dialogforum.ui.start.Preload;
import dk.dialogforum.ui.start.StartView;
import dk.dialogforum.ui.table.TableScreen;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.demo.DemoDriver;
import dk.dialogforum.demo.SampleMeeting;
import dk.dialogforum.journal.JournalException;
import dk.dialogforum.journal.JournalInUseException;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.journal.RecentMeetings;
import dk.dialogforum.net.LanDiscovery;
import dk.dialogforum.workshop.BuiltInSummary;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;
import dk.dialogforum.util.Daemons;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The facilitator's program: start screen, then the console of one meeting at a time. */
public final class DialogforumApp extends Application implements Navigator {
    private static final Logger LOG = Logger.getLogger(DialogforumApp.class.getName());
    private static volatile Locale initialLocale = dk.dialogforum.text.Texts.DANISH;
    private static volatile Demo demo;
    private static volatile boolean tableMode;

    /**
     * The window's size on a screen's usable part (without its task bar). A 1366x768 laptop has no room for
     * the usual 1280x800: there the window takes the screen, so its top bar and status line are on it, not
     * under the task bar or off the bottom.
     */
    public record Placement(double width, double height, double minWidth, double minHeight, boolean maximized) {
        static final double WIDTH = 1280;
        static final double HEIGHT = 800;
        /** About what a window system's title bar and frame take from the screen's height. */
        public static final double TITLE_BAR = 40;

        public static Placement on(Rectangle2D room) {
            boolean small = room.getWidth() < WIDTH || room.getHeight() < HEIGHT + TITLE_BAR;
            return new Placement(Math.min(WIDTH, room.getWidth()), Math.min(HEIGHT, room.getHeight() - TITLE_BAR),
                    Math.min(900, room.getWidth()), Math.min(600, room.getHeight() - TITLE_BAR), small);
        }
    }

    /** Starts in table mode ({@code --table}). */
    public static void tableMode(boolean on) {
        tableMode = on;
    }

    /** A demo: a new meeting of the built-in workshop, played by simulated tables. */
    public record Demo(double speed, boolean log) {
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
    private dk.dialogforum.net.HostServer host;
    private LanDiscovery.Announcement announcement;
    private Supplier<Parent> screen;

    /** Starts the program; blocks until its last window closes. */
    public static void run(Locale locale, Demo demoToRun, String[] args) {
        initialLocale = locale;
        demo = demoToRun;
        Application.launch(DialogforumApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Theme.loadStartFonts();
        stage = primary;
        i18n = new I18n(initialLocale);
        journals = Journals.inDataFolder();
        io = Executors.newSingleThreadExecutor(Daemons.named("meeting-io"));
        i18n.localeProperty().addListener((o, was, now) -> {
            if (audience != null) {
                audience.setView(i18n, new AudienceView(i18n, meeting, presentation));
            }
            refreshScreen();
        });
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
        if (tableMode) {
            joinAsTable();
        } else {
            showStart();
        }
        stage.show();
        FirstFrame.reportIfAsked(stage);
        // After the first frame: decoding the icons is no reason to keep the window from showing.
        Platform.runLater(() -> {
            stage.getIcons().setAll(Theme.icons(tableMode));
            Theme.loadLaterFonts();
            if (!tableMode) {
                Preload.start();
            }
        });
        // No parameters when the start-up benchmark starts the program inside its own application.
        List<String> files = getParameters() == null ? List.of() : getParameters().getUnnamed();
        if (!tableMode && demo == null && !files.isEmpty()) {
            openFromArgument(Path.of(files.get(0)));
        }
        if (demo != null) {
            Demo d = demo;
            Workshop w = WorkshopLoader.builtIn();
            openWith(() -> {
                MeetingSession s = MeetingSession.start(w, journals);
                demoDriver = new DemoDriver(s.engine(), SampleMeeting.script(w, System.currentTimeMillis()), d.speed(),
                        d.log() ? System.out : null);
                return s;
            });
        }
    }

    /** A file given on the command line, as the desktop passes it on a double-click: a meeting file or a workshop file. */
    private void openFromArgument(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().endsWith(dk.dialogforum.journal.MeetingFile.EXTENSION)) {
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
        BuiltInSummary builtIn = BuiltInSummary.read();
        show(() -> new StartView(i18n, this, builtIn, journals.unfinished(), RecentMeetings.inDataFolder().list()).build());
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
            console.setOpener(file -> getHostServices().showDocument(file.toUri().toString()));
            return console.build();
        });
        audience.show();
        stage.toFront();
        startNetwork(opened, presentation);
    }

    /** Opens the meeting to the table laptops; a network that cannot start is reported, not fatal. */
    private void startNetwork(MeetingSession opened, Presentation shownOn) {
        io.execute(() -> {
            try {
                Path idFile = opened.journalFile().resolveSibling(opened.journalFile().getFileName() + ".host");
                var identity = dk.dialogforum.net.HostIdentity.forMeeting(idFile);
                var started = identity.startHost(opened.engine());
                String address = lanAddress.get();
                Platform.runLater(() -> {
                    if (session != opened) {
                        started.close();
                        return;
                    }
                    host = started;
                    showAddress(shownOn, address, started.port(), identity.joinCode());
                    followAddress(opened, shownOn, started.port(), identity.joinCode());
                    started.onSeats(seats -> Platform.runLater(() -> {
                        if (session == opened) {
                            shownOn.connectedTablesProperty().set(seats);
                        }
                    }));
                });
                announce(opened, address, started.meetingId(), started.port());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "the meeting's network could not start", e);
                // Every port taken is said as such; anything else with what the system said.
                boolean portsTaken = false;
                for (Throwable t = e; t != null && !portsTaken; t = t.getCause()) {
                    portsTaken = t instanceof java.net.BindException;
                }
                Presentation.NetworkProblem problem = portsTaken ? new Presentation.NetworkProblem("console.network.portsTaken", "")
                        : new Presentation.NetworkProblem("console.network.failed", String.valueOf(e.getMessage()));
                Platform.runLater(() -> {
                    if (session == opened) {
                        shownOn.networkProblemProperty().set(problem);
                    }
                });
            }
        });
    }

    /** How this computer is reached on the room's network (tests give their own). */
    public static volatile java.util.function.Supplier<String> lanAddress = dk.dialogforum.net.HostIdentity::lanAddress;
    /** How often the address is looked at again while a meeting is open. */
    public static volatile javafx.util.Duration addressCheck = javafx.util.Duration.seconds(5);
    private javafx.animation.Timeline addressWatch;

    /** The address the tables are shown (read on the I/O thread, which looks at it again). */
    private volatile String shownAddress;

    private void showAddress(Presentation shownOn, String address, int port, String code) {
        shownAddress = address;
        shownOn.joinInfoProperty().set(new Presentation.JoinInfo(address, port, code));
        // Served, but on no network a table laptop is on: the Wi-Fi off, the cable out.
        shownOn.networkProblemProperty().set(address.startsWith("127.")
                ? new Presentation.NetworkProblem("console.network.noLan", "") : null);
    }

    /**
     * Looks at this computer's address again now and then: a laptop that joins the room's Wi-Fi after the
     * meeting was opened, or moves to another network, shows the tables the address they can reach, and
     * announces the meeting there. The server listens on every address, so it goes on as it is.
     */
    private void followAddress(MeetingSession opened, Presentation shownOn, int port, String code) {
        addressWatch = new javafx.animation.Timeline(new javafx.animation.KeyFrame(addressCheck, e -> io.execute(() -> {
            String now;
            try {
                now = lanAddress.get();
            } catch (RuntimeException ex) {
                return;
            }
            if (now.equals(shownAddress)) {
                return;
            }
            shownAddress = now;
            Platform.runLater(() -> {
                if (session != opened || host == null) {
                    return;
                }
                showAddress(shownOn, now, port, code);
                String meetingId = host.meetingId();
                io.execute(() -> announce(opened, now, meetingId, port));
            });
        })));
        addressWatch.setCycleCount(javafx.animation.Animation.INDEFINITE);
        addressWatch.play();
    }

    /** Announces the meeting on the LAN so table laptops list it; without it, tables type the address. */
    private void announce(MeetingSession opened, String address, String meetingId, int port) {
        try {
            var announced = LanDiscovery.announce(java.net.InetAddress.getByName(address),
                    opened.engine().workshop().meeting().title(), meetingId, port);
            Platform.runLater(() -> {
                if (session != opened) {
                    closeQuietly(announced);
                } else {
                    // At a new address, the meeting is announced there and no longer at the old one.
                    LanDiscovery.Announcement before = announcement;
                    announcement = announced;
                    if (before != null) {
                        io.execute(() -> closeQuietly(before));
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the meeting could not be announced on the network", e);
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing", e);
        }
    }

    /** Runs {@code work} on the I/O thread and enters the meeting it opens, or shows why it could not. */
    private void openWith(MeetingOpener work) {
        io.execute(() -> {
            try {
                MeetingSession opened = work.open();
                Platform.runLater(() -> enter(opened));
            } catch (WorkshopException e) {
                Platform.runLater(() -> error(i18n.t("error.workshop"), e.message(i18n.locale())));
            } catch (JournalException e) {
                Platform.runLater(() -> error(i18n.t("error.meeting"), e.message(i18n.locale())));
            } catch (JournalInUseException e) {
                Platform.runLater(() -> error(i18n.t("error.meeting"), i18n.t("error.inUse")));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not open a meeting", e);
                Platform.runLater(() -> error(i18n.t("error.meeting"), i18n.t("error.io", String.valueOf(e.getMessage()))));
            }
        });
    }

    @FunctionalInterface
    private interface MeetingOpener {
        MeetingSession open() throws IOException, JournalException, WorkshopException;
    }

    private void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(i18n.t("app.title"));
        alert.setHeaderText(header);
        TextArea details = new TextArea(text);
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(12, 2 + (int) text.lines().count()));
        alert.getDialogPane().setContent(details);
        alert.show();
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
    public void openMeetingFile(Path file) {
        openWith(() -> {
            MeetingSession opened = MeetingSession.open(file, journals);
            RecentMeetings.inDataFolder().add(file);
            return opened;
        });
    }

    @Override
    public void resume(Path journal) {
        openWith(() -> MeetingSession.resume(journal));
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

    private void closeSession() {
        if (tableView != null) {
            tableView.dispose();
            tableView = null;
        }
        if (addressWatch != null) {
            addressWatch.stop();
            addressWatch = null;
        }
        if (announcement != null) {
            // Saying goodbye on the network takes a moment: not on the FX thread.
            LanDiscovery.Announcement leaving = announcement;
            announcement = null;
            io.execute(() -> closeQuietly(leaving));
        }
        if (host != null) {
            host.close();
            host = null;
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
