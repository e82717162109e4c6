package dk.dialogforum.net;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.MeetingEngine;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;

/**
 * A meeting's join code and seat secret, kept beside its journal so that a restarted host seats the
 * same tables with the same tokens and the same code.
 */
public record HostIdentity(String joinCode, byte[] secret) {
    public static final int DEFAULT_PORT = 47800;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reads the identity stored at {@code file}, or makes and stores a new one. */
    public static HostIdentity forMeeting(Path file) throws IOException {
        if (Files.exists(file)) {
            var node = Wire.MAPPER.readTree(Files.readString(file));
            return new HostIdentity(
                    node.get("code").asText(),
                    Base64.getDecoder().decode(node.get("secret").asText()));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        HostIdentity id = new HostIdentity(String.format("%06d", RANDOM.nextInt(1_000_000)), secret);
        ObjectNode node = Wire.MAPPER.createObjectNode();
        node.put("code", id.joinCode());
        node.put("secret", Base64.getEncoder().encodeToString(secret));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, node.toString());
        return id;
    }

    /** The ports tried, from {@link #DEFAULT_PORT} up, before the meeting gives up serving the tables. */
    public static final int PORTS_TRIED = 10;

    /** Starts the host on the default port, or the next free one of the {@link #PORTS_TRIED}. */
    public HostServer startHost(MeetingEngine engine) {
        RuntimeException last = null;
        for (int port = DEFAULT_PORT; port < DEFAULT_PORT + PORTS_TRIED; port++) {
            try {
                return new HostServer(engine, joinCode, secret, "0.0.0.0", port);
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * This machine's address on the room's network: a private (site-local) IPv4 address if it has one,
     * else any other IPv4 address of an interface that is up (some networks use public ranges inside),
     * else loopback. Link-local (169.254.*) addresses are a last resort before loopback.
     */
    public static String lanAddress() {
        String other = null;
        String linkLocal = null;
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback() || nif.isVirtual() || nif.isPointToPoint()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (!(a instanceof Inet4Address)) {
                        continue;
                    }
                    if (a.isSiteLocalAddress()) {
                        return a.getHostAddress();
                    }
                    if (a.isLinkLocalAddress()) {
                        linkLocal = linkLocal == null ? a.getHostAddress() : linkLocal;
                    } else if (other == null && !a.isLoopbackAddress()) {
                        other = a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            // fall through
        }
        return other != null ? other : linkLocal != null ? linkLocal : "127.0.0.1";
    }
}
