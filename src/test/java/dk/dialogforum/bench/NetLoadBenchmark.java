package dk.dialogforum.bench;

import dk.dialogforum.journal.Journal;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.testing.NoNavigation;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.console.ConsoleView;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Simulated tables (8, 100 and 1,000 WebSocket connections over loopback, from {@link SimulatedLaptops} in
 * a JVM of their own) each submitting worksheet items to a host whose journal is on disk. For every
 * submission: the time from the client's send to the host's acknowledgement, which the host sends only
 * once the item is durable and in its state.
 * Baseline in the same run: the same number of items submitted to the engine directly, in process,
 * with the same journal. Run: {@code ./mvnw -q test-compile exec:exec@bench-net}
 */
public final class NetLoadBenchmark {
    private static final String CARD = "klyngesamarbejde";
    /** Whether the facilitator's console runs beside the projector, as in the program ({@code -Dbench.console=false}: the projector alone). */
    private static final boolean CONSOLE = !"false".equals(System.getProperty("bench.console"));
    /** With -Dbench.view=false no window is shown: the host alone, to tell its own latency from the screens' share of the cores. */
    private static final boolean VIEW = !"false".equals(System.getProperty("bench.view"));

    /**
     * The paced room: each laptop sends an item every {@code -Dbench.every} ms (2,000: a room at its busiest),
     * {@code -Dbench.each} items in all (10). {@code -Dbench.every=100 -Dbench.each=30} offers 10,000 items a second
     * from 1,000 connections, on a schedule: a rate, where the flat-out round's thousand waiting connections
     * set their own pace.
     */
    private static final long PACED_EVERY_MS = Long.getLong("bench.every", 2_000);

    private static final int PACED_EACH = Integer.getInteger("bench.each", 10);

    private NetLoadBenchmark() {}

    /** Connections a table may have: the 1,000 connections at 30 tables are 34 at each. */
    static final int PER_TABLE = 100;

    /**
     * 30 tables voting individually: a thousand connections are a thousand phones, each a participant at its table
     * with a token of its own (at a table voting as one, a second laptop at a seat waits for the facilitator).
     */
    static void room(com.fasterxml.jackson.databind.node.ObjectNode r) {
        r.put("tables", 30);
        r.putObject("voting").put("mode", "individual");
    }

    public static void main(String[] args) throws Exception {
        int perClient = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        CountDownLatch fx = new CountDownLatch(1);
        Platform.startup(fx::countDown);
        fx.await();
        // Each size closes its audience window; the toolkit must outlive the last one.
        Platform.setImplicitExit(false);
        onFx(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Theme.loadFonts();
            return null;
        });
        // -Dbench.sizes=1000 -Dbench.loads=paced runs a part, e.g. under a profiler.
        int[] sizes = Arrays.stream(
                        System.getProperty("bench.sizes", "8,100,1000").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        List<String> loads =
                List.of(System.getProperty("bench.loads", "paced,fast").split(","));
        // The laptops in a JVM of their own, as laptops are: their receiving and garbage are not the host's.
        try (SimulatedLaptops.Process laptops = new SimulatedLaptops.Process()) {
            if (loads.contains("paced")) {
                // Warm-up, not reported: the first items through a fresh JVM run interpreted code.
                paced(laptops, 100, 5, 500, false);
                for (int clients : sizes) {
                    paced(laptops, clients, PACED_EACH, PACED_EVERY_MS, true);
                }
            }
            if (loads.contains("paced")) {
                // The host's peak so far is that of its largest room with what it showed: beside a bare window's.
                long host = Rss.peakMiB(ProcessHandle.current().pid());
                long bare = BareWindowRss.measure();
                System.out.printf(
                        "host peak RSS with %,d connections and %s %d MiB; a bare window at 1920×1080, "
                                + "started the same way: %d MiB -> %.2fx%n",
                        Arrays.stream(sizes).max().orElse(0),
                        !VIEW ? "no window" : CONSOLE ? "both screens" : "the projector",
                        host,
                        bare,
                        host / (double) bare);
            }
            if (loads.contains("fast")) {
                for (int clients : sizes) {
                    run(laptops, clients, perClient);
                }
            }
        }
        Platform.exit();
        System.exit(0);
    }

