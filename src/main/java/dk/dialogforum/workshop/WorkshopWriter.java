package dk.dialogforum.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.util.SafeFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a workshop back in the file format, so a meeting file carries the workshop it was run on. */
public final class WorkshopWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private WorkshopWriter() {}

    public static JsonNode toTree(Workshop w) {
        ObjectNode root = F.objectNode();
        root.put("format", Workshop.FORMAT);
        root.put("language", w.language());
        ObjectNode m = root.putObject("meeting");
        putIf(m, "title", w.meeting().title());
        putIf(m, "subtitle", w.meeting().subtitle());
        putIf(m, "date", w.meeting().date());
        putIf(m, "time", w.meeting().time());
        putIf(m, "place", w.meeting().place());
        putIf(m, "organiser", w.meeting().organiser());
        ObjectNode r = root.putObject("ranking");
        putIf(r, "title", w.ranking().title());
        putIf(r, "question", w.ranking().question());
        ArrayNode items = r.putArray("items");
        w.ranking().items().forEach(i -> {
            ObjectNode o = items.addObject().put("id", i.id()).put("title", i.title());
            putIf(o, "description", i.description());
        });
        ObjectNode e = root.putObject("enquete");
        putIf(e, "question", w.enquete().question());
        ArrayNode st = e.putArray("statements");
        w.enquete().statements().forEach(s -> st.addObject().put("id", s.id()).put("text", s.text()));
        ObjectNode scale = e.putObject("scale");
        ArrayNode steps = scale.putArray("steps");
        w.enquete().scale().steps().forEach(steps::add);
        putIf(scale, "dontKnow", w.enquete().scale().dontKnow());
        if (!w.enquete().highlights().equals(Workshop.Highlights.SEED)) {
            e.putObject("summary")
                    .put("most", w.enquete().highlights().most())
                    .put("least", w.enquete().highlights().least());
        }
        ArrayNode cards = root.putArray("cards");
        w.cards().forEach(c -> {
            ObjectNode o = cards.addObject().put("id", c.id());
            putIf(o, "kicker", c.kicker());
            o.put("title", c.title());
            putIf(o, "description", c.description());
        });
        ArrayNode fields = root.putArray("fields");
        w.fields()
                .forEach(f -> fields.addObject()
                        .put("id", f.id())
                        .put("title", f.title())
                        .put("short", f.shortTitle())
                        .put("dotVotes", f.dotVotes()));
        ArrayNode tables = root.putArray("tables");
        w.tables()
                .forEach(t -> tables.addObject()
                        .put("id", t.id())
                        .put("name", t.name())
                        .put("colour", t.colour().fileName()));
        ArrayNode agenda = root.putArray("agenda");
        w.agenda().forEach(a -> agenda.add(a.fileName()));
        root.putObject("voting")
                .put("mode", w.voting().mode().name().toLowerCase(Locale.ROOT))
                .put("dotVotesPerTable", w.voting().dotVotesPerTable())
                .put("liveRanking", w.voting().liveFromFirstBallot() ? "fromFirstBallot" : "onReveal");
        root.put("textLimit", w.textLimit());
        return root;
    }

    /**
     * Writes {@code tree} as a workshop file at {@code target}, readable JSON in UTF-8, whole or not at all.
     */
    public static void save(JsonNode tree, Path target) throws IOException {
        SafeFiles.write(
                target, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
    }

    private static void putIf(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
