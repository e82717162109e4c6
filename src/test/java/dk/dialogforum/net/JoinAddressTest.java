package dk.dialogforum.net;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The table program joins at whatever the room shows: the QR code's web address, or a typed address. */
class JoinAddressTest {
    @Test
    void theQrCodesWebAddressIsAPlaceToJoinWithItsCode() {
        RoomStatus room = RoomStatus.open("192.168.1.20", 47801, "482913");
        assertEquals("http://192.168.1.20:47801/#code=482913", room.uri());
        assertEquals(new JoinAddress("192.168.1.20:47801", "482913"), JoinAddress.parse(room.uri(), "", 47800));
        assertEquals(
                new JoinAddress("192.168.1.20:47801", "111111"),
                JoinAddress.parse(room.uri(), "111111", 47800),
                "a typed code wins");
        assertEquals(new JoinAddress("192.168.1.20:47800", ""), JoinAddress.parse("http://192.168.1.20/", "", 47800));
        assertEquals(new JoinAddress("10.0.0.5:47802", "9"), JoinAddress.parse(" 10.0.0.5:47802 ", "9", 47800));
        assertEquals(new JoinAddress("10.0.0.5:47800", ""), JoinAddress.parse("10.0.0.5", "", 47800));
        assertThrows(IllegalArgumentException.class, () -> JoinAddress.parse("http://", "", 47800));
    }
}
