package dk.dialogforum.bench;

import dk.dialogforum.net.HostServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The simulated laptops' WebSocket client (RFC 6455, text messages over plain TCP): a thousand connections
 * on one selector thread, each message's bytes looked at only as far as the laptop needs.
 *
 * <p>The laptops stand in for other machines, so what they spend of this machine's cores is taken from the
 * host under test. A general client does more per message than a load generator needs (the JDK's decodes
 * every push through its own buffers, futures and per-message objects, on a selector thread per client),
 * which made the laptops' JVM use 0.6–0.8 of the two cores while 1,000 of them were told five times a
 * second. This one decodes a message to text only when the laptop asks for it ({@link Handler#wants}).
 */
final class LightSockets implements AutoCloseable {
    /** What a connection does with the messages it is sent. */
    interface Handler {
        /** Whether the message that starts with these bytes (up to 32 of them, as ASCII) is wanted as text. */
        boolean wants(byte[] start, int length);

        /** A wanted message, whole. */
        void onText(String text);
    }

    private final Selector selector;
    private final Thread io;
    private final ConcurrentLinkedQueue<Connection> toRegister = new ConcurrentLinkedQueue<>();
    private volatile boolean open = true;

    LightSockets() throws IOException {
        selector = Selector.open();
        io = new Thread(this::loop, "bench-io");
        io.setDaemon(true);
        io.start();
    }

    /** How many connections come from each local address: the host lets one address have only so many. */
    static final int PER_ADDRESS = 16;

    private final AtomicInteger opened = new AtomicInteger();

    /**
     * Opens a WebSocket at {@code ws://127.0.0.1:port/path}; messages go to the handler from the selector thread.
     * Every {@link #PER_ADDRESS} connections come from another loopback address (127.1.x.y; Linux answers on all
     * of 127/8), as laptops come from addresses of their own: the host's per-address limits are for one laptop.
     */
    Connection connect(int port, String path, Handler handler) throws IOException {
        int laptop = opened.getAndIncrement() / PER_ADDRESS;
        SocketChannel ch = SocketChannel.open();
        ch.bind(new InetSocketAddress("127.1." + (laptop / 250) + "." + (1 + laptop % 250), 0));
        ch.connect(new InetSocketAddress("127.0.0.1", port));
        ch.socket().setTcpNoDelay(true);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + "Sec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        writeFully(ch, ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
        // The answer's head, then whatever followed it in the same reads: the host's first message may.
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        int headEnd;
        while ((headEnd = headEnd(in)) < 0) {
            if (ch.read(in) < 0) {
                throw new IOException("the host closed the connection during the WebSocket handshake");
            }
        }
        String head = new String(in.array(), 0, headEnd, StandardCharsets.US_ASCII);
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("the host refused the WebSocket handshake: "
                    + head.lines().findFirst().orElse(""));
        }
        in.flip();
        in.position(headEnd);
        in.compact();
        ch.configureBlocking(false);
        Connection c = new Connection(ch, handler, in);
        toRegister.add(c);
        selector.wakeup();
        return c;
    }

    private static int headEnd(ByteBuffer in) {
        byte[] a = in.array();
        for (int i = 3; i < in.position(); i++) {
            if (a[i - 3] == '\r' && a[i - 2] == '\n' && a[i - 1] == '\r' && a[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private void loop() {
        try {
            while (open) {
                selector.select();
                for (Connection c; (c = toRegister.poll()) != null; ) {
                    c.channel.register(selector, SelectionKey.OP_READ, c);
                    // Bytes that came with the handshake's answer.
                    c.parse();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection c = (Connection) key.attachment();
                    if (c.channel.read(c.in) < 0) {
                        key.cancel();
                        c.channel.close();
                        continue;
                    }
                    c.parse();
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            if (open) {
                e.printStackTrace();
                System.exit(1);
            }
        }
    }

    private static void writeFully(SocketChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (ch.write(b) == 0) {
                LockSupport.parkNanos(20_000);
            }
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        selector.wakeup();
        try {
            io.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
    }

    /** One WebSocket. */
    static final class Connection {
        private final SocketChannel channel;
        private final Handler handler;
        private ByteBuffer in;
        /** The parts so far of a message sent in fragments, or null when it is not wanted. */
        private ByteArrayOutputStream parts;

        private boolean inMessage;
        private final byte[] start = new byte[32];
        private static final String ALIVE = "{\"type\":\"alive\"}";
        private long lastText = System.nanoTime();

        private Connection(SocketChannel channel, Handler handler, ByteBuffer in) {
            this.channel = channel;
            this.handler = handler;
            this.in = in;
        }

        /** Sends a whole text message (masked, as a client must); one send at a time per connection. */
        synchronized void sendText(String text) throws IOException {
            lastText = System.nanoTime();
            send(0x1, text.getBytes(StandardCharsets.UTF_8));
        }

        private synchronized void send(int opcode, byte[] payload) throws IOException {
            int n = payload.length;
            ByteBuffer frame = ByteBuffer.allocate(14 + n);
            frame.put((byte) (0x80 | opcode));
            if (n < 126) {
                frame.put((byte) (0x80 | n));
            } else if (n < 65_536) {
                frame.put((byte) (0x80 | 126)).putShort((short) n);
            } else {
                frame.put((byte) (0x80 | 127)).putLong(n);
            }
            int mask = ThreadLocalRandom.current().nextInt();
            frame.putInt(mask);
            for (int i = 0; i < n; i++) {
                frame.put((byte) (payload[i] ^ (mask >>> (24 - 8 * (i & 3)))));
            }
            frame.flip();
            writeFully(channel, frame);
        }

        void close() throws IOException {
            channel.close();
        }

        /** Hands on every whole frame in the buffer, keeps a part-frame for the next read. */
        private void parse() throws IOException {
            in.flip();
            while (in.remaining() >= 2) {
                int p = in.position();
                int b0 = in.get(p) & 0xff;
                int b1 = in.get(p + 1) & 0x7f;
                int header = 2;
                long length = b1;
                if (b1 == 126) {
                    header = 4;
                    if (in.remaining() < header) {
                        break;
                    }
                    length = in.getShort(p + 2) & 0xffff;
                } else if (b1 == 127) {
                    header = 10;
                    if (in.remaining() < header) {
                        break;
                    }
                    length = in.getLong(p + 2);
                }
                if (header + length > in.remaining()) {
                    if (header + length > in.capacity()) {
                        // A message larger than the buffer: the workshop in the host's hello, for one.
                        ByteBuffer larger = ByteBuffer.allocate((int) (header + length) * 2);
                        larger.put(in);
                        in = larger;
                        return;
                    }
                    break;
                }
                frame(b0 & 0x0f, (b0 & 0x80) != 0, p + header, (int) length);
                in.position(p + header + (int) length);
            }
            in.compact();
        }

        private void frame(int opcode, boolean fin, int at, int length) throws IOException {
            if (opcode == 0x9) {
                byte[] ping = new byte[length];
                in.get(at, ping);
                send(0xA, ping);
                // As a table laptop does: "still here" when it has sent nothing else lately.
                if (System.nanoTime() - lastText > HostServer.PING_SECONDS * 500_000_000L) {
                    sendText(ALIVE);
                }
                return;
            }
            if (opcode == 0x1 || (opcode == 0x0 && inMessage)) {
                if (opcode == 0x1) {
                    int n = Math.min(start.length, length);
                    in.get(at, start, 0, n);
                    parts = handler.wants(start, n) ? new ByteArrayOutputStream(length) : null;
                }
                if (parts != null) {
                    parts.write(in.array(), in.arrayOffset() + at, length);
                }
                inMessage = !fin;
                if (fin && parts != null) {
                    handler.onText(parts.toString(StandardCharsets.UTF_8));
                    parts = null;
                }
            }
            // Pongs, binary and close frames: nothing a laptop of the benchmark does with them.
        }
    }
}
