package dk.dialogforum.ui;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.demo.SampleMeeting;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.testing.NoNavigation;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.console.ConsoleView;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * Renders every phase of the projector at 1920×1080 and 1280×720, and the console, into
 * docs/screenshots/, from the sample meeting. Headless: run it with
 * {@code ./mvnw -q test-compile exec:exec@screenshots}.
 */
public final class Screenshots {
    private final Path out;
    private final Workshop w;
    private final I18n i18n;
    private MeetingEngine engine;
    private MeetingSession session;
    private FxMeeting meeting;
    private final Presentation presentation = new Presentation();
    private Iterator<SampleMeeting.Step> script;

    private Screenshots(Path out, Locale locale, Workshop w) {
        this.out = out;
        this.w = w;
        this.i18n = new I18n(locale);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        // The pictures' own data folder (the pom's -Ddialogforum.data), emptied first: a table laptop's seat or a
        // meeting left from the last run would change what the screens show, and the room's pictures wait in vain.
        String data = System.getProperty("dialogforum.data");
        if (data != null && Files.isDirectory(Path.of(data))) {
            try (var paths = Files.walk(Path.of(data))) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try {
            pictures(out, args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            // The toolkit's and the host's threads would keep the JVM, and the build, waiting.
            System.exit(1);
        }
        System.exit(0);
    }

    private static void pictures(Path out, String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Theme.loadFonts();
            return null;
        });
        // A workshop file as the second argument shows its meeting instead of the built-in one.
        Workshop w = args.length > 1 ? WorkshopLoader.load(Path.of(args[1])) : WorkshopLoader.builtIn();
        new Screenshots(out, Texts.forLanguage(w.language()), w).run();
        if (args.length <= 1) {
            new RoomScreenshots(out, new I18n(Texts.DANISH), WorkshopLoader.resource(WorkshopLoader.EXAMPLE)).run();
            new DesignerScreenshots(out, new I18n(Texts.DANISH)).run();
        }
        Platform.exit();
    }

    private void run() throws Exception {
        Path journals = Files.createTempDirectory("dialogforum-screenshots");
        session = MeetingSession.start(w, new Journals(journals));
        engine = session.engine();
        meeting = onFx(() -> new FxMeeting(engine));
        onFx(() -> {
            presentation.roomProperty().set(RoomStatus.open("192.168.1.20", 47800, "482913"));
            return null;
        });
        script = SampleMeeting.script(w, 2017).iterator();

        before(c -> c instanceof Command.ChangePhase p && p.phase().equals(Phase.ENQUETE));
        audience("01-velkomst");
        runUntilBallots(4);
        audience("02-enquete-venter");
        through(c -> c instanceof Command.ChangePhase p && p.action() == Command.PhaseAction.REVEAL);
        audience("03-enquete-udfordringer");
        onFx(() -> {
            presentation.distributionProperty().set(Presentation.STATEMENTS);
            return null;
        });
        audience("03-enquete-udsagn");
        onFx(() -> {
            presentation
                    .distributionProperty()
                    .set(w.enquete().statements().get(4).id());
            return null;
        });
        audience("04-enquete-fordeling-udsagn-5");
        onFx(() -> {
            presentation.distributionProperty().set(Presentation.CHALLENGES);
            return null;
        });
        String card = w.cards().get(0).id();
        before(c -> c instanceof Command.AddItem);
        audience("05-visionskort-beskrivelse");
        through(c -> c instanceof Command.ChangePhase p
                && p.phase().equals(Phase.card(card))
                && p.action() == Command.PhaseAction.CLOSE);
        audience("06-visionskort-punkter");
        console("console-visionskort", Phase.card(card));
        through(c -> c instanceof Command.ChangePhase p
                && p.phase().equals(Phase.dots(card))
                && p.action() == Command.PhaseAction.CLOSE);
        audience("07-prikker");
        through(c -> c instanceof Command.ChangePhase p
                && p.phase().equals(Phase.RANKING)
                && p.action() == Command.PhaseAction.CLOSE);
        audience("08-loebende-rangordning");
        console("console-rangordning", Phase.RANKING);
        through(c -> false);
        audience("09-opsummering");
        onFx(() -> {
            presentation.startTimer(5, System.currentTimeMillis());
            return null;
        });
        audience("10-opsummering-med-nedtaelling");
        console("console-enquete", Phase.ENQUETE);
        System.out.println("screenshots written to " + out.toAbsolutePath());
    }

    /** Runs the script up to the first step matching {@code stop}, leaving that step to run next. */
    private void before(Predicate<Command> stop) {
        while (pending != null || script.hasNext()) {
            SampleMeeting.Step step = pending != null ? pending : script.next();
            pending = null;
            if (stop.test(step.command())) {
                pending = step;
                return;
            }
            submit(step.command());
        }
    }

    /** Runs the script up to and including the first step matching {@code stop}. */
    private void through(Predicate<Command> stop) {
        before(stop);
        if (pending != null) {
            submit(pending.command());
            pending = null;
        }
    }

    private SampleMeeting.Step pending;

    private void runUntilBallots(int n) throws Exception {
        while (engine.snapshot().enqueteBallots().size() < n) {
            through(c -> true);
        }
    }

    private void submit(Command c) {
        Outcome o = engine.execute(c);
        if (o.status() == Outcome.Status.REJECTED) {
            throw new IllegalStateException(c + " → " + o.rejection());
        }
    }

    private void audience(String name) throws Exception {
        settle();
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            WritableImage image = onFx(() -> {
                AudienceView view = new AudienceView(i18n, meeting, presentation);
                WritableImage img = snapshot(view.node(), size[0], size[1]);
                view.dispose();
                return img;
            });
            save(image, name + "-" + size[0] + "x" + size[1]);
        }
    }

    private void console(String name, String phase) throws Exception {
        settle();
        WritableImage image = onFx(() -> {
            ConsoleView view =
                    new ConsoleView(i18n, new NoNavigation(), session, meeting, presentation, null, Runnable::run);
            Parent root = view.buildFor(phase);
            WritableImage img = snapshot(root, 1600, 900);
            view.dispose();
            return img;
        });
        save(image, name + "-1600x900");
    }

    static WritableImage snapshot(Parent root, int width, int height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Theme.stylesheet());
        root.applyCss();
        root.layout();
        root.applyCss();
        root.layout();
        return scene.snapshot(null);
    }

    /** Lets the bridge deliver the latest snapshot to the FX thread. */
    static void settle() throws Exception {
        Thread.sleep(50);
        onFx(() -> null);
        onFx(() -> null);
    }

    private void save(WritableImage image, String name) throws IOException {
        save(out, image, name);
    }

    static void save(Path out, WritableImage image, String name) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(buffered, "png", out.resolve(name + ".png").toFile());
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                error.set(t);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        if (error.get() != null) {
            throw new IllegalStateException(error.get());
        }
        return result.get();
    }
}
