package dk.dialogforum.net;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every table is sent alike in one push — the items of a dot vote — written out once for them all: the
 * tables' states of one push share the same list, so it is encoded for the first and its bytes copied into the
 * others, rather than encoded again for each of thirty tables. Any other list is written as usual.
 */
final class SharedJson extends JsonSerializer<List<?>> {
    private static final ObjectWriter LIST = Wire.MAPPER.writerFor(List.class);

    /** The list last written, by identity, and its JSON (which keeps its UTF-8 bytes once asked). */
    private record Written(List<?> list, SerializedString json) {}

    private static final AtomicReference<Written> LAST = new AtomicReference<>();

    @Override
    public void serialize(List<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Written last = LAST.get();
        if (last == null || last.list() != value) {
            last = new Written(value, new SerializedString(LIST.writeValueAsString(value)));
            LAST.set(last);
        }
        gen.writeRawValue(last.json());
    }
}
