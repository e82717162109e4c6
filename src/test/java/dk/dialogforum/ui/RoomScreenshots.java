package dk.dialogforum.ui;

import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.testing.NoNavigation;
import dk.dialogforum.ui.console.ConsoleView;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Segmented;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.ui.table.TableScreen;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * The room around the numbers, from the shipped example meeting (eight themes, four fields, ten tables):
 * a card whose columns take two pages, an item in the spotlight, the dot vote on the projector, the console
 * and a table laptop, a table's receipt, the live ranking while its rows move, and the closing slide; each
 * at 1920×1080 and 1280×720. Run by {@link Screenshots} after its own.
 */
final class RoomScreenshots {
    private final Path out;
    private final Workshop w;
    private final I18n i18n;
    private final Presentation presentation = new Presentation();
    private MeetingSession session;
    private MeetingEngine engine;
    private FxMeeting meeting;
    private int ids;

    RoomScreenshots(Path out, I18n i18n, Workshop w) {
        this.out = out;
        this.i18n = i18n;
        this.w = w;
    }

    void run() throws Exception {
        session = MeetingSession.start(w, new Journals(Files.createTempDirectory("dialogforum-room-shots")));
        engine = session.engine();
        meeting = Screenshots.onFx(() -> new FxMeeting(engine));
        Screenshots.onFx(() -> {
            presentation.roomProperty().set(RoomStatus.open("192.168.1.20", 47800, "482913"));
            return null;
        });
        HostServer host = new HostServer(engine, "482913", "screenshots".getBytes(), "127.0.0.1", 0);
        try {
            TableShots table = new TableShots(host.port());
            table.join();

            ok(new Command.ChangePhase(id(), Phase.ENQUETE, Command.PhaseAction.OPEN));
            table.answerAndSend();
            table.shoot("21-bord-kvittering");

            String card = w.cards().get(0).id();
            ok(new Command.ChangePhase(id(), Phase.ENQUETE, Command.PhaseAction.CLOSE));
            ok(new Command.ChangePhase(id(), Phase.card(card), Command.PhaseAction.OPEN));
            fill(card);
            table.shoot("22-bord-visionskort");
            audience("23-visionskort-30-punkter-side-1");
            Screenshots.onFx(() -> {
                presentation.pageProperty().set(1);
                return null;
            });
            audience("23-visionskort-30-punkter-side-2");
            String spotlit = engine.snapshot().items().stream()
                    .filter(i -> i.fieldId().equals("naeste-skridt"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            Screenshots.onFx(() -> {
                presentation.pageProperty().set(0);
                presentation.spotlightProperty().set(spotlit);
                return null;
            });
            audience("24-punkt-i-fokus");
            Screenshots.onFx(() -> {
                presentation.spotlightProperty().set(null);
                return null;
            });

            ok(new Command.ChangePhase(id(), Phase.card(card), Command.PhaseAction.CLOSE));
            ok(new Command.ChangePhase(id(), Phase.dots(card), Command.PhaseAction.OPEN));
            dots(card);
            table.giveDots();
            table.shoot("25-prikker-bord");
            audience("25-prikker-projektor");
            console("25-prikker-konsol", Phase.dots(card));

            ok(new Command.ChangePhase(id(), Phase.dots(card), Command.PhaseAction.CLOSE));
            ok(new Command.ChangePhase(id(), Phase.RANKING, Command.PhaseAction.OPEN));
            rankingMidMove();

            ok(new Command.CloseMeeting(id()));
            audience("27-afslutning");
        } finally {
            host.close();
            session.close();
        }
    }

    private String id() {
        return "shot-" + (++ids);
    }

    private void ok(Command c) {
        var o = engine.execute(c);
        if (!o.isAcknowledged()) {
            throw new IllegalStateException(c + " → " + o.rejection());
        }
    }

    /** Thirty items in each of the card's columns, from all ten tables, some long. */
    private void fill(String card) {
        String[] words = {
            "Kortere vej til et tilbud tæt på hjemmet",
            "Fælles faglige miljøer på tværs af kommunerne",
            "Hvem betaler for de ledige pladser, når efterspørgslen svigter?",
            "Brugerorganisationerne med fra starten i hver klynge",
            "Risiko for at de mindste kommuner mister indflydelse",
        };
        for (Workshop.WorksheetField f : w.fields()) {
            for (int i = 1; i <= 30; i++) {
                String text = words[i % words.length] + " (" + f.shortTitle().toLowerCase() + " " + i + ")";
                ok(new Command.AddItem(id(), "bord-" + (1 + i % 10), card, f.id(), text));
            }
        }
    }

    /** Dots from nine tables on the first items of the dot fields. */
    private void dots(String card) {
        List<String> dotted = engine.snapshot().items().stream()
                .filter(i -> i.cardId().equals(card)
                        && w.field(i.fieldId()).orElseThrow().dotVotes())
                .map(i -> i.id())
                .limit(6)
                .toList();
        for (int t = 2; t <= 10; t++) {
            ok(new Command.CastDots(id(), "bord-" + t, card, Map.of(dotted.get(t % 6), 2, dotted.get((t + 1) % 6), 1)));
        }
    }

    /** The live ranking as the rows slide to their new places: a third of the way into the move. */
    private void rankingMidMove() throws Exception {
        List<String> order =
                w.ranking().items().stream().map(Workshop.RankItem::id).toList();
        ok(new Command.SubmitRankingBallot(id(), "bord-2", null, order));
        audience("26-loebende-rangordning-foer");
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            AudienceView view = Screenshots.onFx(() -> new AudienceView(i18n, meeting, presentation));
            Scene scene = Screenshots.onFx(() -> scene(view.node(), size[0], size[1]));
            List<String> reversed = new ArrayList<>(order);
            Collections.reverse(reversed);
            ok(new Command.SubmitRankingBallot(id(), "bord-3", null, reversed));
            ok(new Command.SubmitRankingBallot(id(), "bord-4", null, reversed));
            waitFor(() -> view.shownSeq() == engine.snapshot().seq());
            Thread.sleep(200);
            save(Screenshots.onFx(() -> scene.snapshot(null)), "26-loebende-rangordning-undervejs", size);
            Screenshots.onFx(() -> {
                view.dispose();
                return null;
            });
            ok(new Command.SubmitRankingBallot(id(), "bord-3", null, order));
            ok(new Command.SubmitRankingBallot(id(), "bord-4", null, order));
        }
    }

    private void audience(String name) throws Exception {
        Screenshots.settle();
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            WritableImage image = Screenshots.onFx(() -> {
                AudienceView view = new AudienceView(i18n, meeting, presentation);
                WritableImage img = Screenshots.snapshot(view.node(), size[0], size[1]);
                view.dispose();
                return img;
            });
            save(image, name, size);
        }
    }

