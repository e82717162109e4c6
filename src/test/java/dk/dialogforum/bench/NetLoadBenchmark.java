package dk.dialogforum.bench;

import dk.dialogforum.journal.Journal;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.net.HostServer;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Simulated tables (8, 100 and 1,000 WebSocket connections over loopback) each submitting worksheet
 * items to a host whose journal is on disk. For every submission: the time from the client's send to
 * the host's acknowledgement, which the host sends only once the item is durable and in its state.
 * Baseline in the same run: the same number of items submitted to the engine directly, in process,
 * with the same journal. Run: {@code ./mvnw -q test-compile exec:exec@bench-net}
 */
public final class NetLoadBenchmark {
    private static final String CARD = "klyngesamarbejde";

    private NetLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perClient = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        for (int clients : new int[] {8, 100, 1000}) {
            run(clients, perClient);
        }
    }

    private static void run(int clients, int perClient) throws Exception {
        Path dir = Files.createTempDirectory("dialogforum-net-bench");
        Workshop w = dk.dialogforum.testing.TestWorkshops.workshop(r -> r.put("tables", 30));
        // Baseline: the engine alone, same journal, same number of items, one at a time per "table".
        double[] base;
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), Journal.create(dir.resolve("base.journal"), w))) {
            engine.execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
            base = new double[clients * perClient];
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                all.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < perClient; i++) {
                        long t0 = System.nanoTime();
                        engine.execute(new Command.AddItem("b-" + client + "-" + i, "bord-" + (1 + client % 30), CARD, "fordele", "Punkt"));
                        base[client * perClient + i] = (System.nanoTime() - t0) / 1e6;
                    }
                }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        }
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), Journal.create(dir.resolve("net.journal"), w))) {
            engine.execute(new Command.ChangePhase("open", Phase.card(CARD), Command.PhaseAction.OPEN));
            HostServer host = new HostServer(engine, "111111", "bench".getBytes(), "127.0.0.1", 0);
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            double[] latency = new double[clients * perClient];
            int[] index = {0};
            CountDownLatch done = new CountDownLatch(clients * perClient);
            HttpClient http = HttpClient.newHttpClient();
            List<WebSocket> sockets = new ArrayList<>();
            List<CountDownLatch> joined = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                CountDownLatch seat = new CountDownLatch(1);
                joined.add(seat);
                WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + host.port() + "/ws"),
                        new dk.dialogforum.net.TextListener(text -> {
                                if (text.startsWith("{\"type\":\"joined\"")) {
                                    seat.countDown();
                                } else if (text.startsWith("{\"type\":\"ack\"")) {
                                    int at = text.indexOf("\"commandId\":\"") + 13;
                                    String id = text.substring(at, text.indexOf('"', at));
                                    Long t0 = sentAt.remove(id);
                                    if (t0 != null) {
                                        synchronized (latency) {
                                            latency[index[0]++] = (System.nanoTime() - t0) / 1e6;
                                        }
                                        done.countDown();
                                    }
                                }
                        })).get(30, TimeUnit.SECONDS);
                sockets.add(ws);
                ws.sendText("{\"type\":\"join\",\"code\":\"111111\",\"tableId\":\"bord-" + (1 + c % 30) + "\",\"token\":null}", true).get();
            }
            for (CountDownLatch l : joined) {
                l.await(30, TimeUnit.SECONDS);
            }
            long start = System.nanoTime();
            List<CompletableFuture<Void>> senders = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                WebSocket ws = sockets.get(c);
                String table = "bord-" + (1 + client % 30);
                String token = tokenOf(host, table);
                senders.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < perClient; i++) {
                        String id = "n-" + client + "-" + i;
                        sentAt.put(id, System.nanoTime());
                        ws.sendText("{\"type\":\"submit\",\"token\":\"" + token + "\",\"command\":{\"type\":\"addItem\",\"commandId\":\""
                                + id + "\",\"tableId\":\"" + table + "\",\"cardId\":\"" + CARD
                                + "\",\"fieldId\":\"fordele\",\"text\":\"Punkt\"}}", true).join();
                    }
                }));
            }
            CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).join();
            boolean all = done.await(120, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            int items = engine.snapshot().items().size();
            System.gc();
            long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            System.out.printf("%,d connections × %d: %s, %,d of %,d in the state; send→ack p50 %.2f ms, p99 %.2f ms; "
                            + "%,.0f accepted/s; heap after %d MB | baseline engine alone p50 %.2f ms, p99 %.2f ms -> p99 ratio %.1fx%n",
                    clients, perClient, all ? "all acknowledged" : "NOT ALL ACKNOWLEDGED", items, clients * perClient,
                    pct(latency, 50), pct(latency, 99), clients * perClient / seconds, heap, pct(base, 50), pct(base, 99),
                    pct(latency, 99) / pct(base, 99));
            sockets.forEach(WebSocket::abort);
            host.close();
        }
    }

    private static String tokenOf(HostServer host, String table) {
        try {
            var m = HostServer.class.getDeclaredMethod("token", String.class);
            m.setAccessible(true);
            return (String) m.invoke(host, table);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }
}
