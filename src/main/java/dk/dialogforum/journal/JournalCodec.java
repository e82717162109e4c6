package dk.dialogforum.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.dialogforum.codec.MeetingJson;
import dk.dialogforum.meeting.Event;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The journal's on-disk record: a 4-byte length, a 4-byte CRC-32C of the length and the payload, and
 * the payload: the header record is UTF-8 JSON (the workshop), every further record one event in
 * {@link EventBinary} form. Big-endian.
 */
final class JournalCodec {
    static final byte[] MAGIC = {'D', 'F', 'J', '1'};
    static final int RECORD_HEADER = 8;
    /** No record is ever this large; a longer length field means the file is damaged. */
    static final int MAX_RECORD = 16 * 1024 * 1024;

    static final ObjectMapper MAPPER = MeetingJson.names(JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JournalCodec() {}

    static byte[] encode(Event event) throws IOException {
        return EventBinary.encode(event);
    }

    static byte[] encode(JsonNode node) throws JsonProcessingException {
        return MAPPER.writeValueAsBytes(node);
    }

    static Event decodeEvent(byte[] payload, int offset, int length) throws IOException {
        return EventBinary.decode(payload, offset, length);
    }

    static int crc(int length, byte[] payload, int offset) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putInt(0, length));
        crc.update(payload, offset, length);
        return (int) crc.getValue();
    }

    static void putRecord(ByteBuffer out, byte[] payload) {
        out.putInt(payload.length);
        out.putInt(crc(payload.length, payload, 0));
        out.put(payload);
    }
}
