package dk.dialogforum.bench;

import dk.dialogforum.net.HostChild;
import dk.dialogforum.net.HostIdentity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Six honest tables write at room pace to a host (its own JVM, journal on disk, {@code -Xmx256m}) while
 * hostile laptops on the same network attack it: quiet (none), 40 connections that never read what they
 * are sent while they join and keep talking, and a flood of 200,000 join messages over connection after
 * connection. For each: the honest tables' acknowledgement time, from when each entry was due to be sent
 * (not when it was), p50 and p99, the p99 as a ratio of the quiet run's in the same run, and the host's
 * peak RSS. Run: {@code ./mvnw -q test-compile exec:exec@bench-hostile}
 */
public final class HostileLaptopsBenchmark {
    private static final int TABLES = 6;
    private static final long EVERY_MILLIS = 50;
    private static final long SECONDS = Long.getLong("bench.seconds", 20);
    private static final int FLOOD_JOINS = 200_000;

    private HostileLaptopsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 2);
        System.out.printf("load before: %s%n", load());
        System.out.println(
                "| round | attack | acks | ack p50 ms | ack p99 ms | p99 ÷ quiet | host peak RSS MiB | attack sent | load |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int round = 1; round <= rounds; round++) {
            double quiet = 0;
            for (String attack : List.of("quiet", "never-reading", "join-flood")) {
                Result r = run(attack);
                if (attack.equals("quiet")) {
                    quiet = r.p99;
                }
                System.out.printf(
                        "| %d | %s | %d | %.1f | %.1f | %.2f | %d | %s | %s |%n",
                        round, attack, r.acks, r.p50, r.p99, r.p99 / quiet, r.rssMiB, r.sent, load());
            }
        }
    }

    private record Result(int acks, double p50, double p99, long rssMiB, String sent) {}

    private static Result run(String attack) throws Exception {
        Path dir = Files.createTempDirectory("df-hostile");
        Path journal = dir.resolve("m.journal");
        Path id = dir.resolve("m.journal.host");
        String code = HostIdentity.forMeeting(id).joinCode();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process host = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-Djava.util.logging.config.file=/dev/null",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HostChild.class.getName(),
                        journal.toString(),
                        id.toString(),
                        String.valueOf(port))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String ready = new BufferedReader(new InputStreamReader(host.getInputStream())).readLine();
            if (!"READY".equals(ready)) {
                throw new IllegalStateException("the host did not start");
            }
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong sent = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            List<Honest> honest = new ArrayList<>();
            for (int t = 1; t <= TABLES; t++) {
                honest.add(new Honest(port, code, "bord-" + t, latencies));
            }
            if (attack.equals("never-reading")) {
                for (int i = 0; i < 40; i++) {
                    threads.add(daemon(() -> neverReading(port, code, running, sent)));
                }
            } else if (attack.equals("join-flood")) {
                for (int i = 0; i < 4; i++) {
                    threads.add(daemon(() -> joinFlood(port, code, running, sent)));
                }
            }
            long start = System.nanoTime();
            List<Thread> writers = new ArrayList<>();
            for (Honest h : honest) {
                writers.add(daemon(() -> h.write(start, SECONDS)));
            }
            for (Thread w : writers) {
                w.join();
            }
            running.set(false);
            for (Honest h : honest) {
                h.awaitAcks();
            }
            for (Thread t : threads) {
                t.join(10_000);
            }
            long rss = Rss.peakMiB(host.pid());
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(
                    sorted.size(),
                    percentile(sorted, 0.50) / 1e6,
                    percentile(sorted, 0.99) / 1e6,
                    rss,
                    attack.equals("quiet") ? "–" : sent.get() + (attack.equals("join-flood") ? " joins" : " messages"));
        } finally {
            host.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** An honest table: joins its seat, then writes an item every {@link #EVERY_MILLIS}, timing each ack. */
    private static final class Honest implements WebSocket.Listener {
        private final String table;
        private final List<Long> latencies;
        private final Map<String, Long> due = new ConcurrentHashMap<>();
        private final CompletableFuture<String> token = new CompletableFuture<>();
        private final StringBuilder parts = new StringBuilder();
        private final WebSocket ws;

        Honest(int port, String code, String table, List<Long> latencies) throws Exception {
            this.table = table;
            this.latencies = latencies;
            ws = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), this)
                    .get(30, TimeUnit.SECONDS);
            ws.sendText(
                            "{\"type\":\"join\",\"code\":\"" + code + "\",\"tableId\":\"" + table
                                    + "\",\"token\":null}",
                            true)
                    .get(30, TimeUnit.SECONDS);
            token.get(30, TimeUnit.SECONDS);
        }

        void write(long start, long seconds) {
            try {
                String t = token.get();
                long n = seconds * 1000 / EVERY_MILLIS;
                for (int k = 0; k < n; k++) {
                    long at = start + TimeUnit.MILLISECONDS.toNanos(k * EVERY_MILLIS);
                    long wait = at - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    String commandId = table + "-" + k;
                    due.put(commandId, at);
                    ws.sendText(
                                    "{\"type\":\"submit\",\"token\":\"" + t
                                            + "\",\"command\":{\"type\":\"addItem\",\"commandId\":\"" + commandId
                                            + "\",\"tableId\":\"" + table
                                            + "\",\"cardId\":\"klyngesamarbejde\",\"fieldId\":\"fordele\",\"text\":\"Punkt "
                                            + k + "\"}}",
                                    true)
                            .get(60, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                throw new IllegalStateException(table + " could not write", e);
            }
        }

        void awaitAcks() throws InterruptedException {
            for (long end = System.currentTimeMillis() + 60_000; !due.isEmpty() && System.currentTimeMillis() < end; ) {
                Thread.sleep(20);
            }
            ws.abort();
        }

        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String text = parts.toString();
                parts.setLength(0);
                if (text.startsWith("{\"type\":\"joined\"")) {
                    token.complete(field(text, "token"));
                } else if (text.startsWith("{\"type\":\"ack\"")) {
                    Long at = due.remove(field(text, "commandId"));
                    if (at != null) {
                        latencies.add(System.nanoTime() - at);
                    }
                }
            }
            w.request(1);
            return null;
        }
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(at, json.indexOf('"', at));
    }

    /** Joins, then keeps talking without ever reading what it is sent. */
    private static void neverReading(int port, String code, AtomicBoolean running, AtomicLong sent) {
        try (Socket s = open(port)) {
            OutputStream out = s.getOutputStream();
            for (int i = 0; running.get(); i++) {
                String message = i < 20
                        ? "{\"type\":\"join\",\"code\":\"" + code + "\",\"tableId\":null,\"token\":null}"
                        : "{\"type\":\"alive\"}";
                out.write(frame(message));
                sent.incrementAndGet();
                if (i >= 20) {
                    Thread.sleep(10);
                }
            }
        } catch (IOException | InterruptedException e) {
            // let go by the host: as it should be
        }
    }

    /** Connection after connection, each sending join after join, never reading; until 200,000 are sent. */
    private static void joinFlood(int port, String code, AtomicBoolean running, AtomicLong sent) {
        byte[] join = frame("{\"type\":\"join\",\"code\":\"" + code + "\",\"tableId\":null,\"token\":null}");
        while (running.get() && sent.get() < FLOOD_JOINS) {
            try (Socket s = open(port)) {
                OutputStream out = s.getOutputStream();
                for (int i = 0; i < 50 && sent.get() < FLOOD_JOINS; i++) {
                    out.write(join);
                    sent.incrementAndGet();
                }
            } catch (IOException e) {
                // turned away or let go: the next connection
            }
        }
    }

    private static Socket open(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(5_000);
        OutputStream out = s.getOutputStream();
        out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // The handshake's answer is read, to its blank line; nothing after it ever is.
        var in = s.getInputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed during the handshake");
            }
            last4 = (last4 << 8) | b;
        }
        return s;
    }

    /** A masked text frame (a client's frames are masked; the mask here is zeros). */
    private static byte[] frame(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        int head = payload.length < 126 ? 2 : 4;
        byte[] f = new byte[head + 4 + payload.length];
        f[0] = (byte) 0x81;
        if (payload.length < 126) {
            f[1] = (byte) (0x80 | payload.length);
        } else {
            f[1] = (byte) (0x80 | 126);
            f[2] = (byte) (payload.length >> 8);
            f[3] = (byte) payload.length;
        }
        System.arraycopy(payload, 0, f, head + 4, payload.length);
        return f;
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
