package dk.dialogforum.net;

import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What a hostile or broken laptop can cost the host is bounded: one address cannot open connections without
 * end, and every frame it sends is answered or closes its connection with a reason.
 */
class HostBoundsTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** A connection, what it was told, and how it ended: its close code, once the host closes it. */
    private record Socket(
            WebSocket ws, CompletableFuture<String> hello, List<String> told, CompletableFuture<Integer> closed) {}

    private Socket connect(HttpClient http, int port) throws Exception {
        CompletableFuture<String> hello = new CompletableFuture<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        WebSocket ws = http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        hello.complete(data.toString());
                        told.add(data.toString());
                        w.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
                        closed.complete(status);
                        return null;
                    }
                })
                .get(60, TimeUnit.SECONDS);
        open.add(() -> ws.abort());
        return new Socket(ws, hello, told, closed);
    }

    @Test
    void oneAddressOpensAtMostItsShareOfConnections() throws Exception {
        MeetingEngine engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
        open.add(engine);
        HostServer host = new HostServer(engine, "482913", "secret".getBytes(), "127.0.0.1", 0);
        open.add(host);
        HttpClient http = HttpClient.newHttpClient();
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < ConnectionLimits.MAX_OPEN; i++) {
            Socket s = connect(http, host.port());
            s.hello().get(60, TimeUnit.SECONDS);
            sockets.add(s);
        }
        ExecutionException tooMany = assertThrows(ExecutionException.class, () -> connect(http, host.port()));
        assertEquals(
                429,
                ((WebSocketHandshakeException) tooMany.getCause()).getResponse().statusCode(),
                "one more is turned away before it is a connection");

        // One closes: another may come.
        sockets.get(0).ws().sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(60, TimeUnit.SECONDS);
        sockets.get(0).closed().get(60, TimeUnit.SECONDS);
        Socket next = null;
        for (long end = System.currentTimeMillis() + 60_000; next == null; Thread.sleep(50)) {
            try {
                Socket s = connect(http, host.port());
                CompletableFuture.anyOf(s.hello(), s.closed()).get(60, TimeUnit.SECONDS);
                next = s.hello().isDone() ? s : null;
            } catch (ExecutionException notYet) {
                // the closed connection is not counted off yet
            }
            if (next == null && System.currentTimeMillis() > end) {
                throw new AssertionError("no room after a connection closed");
            }
        }
        assertEquals(false, next.closed().isDone());
    }

    @Test
    void everyFrameIsAnsweredOrClosesTheConnectionWithAReason() throws Exception {
        MeetingEngine engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
        open.add(engine);
        HostServer host = new HostServer(engine, "482913", "secret".getBytes(), "127.0.0.1", 0);
        open.add(host);
        HttpClient http = HttpClient.newHttpClient();
        Socket s = connect(http, host.port());
        s.hello().get(60, TimeUnit.SECONDS);
        s.ws().sendText("null", true).get(60, TimeUnit.SECONDS);
        for (long end = System.currentTimeMillis() + 60_000; s.told().size() < 2; Thread.sleep(20)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("no answer to a null message");
            }
        }
        assertEquals(
                true,
                s.told().get(1).contains("\"code\":\"BAD_MESSAGE\""),
                s.told().get(1));
        s.ws().sendBinary(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}), true).get(60, TimeUnit.SECONDS);
        assertEquals(1003, s.closed().get(60, TimeUnit.SECONDS), "a binary frame: closed as data it does not take");
    }

    @Test
    void aConnectionThatSendsWithoutEndIsLetGo() throws Exception {
        MeetingEngine engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
        open.add(engine);
        HostServer host = new HostServer(engine, "482913", "secret".getBytes(), "127.0.0.1", 0);
        open.add(host);
        Socket s = connect(HttpClient.newHttpClient(), host.port());
        s.hello().get(60, TimeUnit.SECONDS);
        for (int i = 0; i <= ConnectionLimits.MAX_MESSAGES && !s.closed().isDone(); i++) {
            s.ws().sendText("{\"type\":\"alive\"}", true).get(60, TimeUnit.SECONDS);
        }
        assertEquals(1008, s.closed().get(60, TimeUnit.SECONDS));
    }
}
