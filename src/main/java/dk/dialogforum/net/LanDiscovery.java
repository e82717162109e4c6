package dk.dialogforum.net;

import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;
import java.io.Closeable;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finding a meeting on the room's network without typing: the host announces its meeting by multicast
 * DNS service discovery (mDNS/DNS-SD, the Bonjour protocol, through JmDNS), and table laptops browse for
 * it. The announcement names the meeting and where to connect; the join code is never in it, so a
 * table still needs the code shown in the room.
 */
public final class LanDiscovery {
    /** The DNS-SD service type of a Dialogforum meeting. */
    public static final String SERVICE_TYPE = "_dialogforum._tcp.local.";

    /**
     * The service meetings are announced and looked for under: {@link #SERVICE_TYPE}, or what the system
     * property {@code dialogforum.lanService} says (the tests' own, so they never meet a real meeting).
     */
    static String serviceType() {
        String type = System.getProperty("dialogforum.lanService");
        return type == null || !type.matches("_[a-z0-9-]{1,15}\\._tcp\\.local\\.") ? SERVICE_TYPE : type;
    }
    /** DNS labels hold at most 63 bytes; the instance name is the meeting's title cut to fit. */
    private static final int MAX_NAME_BYTES = 63;
    /** One TXT string holds at most 255 bytes, key included. */
    private static final int MAX_TITLE_BYTES = 240;

    private LanDiscovery() {}

    /**
     * A meeting found on the network; {@code meeting} is its id (null from a host that does not say it),
     * by which a table laptop that sat in it knows it again.
     */
    public record Found(String name, String title, String meeting, String host, int port) {
        /** host:port, as the table laptop's address field takes it. */
        public String address() {
            return host + ":" + port;
        }
    }

    /** Announces a meeting on the network until closed. */
    public static Announcement announce(InetAddress on, String title, String meetingId, int port) throws IOException {
        JmDNS dns = JmDNS.create(
                on, "dialogforum-" + on.getHostAddress().replace('.', '-').replace(':', '-'));
        try {
            ServiceInfo info = ServiceInfo.create(
                    serviceType(),
                    cut(title.replace('.', ' '), MAX_NAME_BYTES),
                    port,
                    0,
                    0,
                    Map.of("v", "1", "path", "/ws", "title", cut(title, MAX_TITLE_BYTES), "meeting", meetingId));
            dns.registerService(info);
            return new Announcement(dns);
        } catch (IOException | RuntimeException e) {
            dns.close();
            throw e;
        }
    }

    /** Browses the network for meetings, telling {@code onChange} the whole list whenever it changes. */
    public static Browser browse(InetAddress on, Consumer<List<Found>> onChange) throws IOException {
        return new Browser(
                JmDNS.create(
                        on,
                        "dialogforum-table-"
                                + on.getHostAddress().replace('.', '-').replace(':', '-')),
                onChange);
    }

    /** A running announcement; closing it says goodbye on the network. */
    public static final class Announcement implements Closeable {
        private final JmDNS dns;

        private Announcement(JmDNS dns) {
            this.dns = dns;
        }

        @Override
        public void close() throws IOException {
            dns.unregisterAllServices();
            dns.close();
        }
    }

    /** A running search for meetings. */
    public static final class Browser implements Closeable {
        private final JmDNS dns;
        private final Consumer<List<Found>> onChange;
        private final Map<String, Found> found = new LinkedHashMap<>();
        private final ServiceListener listener = new ServiceListener() {
            @Override
            public void serviceAdded(ServiceEvent event) {
                // Ask for the address and port; they arrive in serviceResolved.
                dns.requestServiceInfo(event.getType(), event.getName(), 1000);
            }

            @Override
            public void serviceRemoved(ServiceEvent event) {
                update(event.getName(), null);
            }

            @Override
            public void serviceResolved(ServiceEvent event) {
                ServiceInfo info = event.getInfo();
                String host = hostOf(info);
                if (host == null || info.getPort() <= 0) {
                    return;
                }
                // The address often resolves before the TXT record: wait for it (it names the protocol version).
                if (!"1".equals(info.getPropertyString("v"))) {
                    return;
                }
                String title = info.getPropertyString("title");
                String meeting = info.getPropertyString("meeting");
                update(
                        event.getName(),
                        new Found(
                                event.getName(),
                                title == null || title.isBlank() ? event.getName() : title,
                                meeting != null && Wire.isMeetingId(meeting) ? meeting : null,
                                host,
                                info.getPort()));
            }
        };

        private Browser(JmDNS dns, Consumer<List<Found>> onChange) {
            this.dns = dns;
            this.onChange = onChange;
            dns.addServiceListener(serviceType(), listener);
        }

        private void update(String name, Found now) {
            synchronized (found) {
                Found was = now == null ? found.remove(name) : found.put(name, now);
                if (was == null ? now == null : was.equals(now)) {
                    return;
                }
            }
            onChange.accept(current());
        }

        /** The meetings found so far, as last told. */
        public List<Found> current() {
            List<Found> list;
            synchronized (found) {
                list = new ArrayList<>(found.values());
            }
            list.sort(Comparator.comparing(Found::title).thenComparing(Found::address));
            return List.copyOf(list);
        }

        @Override
        public void close() throws IOException {
            dns.removeServiceListener(serviceType(), listener);
            dns.close();
        }
    }

    private static String hostOf(ServiceInfo info) {
        for (InetAddress a : info.getInetAddresses()) {
            if (a instanceof Inet4Address) {
                return a.getHostAddress();
            }
        }
        InetAddress[] any = info.getInetAddresses();
        return any.length == 0 ? null : "[" + any[0].getHostAddress() + "]";
    }

    /** {@code text} cut to at most {@code maxBytes} of UTF-8, never inside a character. */
    static String cut(String text, int maxBytes) {
        String s = text.strip();
        if (s.isEmpty()) {
            s = "Dialogforum";
        }
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > maxBytes - 3) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return out.toString().strip() + "…";
    }
}