    /**
     * With {@code -Dbench.histogram=N}: the N classes whose objects take most of the host's heap, taken halfway
     * through each reported paced run, while every laptop is connected. Taking it collects the heap, so a run
     * with it says what the host holds, not how fast it is.
     */
    private static final int HISTOGRAM = Integer.getInteger("bench.histogram", 0);

    private static Thread histogramMidway(long afterMillis) {
        Thread t = new Thread(
                () -> {
                    try {
                        Thread.sleep(afterMillis);
                        String all = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer()
                                .invoke(
                                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                                        "gcClassHistogram",
                                        new Object[] {new String[0]},
                                        new String[] {String[].class.getName()});
                        all.lines().limit(HISTOGRAM + 3).forEach(l -> System.out.println("  " + l));
                    } catch (Exception e) {
                        System.out.println("  no histogram: " + e);
                    }
                },
                "histogram");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        return f.get(60, TimeUnit.SECONDS);
    }

    /**
     * Tables at a pace: {@code clients} connections, each sending {@code perClient} items one every
     * {@code everyMillis} (first at a random moment), while the real audience view shows the card at
     * 1920×1080. For each item: send→ack, and send→the first frame laid out from a meeting state that holds it.
     */
    private static void paced(
            SimulatedLaptops.Process laptops, int clients, int perClient, long everyMillis, boolean report)
            throws Exception {
        Path dir = scratch();
        Workshop w = TestWorkshops.workshop(NetLoadBenchmark::room);
        try (MeetingSession session = MeetingSession.start(w, new Journals(dir))) {
            MeetingEngine engine = session.engine();
            engine.execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
            FxMeeting meeting = VIEW ? onFx(() -> new FxMeeting(engine)) : null;
            // (nanoTime, seq) of every frame the audience view is laid out for.
            long[][] frames = new long[2][1 << 16];
            int[] frameCount = {0};
            // (nanoTime, seq) of every state the view's nodes were changed to: the frame after draws it.
            long[][] updates = new long[2][1 << 16];
            int[] updateCount = {0};
            Stage stage = !VIEW
                    ? null
                    : onFx(() -> {
                        // The program's theme under its own stylesheet, as the projector shows it.
                        Application.setUserAgentStylesheet(
                                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                        I18n i18n = new I18n(Texts.DANISH);
                        Presentation presentation = new Presentation();
                        AudienceView view = new AudienceView(i18n, meeting, presentation);
                        // Told once the view has changed its nodes to a state, whenever it does (it paces a fast room).
                        view.shownSeqProperty().addListener((o, was, now) -> {
                            int n = updateCount[0];
                            if (n < updates[0].length) {
                                updates[0][n] = System.nanoTime();
                                updates[1][n] = now.longValue();
                                updateCount[0] = n + 1;
                            }
                        });
                        Scene scene = new Scene(view.node(), 1920, 1080);
                        scene.getStylesheets().add(Theme.stylesheet());
                        scene.addPostLayoutPulseListener(() -> {
                            int n = frameCount[0];
                            if (n < frames[0].length) {
                                frames[0][n] = System.nanoTime();
                                frames[1][n] = view.shownSeq();
                                frameCount[0] = n + 1;
                            }
                        });
                        Stage st = new Stage();
                        st.setScene(scene);
                        if (CONSOLE) {
                            // The facilitator's console beside it, as on the host's laptop: the agenda, the card's
                            // items for moderation and a live preview of the projector, all on the same FX thread.
                            ConsoleView console = new ConsoleView(
                                    i18n, new NoNavigation(), session, meeting, presentation, null, Runnable::run);
                            Scene consoleScene = new Scene(console.build(), 1600, 900);
                            consoleScene.getStylesheets().add(Theme.stylesheet());
                            Stage consoleStage = new Stage();
                            consoleStage.setScene(consoleScene);
                            consoleStage.show();
                            st.setOnHidden(e -> {
                                view.dispose();
                                consoleStage.close();
                                console.dispose();
                            });
                        } else {
                            st.setOnHidden(e -> view.dispose());
                        }
                        st.show();
                        return st;
                    });
            HostServer host = new HostServer(engine, "111111", "bench".getBytes(), "127.0.0.1", 0);
            host.participantCap(PER_TABLE);
            // When the host's state holds each event durably: the engine tells its subscribers then.
            Map<Long, Long> heldAt = new ConcurrentHashMap<>();
            engine.subscribe(batch -> {
                long now = System.nanoTime();
                batch.forEach(a -> heldAt.put(a.seq(), now));
            });
            Thread histogram = HISTOGRAM > 0 && report ? histogramMidway(perClient * everyMillis / 2) : null;
            Path timings = laptops.run(host.port(), clients, perClient, everyMillis, "111111");
            if (histogram != null) {
                histogram.join();
            }
            List<String> rows = Files.readAllLines(timings);
            Files.delete(timings);
            String[] head = rows.get(0).split(" ");
            double seconds = (Long.parseLong(head[1]) - Long.parseLong(head[0])) / 1e9;
            boolean all = Boolean.parseBoolean(head[2]);
            Thread.sleep(500);
            int items = engine.snapshot().items().size();
            long[][] shown = onFx(() -> {
                if (stage != null) {
                    stage.close();
                    meeting.dispose();
                }
                return new long[][] {
                    Arrays.copyOf(frames[0], frameCount[0]),
                    Arrays.copyOf(frames[1], frameCount[0]),
                    Arrays.copyOf(updates[0], updateCount[0]),
                    Arrays.copyOf(updates[1], updateCount[0])
                };
            });
            int sent = rows.size() - 1;
            double[] toAck = new double[sent];
            double[] toState = new double[sent];
            double[] toView = new double[sent];
            double[] toUpdate = new double[sent];
            double[] toTable = new double[sent];
            long[][] changed = {shown[2], shown[3]};
            int unseen = 0;
            for (int k = 0; k < sent; k++) {
                // id sent acknowledged seq told; -1 for what never came
                String[] r = rows.get(k + 1).split(" ");
                long sentAt = Long.parseLong(r[1]);
                long ack = Long.parseLong(r[2]);
                long seq = Long.parseLong(r[3]);
                long told = Long.parseLong(r[4]);
                toAck[k] = ack < 0 ? Double.NaN : (ack - sentAt) / 1e6;
                toTable[k] = told < 0 ? Double.POSITIVE_INFINITY : (told - sentAt) / 1e6;
                Long held = seq < 0 ? null : heldAt.get(seq);
                toState[k] = held == null ? Double.NaN : (held - sentAt) / 1e6;
                long update = seq < 0 ? -1 : firstFrameWith(changed, seq);
                toUpdate[k] = update < 0 ? Double.POSITIVE_INFINITY : (update - sentAt) / 1e6;
                long frame = seq < 0 ? -1 : firstFrameWith(shown, seq);
                if (frame < 0) {
                    unseen++;
                    toView[k] = Double.POSITIVE_INFINITY;
                } else {
                    toView[k] = (frame - sentAt) / 1e6;
                }
            }
            System.gc();
            long heap =
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            if (report) {
                String screen = VIEW
                        ? String.format(
                                "send→audience view's nodes changed p50 %.2f ms, p99 %.2f ms; "
                                        + "send→audience view laid out p50 %.2f ms, p99 %.2f ms, %d never on screen, %,d frames; ",
                                pct(toUpdate, 50),
                                pct(toUpdate, 99),
                                pct(toView, 50),
                                pct(toView, 99),
                                unseen,
                                shown[0].length)
                        : "no window shown; ";
                System.out.printf(
                        "%,d connections, one item each every %.1f s (%,.0f/s offered), %d each: %s, %,d of %,d in the state; "
                                + "send→host state p50 %.2f ms, p99 %.2f ms; send→ack p50 %.2f ms, p99 %.2f ms; "
                                + "%s"
                                + "send→a laptop at the table told p50 %.2f ms, p99 %.2f ms; "
                                + "%,.0f accepted/s; host heap after %d MB, host process peak RSS so far %d MiB%n",
                        clients,
                        everyMillis / 1000.0,
                        clients * 1000.0 / everyMillis,
                        perClient,
                        all ? "all acknowledged" : "NOT ALL ACKNOWLEDGED",
                        items,
                        clients * perClient,
                        pct(toState, 50),
                        pct(toState, 99),
                        pct(toAck, 50),
                        pct(toAck, 99),
                        screen,
                        pct(toTable, 50),
                        pct(toTable, 99),
                        clients * perClient / seconds,
                        heap,
                        Rss.peakMiB(ProcessHandle.current().pid()));
            }
            host.close();
        }
    }

    /** The time of the first frame laid out from a state at or after {@code seq}, or -1. */
    private static long firstFrameWith(long[][] frames, long seq) {
        int lo = 0;
        int hi = frames[1].length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frames[1][mid] < seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < frames[1].length ? frames[0][lo] : -1;
    }

    private static void run(SimulatedLaptops.Process laptops, int clients, int perClient) throws Exception {
        Path dir = scratch();
        Workshop w = TestWorkshops.workshop(NetLoadBenchmark::room);
        // Baseline: the engine alone, same journal, same number of items, one at a time per "table".
        double[] base;
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), Journal.create(dir.resolve("base.journal"), w))) {
            engine.execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
            base = new double[clients * perClient];
            // Every table at once, each submitting its next item when the last is accepted.
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                all.add(inProcess(engine, base, c, 0, perClient));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        }
        double[] latency = overTheNetwork(laptops, w, dir.resolve("net.journal"), clients, perClient, false);
        double[] burst = overTheNetwork(laptops, w, dir.resolve("burst.journal"), clients, perClient, true);
        System.out.printf(
                "%,d connections × %d, one entry at a time: send→ack p50 %.2f ms, p99 %.2f ms | engine alone p50 %.2f ms, "
                        + "p99 %.2f ms -> p99 ratio %.1fx | all at once: p50 %.2f ms, p99 %.2f ms%n",
                clients,
                perClient,
                pct(latency, 50),
                pct(latency, 99),
                pct(base, 50),
                pct(base, 99),
                pct(latency, 99) / pct(base, 99),
                pct(burst, 50),
                pct(burst, 99));
    }

    private static CompletableFuture<Void> inProcess(
            MeetingEngine engine, double[] times, int client, int i, int perClient) {
        if (i == perClient) {
            return CompletableFuture.completedFuture(null);
        }
        long t0 = System.nanoTime();
        return engine.submit(new Command.AddItem(
                        "b-" + client + "-" + i, "bord-" + (1 + client % 30), CARD, "fordele", "Punkt"))
                .thenCompose(o -> {
                    times[client * perClient + i] = (System.nanoTime() - t0) / 1e6;
                    return inProcess(engine, times, client, i + 1, perClient);
                });
    }

    /**
     * Seats {@code clients} WebSocket connections and has each submit {@code perClient} items: one at a
     * time, the next when the last is acknowledged (as a table does), or in a burst without waiting.
     * Prints what was accepted; returns the send→ack times in milliseconds.
     */
    private static double[] overTheNetwork(
            SimulatedLaptops.Process laptops, Workshop w, Path journal, int clients, int perClient, boolean burst)
            throws Exception {
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), Journal.create(journal, w))) {
            engine.execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
            HostServer host = new HostServer(engine, "111111", "bench".getBytes(), "127.0.0.1", 0);
            host.participantCap(PER_TABLE);
            Path timings = laptops.run(host.port(), clients, perClient, burst ? -1 : 0, "111111");
            List<String> rows = Files.readAllLines(timings);
            Files.delete(timings);
            String[] head = rows.get(0).split(" ");
            double seconds = (Long.parseLong(head[1]) - Long.parseLong(head[0])) / 1e9;
            boolean all = Boolean.parseBoolean(head[2]);
            double[] latency = new double[rows.size() - 1];
            for (int k = 0; k < latency.length; k++) {
                // id sent acknowledged seq told; -1 for what never came
                String[] r = rows.get(k + 1).split(" ");
                long ack = Long.parseLong(r[2]);
                latency[k] = ack < 0 ? Double.POSITIVE_INFINITY : (ack - Long.parseLong(r[1])) / 1e6;
            }
            int items = engine.snapshot().items().size();
            System.gc();
            long heap =
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            System.out.printf(
                    "  %s: %s, %,d of %,d in the state; %,.0f accepted/s; host heap after %d MB%n",
                    burst ? "all at once" : "one at a time",
                    all ? "all acknowledged" : "NOT ALL ACKNOWLEDGED",
                    items,
                    clients * perClient,
                    clients * perClient / seconds,
                    heap);
            host.close();
            return latency;
        }
    }

    /** A folder for a round's journals, removed when the benchmark ends. */
    private static Path scratch() throws IOException {
        Path dir = Files.createTempDirectory("dialogforum-net-bench");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                JournalBenchmark.deleteTree(dir);
            } catch (IOException | RuntimeException e) {
                System.err.println("left behind: " + dir);
            }
        }));
        return dir;
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }
}
