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
 * The journal's on-disk record, big-endian. Format 2 (written since journals learnt to resynchronise):
 * a 4-byte marker, a 4-byte length, a 4-byte CRC-32C of the length and the payload, and the payload.
 * The marker lets a reader find the next record after a damaged one. Format 1 (still read, and
 * continued in its own format) has no marker. The header record's payload is UTF-8 JSON (the
 * workshop); format 2 writes it twice, so a damaged header costs nothing. Every further record is one
 * event in {@link EventBinary} form.
 */
final class JournalCodec {
    static final byte[] MAGIC_1 = {'D', 'F', 'J', '1'};
    static final byte[] MAGIC = {'D', 'F', 'J', '2'};
    static final int MAGIC_LENGTH = 4;
    /** Begins every format-2 record; chosen to be rare in event data (no UTF-8 text holds 0xDF 0x00). */
    static final byte[] MARK = {(byte) 0xDF, 0x00, 'R', (byte) 0xEC};

    static final int RECORD_HEADER_1 = 8;
    static final int RECORD_HEADER = 12;
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

    static int recordHeader(int format) {
        return format == 1 ? RECORD_HEADER_1 : RECORD_HEADER;
    }

    static void putRecord(ByteBuffer out, byte[] payload, int format) {
        if (format != 1) {
            out.put(MARK);
        }
        out.putInt(payload.length);
        out.putInt(crc(payload.length, payload, 0));
        out.put(payload);
    }
}
