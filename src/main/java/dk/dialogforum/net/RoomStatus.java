package dk.dialogforum.net;

/**
 * Where the meeting stands on the room's network, as the facilitator is shown it: {@link State#STOPPED}
 * before it is opened to the tables, {@link State#STARTING} while it opens, {@link State#SERVING} at an
 * address and join code the tables can reach, and otherwise what keeps them out.
 */
public record RoomStatus(State state, String address, int port, String code, String detail, String notice) {
    public enum State {
        /** Not open to the tables (no meeting, or a meeting played inside the program). */
        STOPPED,
        /** Opening: the server is starting. */
        STARTING,
        /** Open at {@code address}:{@code port} with join code {@code code}. */
        SERVING,
        /** Open, but this computer is on no network the tables are on: the address is its own loopback. */
        NO_NETWORK,
        /** No port to serve on: every one the program tries is taken by other programs. */
        PORTS_TAKEN,
        /** The server could not start; {@code detail} says what the system said. */
        FAILED
    }

    public static final RoomStatus STOPPED = new RoomStatus(State.STOPPED, null, 0, null, null, null);
    public static final RoomStatus STARTING = new RoomStatus(State.STARTING, null, 0, null, null, null);

    /** Open at {@code address}: serving, or on no network if that is this computer's loopback address. */
    public static RoomStatus open(String address, int port, String code) {
        return new RoomStatus(
                address.startsWith("127.") ? State.NO_NETWORK : State.SERVING, address, port, code, null, null);
    }

    /** The same, with something the facilitator is to be told once (a text's key, given the join code). */
    public RoomStatus withNotice(String key) {
        return new RoomStatus(state, address, port, code, detail, key);
    }

    public static RoomStatus failed(State state, String detail) {
        return new RoomStatus(state, null, 0, null, detail, null);
    }

    /** Whether the tables have an address and code to join with (also on no network: they are shown it). */
    public boolean joinable() {
        return address != null;
    }

    /** Whether something keeps the tables from reaching the meeting. */
    public boolean problem() {
        return state == State.NO_NETWORK || state == State.PORTS_TAKEN || state == State.FAILED;
    }

    /**
     * What the QR code holds: the web address of the meeting's ballot with the code, which a phone's camera
     * opens in its browser with the code filled in, and which the table program takes as its address too.
     */
    public String uri() {
        return webAddress() + "/#code=" + code;
    }

    /** The address to type in a browser (or in the table program): {@code http://192.168.1.20:47800}. */
    public String webAddress() {
        return "http://" + address + ":" + port;
    }
}
