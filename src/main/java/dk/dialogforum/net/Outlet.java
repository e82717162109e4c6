package dk.dialogforum.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.websocket.WsContext;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

import java.nio.ByteBuffer;
import java.nio.channels.WritePendingException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the host's messages to table laptops without waiting for the network: answers are sent from the
 * engine's writer thread, which a slow or vanished table must never hold up. A table that misses a message
 * asks again on reconnecting.
 */
final class Outlet {
    private static final Logger LOG = Logger.getLogger(Outlet.class.getName());
    /**
     * Frames a connection may have waiting to go out. A laptop reads what it is sent at once; one with this
     * many unsent has stopped reading (or is made to flood the host), and is let go rather than buffered for.
     */
    static final int MAX_UNSENT_FRAMES = 256;

    private static final ObjectWriter WRITER = Wire.MAPPER.writerFor(Wire.ToTable.class);
    private static final Callback FRAME_FAILED =
            Callback.from(() -> {}, x -> LOG.log(Level.FINE, "a message to a table was not delivered", x));
    private static final WriteCallback SEND_FAILED = new WriteCallback() {
        @Override
        public void writeFailed(Throwable x) {
            LOG.log(Level.FINE, "a message to a table was not delivered", x);
        }
    };

    private Outlet() {}

    static void send(WsContext ctx, Wire.ToTable message) {
        sendAll(List.of(ctx), message);
    }

    /** Sends one message to every connection at a seat, written out once. */
    static void sendAll(Collection<WsContext> at, Wire.ToTable message) {
        // Written out in UTF-8 once for all the connections at a table, not once for each.
        ByteBuffer encoded;
        try {
            encoded = ByteBuffer.wrap(WRITER.writeValueAsBytes(message));
        } catch (JsonProcessingException e) {
            LOG.log(Level.WARNING, "a message to a table could not be written", e);
            return;
        }
        for (WsContext ctx : at) {
            sendText(ctx, encoded);
        }
    }

    private static void sendText(WsContext ctx, ByteBuffer encoded) {
        try {
            if (ctx.session instanceof WebSocketSession session) {
                // A frame of the bytes already written out; each connection reads them with its own position.
                // A session of another kind (none in this web server) is sent the text.
                session.getCoreSession()
                        .sendFrame(
                                new Frame(OpCode.TEXT, encoded.duplicate()),
                                Callback.from(() -> {}, x -> {
                                    if (x instanceof WritePendingException) {
                                        LOG.log(Level.INFO, "a connection that does not read is let go");
                                        session.disconnect();
                                    } else {
                                        LOG.log(Level.FINE, "a message to a table was not delivered", x);
                                    }
                                }),
                                false);
                return;
            }
            ctx.session
                    .getRemote()
                    .sendString(
                            StandardCharsets.UTF_8.decode(encoded.duplicate()).toString(), SEND_FAILED);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not send to a table", e);
        }
    }
}
