package dk.dialogforum.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * The table laptops of the network benchmark's paced load, in a JVM of their own, as laptops are: their
 * receiving, parsing and garbage are not the host's. They still share the machine's cores with the host.
 *
 * <p>Reads one run per line from standard input, {@code port connections items everyMillis code resultFile},
 * seats the connections at 30 tables, has each send its items one every {@code everyMillis} (first at a
 * random moment); with {@code everyMillis} 0 as fast as it can, the next when the last is acknowledged, as
 * a table does; with -1 all at once, without waiting. Then it writes for every item
 * {@code id sent acknowledged seq told} ({@link System#nanoTime()}, which on Linux is the one monotonic
 * clock of the machine and so comparable with the host's; -1 for what never came), then answers
 * {@code done}. "Told" is when the first laptop at the item's table first had it in a push.
 */
public final class SimulatedLaptops {
    private static final String CARD = "klyngesamarbejde";
    private static final int TABLES = 30;
    private static final ExecutorService SENDERS = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "bench-sender");
        t.setDaemon(true);
        return t;
    });

    private SimulatedLaptops() {}

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] p = line.strip().split(" ");
            if (p.length != 6) {
                System.err.println("expected: port connections items everyMillis code resultFile, got: " + line);
                System.exit(2);
            }
            run(
                    Integer.parseInt(p[0]),
                    Integer.parseInt(p[1]),
                    Integer.parseInt(p[2]),
                    Long.parseLong(p[3]),
                    p[4],
                    Path.of(p[5]));
            System.out.println("done");
            System.out.flush();
        }
    }

    private static void run(int port, int clients, int perClient, long everyMillis, String code, Path out)
            throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        // Paced sends: when each was due by the room's pace. A send held up (by the laptop's own threads, or a
        // host that answers slowly) is timed from then, not from when it got out: no coordinated omission.
        Map<String, Long> dueAt = new ConcurrentHashMap<>();
        Map<String, Long> ackAt = new ConcurrentHashMap<>();
        Map<String, Long> seqOf = new ConcurrentHashMap<>();
        Map<String, Long> toldAt = new ConcurrentHashMap<>();
        Map<Integer, String> tokens = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients * perClient);
        // All the connections on one light client: what the laptops spend of the cores is taken from the host.
        LightSockets light = new LightSockets();
        List<CountDownLatch> joined = new ArrayList<>();
        IntConsumer[] sendOf = new IntConsumer[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            CountDownLatch seat = new CountDownLatch(1);
            joined.add(seat);
            boolean looks = c < TABLES;
            LightSockets.Connection ws = light.connect(port, "/ws", new LightSockets.Handler() {
                @Override
                public boolean wants(byte[] start, int length) {
                    return startsWith(start, length, ACK)
                            || startsWith(start, length, JOINED)
                            || (looks && (startsWith(start, length, ITEMS) || startsWith(start, length, STATE)));
                }

                @Override
                public void onText(String text) {
                    if (looks && (text.startsWith("{\"type\":\"items\"") || text.startsWith("{\"type\":\"state\""))) {
                        long now = System.nanoTime();
                        for (int at = text.indexOf("Punkt p-"); at >= 0; at = text.indexOf("Punkt p-", at + 1)) {
                            int from = at + 6;
                            int to = from + 2;
                            while (to < text.length()
                                    && (Character.isDigit(text.charAt(to)) || text.charAt(to) == '-')) {
                                to++;
                            }
                            toldAt.putIfAbsent(text.substring(from, to), now);
                        }
                    } else if (text.startsWith("{\"type\":\"joined\"")) {
                        tokens.put(client, field(text, "token"));
                        seat.countDown();
                    } else if (text.startsWith("{\"type\":\"ack\"")) {
                        long now = System.nanoTime();
                        String id = field(text, "commandId");
                        int s = text.indexOf("\"seq\":") + 6;
                        int e = s;
                        while (e < text.length() && Character.isDigit(text.charAt(e))) {
                            e++;
                        }
                        seqOf.put(id, Long.parseLong(text.substring(s, e)));
                        if (ackAt.putIfAbsent(id, now) == null) {
                            done.countDown();
                            int i = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
                            if (everyMillis == 0 && i + 1 < perClient) {
                                // Not on the selector's thread: it must go on reading while a send waits.
                                SENDERS.execute(stopOnFailure(() -> sendOf[client].accept(i + 1)));
                            }
                        }
                    }
                }
            });
            String table = table(c);
            Object sending = new Object();
            sendOf[c] = i -> {
                // One send at a time on a socket: an acknowledgement can come before the send it answers
                // has finished, and the next send must wait for it.
                synchronized (sending) {
                    String id = "p-" + client + "-" + i;
                    String text = "{\"type\":\"submit\",\"token\":\"" + tokens.get(client)
                            + "\",\"command\":{\"type\":\"addItem\",\"commandId\":\""
                            + id + "\",\"tableId\":\"" + table + "\",\"cardId\":\"" + CARD
                            + "\",\"fieldId\":\"fordele\",\"text\":\"Punkt " + id + "\"}}";
                    Long due = dueAt.get(id);
                    sentAt.put(id, due != null ? due : System.nanoTime());
                    try {
                        ws.sendText(text);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            ws.sendText(
                    "{\"type\":\"join\",\"code\":\"" + code + "\",\"tableId\":\"" + table(c) + "\",\"token\":null}");
        }
        for (CountDownLatch l : joined) {
            if (!l.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a laptop was not seated");
            }
        }
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-pace");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        if (everyMillis > 0) {
            Random random = new Random(42);
            for (int c = 0; c < clients; c++) {
                IntConsumer send = sendOf[c];
                long offset = random.nextInt((int) everyMillis);
                int client = c;
                for (int k = 0; k < perClient; k++) {
                    dueAt.put("p-" + client + "-" + k, start + (offset + k * everyMillis) * 1_000_000);
                }
                int[] i = {0};
                Object lock = new Object();
                clock.scheduleAtFixedRate(
                        stopOnFailure(() -> {
                            synchronized (lock) {
                                if (i[0] < perClient) {
                                    send.accept(i[0]++);
                                }
                            }
                        }),
                        // From the start of the run, as its due times are: scheduling a thousand laptops takes a
                        // while, and a delay counted from each one's scheduling would make every send "late".
                        Math.max(0, start + offset * 1_000_000 - System.nanoTime()),
                        everyMillis * 1_000_000,
                        TimeUnit.NANOSECONDS);
            }
        } else {
            for (int c = 0; c < clients; c++) {
                IntConsumer send = sendOf[c];
                SENDERS.execute(stopOnFailure(() -> {
                    for (int i = 0; i < (everyMillis < 0 ? perClient : 1); i++) {
                        send.accept(i);
                    }
                }));
            }
        }
        boolean all = done.await(Math.max(0, everyMillis) * perClient / 1000 + 300, TimeUnit.SECONDS);
        long end = System.nanoTime();
        clock.shutdownNow();
        // Pushes still on their way to the laptops that look.
        Thread.sleep(1_000);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println(start + " " + end + " " + all);
            sentAt.forEach((id, sent) -> w.println(id + " " + sent + " " + ackAt.getOrDefault(id, -1L) + " "
                    + seqOf.getOrDefault(id, -1L) + " " + toldAt.getOrDefault(id, -1L)));
        }
        light.close();
    }

    /** A laptop that cannot send ends the run at once, rather than leaving the benchmark to wait for it. */
    private static Runnable stopOnFailure(Runnable send) {
        return () -> {
            try {
                send.run();
            } catch (RuntimeException e) {
                e.printStackTrace();
                System.exit(1);
            }
        };
    }

    private static final byte[] ACK = "{\"type\":\"ack\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JOINED = "{\"type\":\"joined\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ITEMS = "{\"type\":\"items\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STATE = "{\"type\":\"state\"".getBytes(StandardCharsets.US_ASCII);

    private static boolean startsWith(byte[] start, int length, byte[] prefix) {
        return length >= prefix.length && Arrays.equals(start, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String table(int client) {
        return "bord-" + (1 + client % TABLES);
    }

    /** A string field of a flat message, without parsing it all: the benchmark's laptops read only what they time. */
    private static String field(String text, String name) {
        int at = text.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return text.substring(at, text.indexOf('"', at));
    }

    /** A started laptops process, driven a run at a time. */
    static final class Process implements AutoCloseable {
        private final java.lang.Process process;
        private final PrintWriter commands;
        private final BufferedReader answers;

        Process() throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            // As light as the laptops can be made, since they stand in for other machines: one collector
            // thread that stops only their JVM.
            process = new ProcessBuilder(
                            java,
                            "-XX:+UseSerialGC",
                            "-cp",
                            System.getProperty("java.class.path"),
                            SimulatedLaptops.class.getName())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** One run; returns the file of its timings once the laptops are done. */
        Path run(int port, int clients, int perClient, long everyMillis, String code) throws IOException {
            Path out = Files.createTempFile("dialogforum-laptops", ".txt");
            commands.println(port + " " + clients + " " + perClient + " " + everyMillis + " " + code + " " + out);
            String answer = answers.readLine();
            if (!"done".equals(answer)) {
                throw new IllegalStateException("the simulated laptops stopped: " + answer);
            }
            return out;
        }

        @Override
        public void close() throws InterruptedException {
            commands.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
