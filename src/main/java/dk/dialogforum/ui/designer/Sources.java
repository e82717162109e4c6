package dk.dialogforum.ui.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.journal.JournalException;
import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.ui.kit.DesignSource;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;
import dk.dialogforum.workshop.WorkshopWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What the designer starts from, as a workshop file's tree with every part the designer shows written out. */
final class Sources {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The tree to design, its file's name (for messages), and the file it saves to (null: ask where). */
    record Opened(ObjectNode tree, String name, Path file) {}

    private Sources() {}

    static Opened open(DesignSource source, String language) throws IOException, JournalException, WorkshopException {
        return switch (source.kind()) {
            case BLANK -> new Opened(blank(language), "workshop", null);
            case BUILT_IN -> new Opened(written(WorkshopLoader.builtIn()), "workshop", null);
            case EXAMPLE -> new Opened(written(WorkshopLoader.resource(source.resource())), "workshop", null);
            case WORKSHOP_FILE -> {
                JsonNode tree = WorkshopLoader.tree(source.file());
                String name = String.valueOf(source.file().getFileName());
                if (!tree.isObject()) {
                    // Not a workshop at all: the loader's own words for it.
                    WorkshopLoader.parse(tree, name);
                }
                yield new Opened(complete((ObjectNode) tree), name, source.file());
            }
            case EARLIER_MEETING -> new Opened(written(MeetingFile.workshopOf(source.file())), "workshop", null);
        };
    }

    private static ObjectNode written(Workshop w) {
        return (ObjectNode) WorkshopWriter.toTree(w);
    }

    /** A new workshop: the format's defaults (scale, fields, six tables, agenda) and empty places to fill. */
    static ObjectNode blank(String language) {
        ObjectNode tree = F.objectNode();
        tree.put("format", Workshop.FORMAT).put("language", language);
        tree.putObject("meeting").put("title", "");
        ObjectNode ranking = tree.putObject("ranking");
        ranking.put("title", "");
        ranking.putArray("items")
                .add(F.objectNode().put("id", "punkt-1").put("title", ""))
                .add(F.objectNode().put("id", "punkt-2").put("title", ""));
        tree.putObject("enquete")
                .putArray("statements")
                .add(F.objectNode().put("id", "udsagn-1").put("text", ""));
        tree.putArray("cards").add(F.objectNode().put("id", "kort-1").put("title", ""));
        return complete(tree);
    }

    /**
     * {@code tree} with the parts a file may leave out written out as the loader would read them (the scale, the
     * fields, the tables, the agenda, the voting), so the designer shows them to change. A valid file is written
     * out whole; one with mistakes keeps them, to be shown where they are.
     */
    static ObjectNode complete(ObjectNode tree) {
        try {
            return written(WorkshopLoader.parse(tree, "workshop"));
        } catch (WorkshopException invalid) {
            // Fall through: fill in only what is left out.
        }
        ObjectNode stub = F.objectNode();
        stub.put("format", Workshop.FORMAT);
        stub.set("language", tree.path("language").isTextual() ? tree.get("language") : F.textNode("da"));
        stub.putObject("meeting").put("title", "x");
        stub.putObject("ranking")
                .put("title", "x")
                .putArray("items")
                .add(F.objectNode().put("id", "a").put("title", "a"))
                .add(F.objectNode().put("id", "b").put("title", "b"));
        stub.putObject("enquete")
                .putArray("statements")
                .add(F.objectNode().put("id", "a").put("text", "a"));
        stub.putArray("cards").add(F.objectNode().put("id", "a").put("title", "a"));
        if (tree.path("tables").isInt()) {
            stub.set("tables", tree.get("tables"));
        }
        ObjectNode defaults;
        try {
            defaults = written(WorkshopLoader.parse(stub, "workshop"));
        } catch (WorkshopException e) {
            defaults = written(WorkshopLoader.builtIn());
        }
        for (String part : List.of("fields", "agenda", "voting", "textLimit", "language")) {
            if (tree.get(part) == null) {
                tree.set(part, defaults.get(part));
            }
        }
        if (!tree.path("tables").isArray()
                && (tree.get("tables") == null || tree.path("tables").isInt())) {
            tree.set("tables", defaults.get("tables"));
        }
        if (tree.path("enquete").isObject() && tree.path("enquete").get("scale") == null) {
            ((ObjectNode) tree.get("enquete"))
                    .set("scale", defaults.path("enquete").get("scale"));
        }
        return tree;
    }
}
