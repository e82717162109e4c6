package dk.dialogforum.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.MeetingEngine;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A meeting's join code and seat secret, kept beside its journal so that a restarted host seats the same
 * tables with the same tokens and the same code. {@code replaced} says why a damaged file was replaced by a
 * new identity (null when the file was read, or new): the tables then need the new code.
 */
public record HostIdentity(String joinCode, byte[] secret, String replaced) {
    public static final int DEFAULT_PORT = 47800;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(HostIdentity.class.getName());

    /**
     * Reads the identity stored at {@code file}, or makes and stores a new one. A file that cannot be read as
     * one is kept beside it ({@code .damaged}) and replaced by a new identity, which says so.
     */
    public static HostIdentity forMeeting(Path file) throws IOException {
        if (Files.exists(file)) {
            try {
                return read(file);
            } catch (IOException | RuntimeException e) {
                Path aside = file.resolveSibling(file.getFileName() + ".damaged");
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                LOG.log(Level.WARNING, "the meeting's join code and seats could not be read; kept as " + aside, e);
                return create(file, String.valueOf(e.getMessage()));
            }
        }
        return create(file, null);
    }

    private static HostIdentity read(Path file) throws IOException {
        JsonNode node = Wire.MAPPER.readTree(Files.readString(file));
        String code = node.path("code").asText("");
        byte[] secret = Base64.getDecoder().decode(node.path("secret").asText(""));
        if (!code.matches("\\d{6}") || secret.length != SECRET_BYTES) {
            throw new IOException("not a join code and a seat secret: " + file.getFileName());
        }
        return new HostIdentity(code, secret, null);
    }

    private static final int SECRET_BYTES = 32;

    /**
     * Makes a new identity and stores it: written to a temporary file readable by this user only, synced,
     * then renamed over {@code file}, so a crash never leaves half a file and no other user reads the secret.
     */
    private static HostIdentity create(Path file, String replaced) throws IOException {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        HostIdentity id = new HostIdentity(String.format("%06d", RANDOM.nextInt(1_000_000)), secret, replaced);
        ObjectNode node = Wire.MAPPER.createObjectNode();
        node.put("code", id.joinCode());
        node.put("secret", Base64.getEncoder().encodeToString(secret));
        PrivateFiles.write(file, node.toString().getBytes(StandardCharsets.UTF_8));
        return id;
    }

    /** The ports tried, from {@link #firstPort()} up, before the meeting gives up serving the tables. */
    public static final int PORTS_TRIED = 10;

    /**
     * The first port a meeting serves the tables on, and the port a table assumes when none is typed:
     * {@link #DEFAULT_PORT}, or what the system property {@code dialogforum.port} says (for a network that
     * blocks it; 0 serves on any free port, as the tests do).
     */
    public static int firstPort() {
        Integer port = Integer.getInteger("dialogforum.port");
        return port == null || port < 0 || port > 65535 - PORTS_TRIED ? DEFAULT_PORT : port;
    }

    /**
     * Starts the host on the default port, or the next free one of the {@link #PORTS_TRIED}, the seats' owners
     * kept in {@code seatsFile}.
     */
    public HostServer startHost(MeetingEngine engine, Path seatsFile) {
        RuntimeException last = null;
        int first = firstPort();
        for (int port = first; port < first + (first == 0 ? 1 : PORTS_TRIED); port++) {
            try {
                return new HostServer(engine, joinCode, secret, "0.0.0.0", port, seatsFile);
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
