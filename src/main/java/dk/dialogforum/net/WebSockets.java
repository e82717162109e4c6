package dk.dialogforum.net;

import io.javalin.config.JavalinConfig;

/** How the host's web server is set up for the tables' WebSocket connections. */
final class WebSockets {
    private WebSockets() {}

    /**
     * Where a message from a table is read into, to begin with. The web server starts each text message in a
     * buffer of this size and grows it for a longer one; at its default (4,096) every entry a table sent cost
     * 4 KB before a byte was read — in a room writing flat out, a third of all the host allocated. An entry
     * is a few hundred bytes.
     */
    static final int INPUT_BUFFER = 1024;

    static void configure(JavalinConfig config) {
        config.showJavalinBanner = false;
        config.jetty.modifyWebSocketServletFactory(factory -> factory.setInputBufferSize(INPUT_BUFFER));
    }
}
