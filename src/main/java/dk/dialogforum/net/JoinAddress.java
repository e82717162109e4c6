package dk.dialogforum.net;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a table joins, as a person types or pastes it: the web address the QR code holds
 * ({@code http://192.168.1.20:47800/#code=482913}), or a host and port, or a host alone (the meeting's first
 * port). A code in the address is used when none was typed.
 */
public record JoinAddress(String hostPort, String code) {
    private static final Pattern CODE = Pattern.compile("(?:^|[#?&])code=([0-9A-Za-z-]+)");

    /** {@code typed} read as an address, with {@code typedCode} unless it is empty and the address has one. */
    public static JoinAddress parse(String typed, String typedCode, int firstPort) {
        String s = typed.strip();
        String code = typedCode == null ? "" : typedCode.strip();
        if (s.contains("://")) {
            URI uri = URI.create(s);
            String fragment = uri.getRawFragment() == null ? "" : uri.getRawFragment();
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            Matcher m = CODE.matcher(fragment.isEmpty() ? query : fragment);
            if (code.isEmpty() && m.find()) {
                code = m.group(1);
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host in " + s);
            }
            return new JoinAddress(uri.getHost() + ":" + (uri.getPort() < 0 ? firstPort : uri.getPort()), code);
        }
        return new JoinAddress(s.contains(":") ? s : s + ":" + firstPort, code);
    }
}