    private void console(String name, String phase) throws Exception {
        Screenshots.settle();
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            WritableImage image = Screenshots.onFx(() -> {
                ConsoleView view =
                        new ConsoleView(i18n, new NoNavigation(), session, meeting, presentation, null, Runnable::run);
                WritableImage img = Screenshots.snapshot(view.buildFor(phase), size[0], size[1]);
                view.dispose();
                return img;
            });
            save(image, name, size);
        }
    }

    private void save(WritableImage image, String name, int[] size) throws Exception {
        Screenshots.save(out, image, name + "-" + size[0] + "x" + size[1]);
    }

    private static Scene scene(Parent root, int width, int height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Theme.stylesheet());
        root.applyCss();
        root.layout();
        return scene;
    }

    private static void waitFor(BooleanSupplier fxCondition) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (!Screenshots.onFx(fxCondition::getAsBoolean)) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("waited in vain");
            }
            Thread.sleep(20);
        }
    }

    /** A table laptop (Bord 1) joined over loopback, in a scene of its own. */
    private final class TableShots {
        private final int port;
        private TableScreen screen;
        private Parent root;

        TableShots(int port) {
            this.port = port;
        }

        void join() throws Exception {
            root = Screenshots.onFx(() -> {
                screen = new TableScreen(i18n, new NoNavigation(), false);
                Parent r = screen.build();
                scene(r, 1280, 720);
                return r;
            });
            Screenshots.onFx(() -> {
                ((TextField) root.lookup("#hostAddress")).setText("127.0.0.1:" + port);
                ((TextField) root.lookup("#joinCode")).setText("482913");
                ((Button) root.lookup("#connect")).fire();
                return null;
            });
            waitFor(() -> relaid() && root.lookup("#seat-bord-1") != null);
            Screenshots.onFx(() -> {
                ((Button) root.lookup("#seat-bord-1")).fire();
                return null;
            });
        }

        private boolean relaid() {
            root.applyCss();
            root.layout();
            return true;
        }

        @SuppressWarnings("unchecked")
        void answerAndSend() throws Exception {
            waitFor(() -> relaid() && root.lookup("#tableSend") != null);
            Screenshots.onFx(() -> {
                int k = 0;
                for (Workshop.Statement st : w.enquete().statements()) {
                    ((Segmented<Integer>) root.lookup("#tableAnswer-" + st.id()))
                            .valueProperty()
                            .set(1 + (k++ * 2) % 5);
                }
                ((Button) root.lookup("#tableSend")).fire();
                return null;
            });
            waitFor(() -> relaid() && root.lookup("#tableConfirm") != null);
            Screenshots.onFx(() -> {
                ((Button) root.lookup("#tableConfirm")).fire();
                return null;
            });
            waitFor(() -> relaid()
                    && root.lookup("#tableReceipt") != null
                    && root.lookup("#tableReceipt").isVisible());
        }

        void giveDots() throws Exception {
            waitFor(() -> relaid() && root.lookup("#tableDots .button") != null);
            Screenshots.onFx(() -> {
                List<Button> more = root.lookupAll(".button").stream()
                        .filter(n -> n.getId() != null && n.getId().startsWith("dotMore-"))
                        .map(Button.class::cast)
                        .toList();
                more.get(0).fire();
                more.get(0).fire();
                more.get(2).fire();
                return null;
            });
        }

        void shoot(String name) throws Exception {
            Thread.sleep(300);
            for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
                WritableImage image = Screenshots.onFx(() -> {
                    root.getScene().setRoot(new Region());
                    Scene scene = scene(root, size[0], size[1]);
                    root.applyCss();
                    root.layout();
                    return scene.snapshot(null);
                });
                save(image, name, size);
            }
        }
    }
}
