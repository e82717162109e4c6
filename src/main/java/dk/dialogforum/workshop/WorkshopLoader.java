package dk.dialogforum.workshop;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Workshop.Enquete;
import dk.dialogforum.workshop.Workshop.MeetingFacts;
import dk.dialogforum.workshop.Workshop.RankItem;
import dk.dialogforum.workshop.Workshop.Ranking;
import dk.dialogforum.workshop.Workshop.Scale;
import dk.dialogforum.workshop.Workshop.Statement;
import dk.dialogforum.workshop.Workshop.TableDef;
import dk.dialogforum.workshop.Workshop.VisionCard;
import dk.dialogforum.workshop.Workshop.Voting;
import dk.dialogforum.workshop.Workshop.WorksheetField;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Reads workshop files. A file is read as a JSON tree and then checked field by field, so that one
 * run reports every mistake with its JSON path rather than stopping at the first.
 */
public final class WorkshopLoader {
    /** The extension of workshop files that the installed program opens on a double-click; plain .json works as well. */
    public static final String EXTENSION = ".dialogforum-workshop";

    /** The built-in workshop: the seed Dialogforum meeting on Rammeaftale 2018. */
    public static final String BUILT_IN = "/workshops/dialogforum-rammeaftale-2018.json";
    /** The second shipped example: ranks the theme paper's "Mulighed" themes. */
    public static final String MULIGHEDER = "/workshops/muligheder-rammeaftale-2018.json";
    /** A larger meeting: 8 themes to rank, 4 statements, 3 cards with 4 fields (dots on two), 10 tables. */
    public static final String EXAMPLE = "/workshops/eksempel-otte-temaer-ti-borde.json";

    private WorkshopLoader() {}

    public static Workshop load(Path file) throws WorkshopException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return parse(tree(file), name);
    }

    /**
     * The JSON tree of a workshop file, not yet checked (for the designer, which shows a file's mistakes where
     * they are); what keeps it from being read at all (not UTF-8, not JSON, empty) is said as the loader says it.
     */
    public static JsonNode tree(Path file) throws WorkshopException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw single(name, "notUtf8");
        } catch (IOException e) {
            throw single(name, "io", String.valueOf(e.getMessage()));
        }
        return tree(json, name);
    }

    private static JsonNode tree(String json, String fileName) throws WorkshopException {
        JsonNode root;
        try {
            root = JsonTree.read(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where =
                    at == null ? "$" : Texts.get(Texts.ENGLISH, "workshop.error.at", at.getLineNr(), at.getColumnNr());
            throw new WorkshopException(List.of(new Problem(fileName, where, "json", List.of(e.getOriginalMessage()))));
        }
        if (root == null || root.isMissingNode()) {
            throw single(fileName, "emptyFile");
        }
        return root;
    }

    private static Workshop builtIn;

    /**
     * The built-in seed workshop, shipped inside the program: read once (workshops are immutable), on the
     * thread that first asks; one that asks meanwhile waits for that read rather than starting its own.
     */
    public static synchronized Workshop builtIn() {
        if (builtIn == null) {
            builtIn = resource(BUILT_IN);
        }
        return builtIn;
    }

    public static Workshop resource(String path) {
        try (InputStream in = WorkshopLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), path.substring(path.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WorkshopException e) {
            throw new IllegalStateException("shipped workshop " + path + " is broken:\n" + e.getMessage(), e);
        }
    }

    public static Workshop parse(String json, String fileName) throws WorkshopException {
        return parse(tree(json, fileName), fileName);
    }

    /** Checks an already parsed tree (the workshop part of a meeting file, for example). */
    public static Workshop parse(JsonNode root, String fileName) throws WorkshopException {
        Checker c = new Checker(fileName);
        Workshop w = read(c, root);
        if (!c.problems().isEmpty() || w == null) {
            throw new WorkshopException(c.problems());
        }
        return w;
    }

    private static WorkshopException single(String file, String key, Object... args) {
        return new WorkshopException(List.of(new Problem(file, "$", key, List.of(args))));
    }

    private static Workshop read(Checker c, JsonNode root) {
        var r = c.object(root, "$");
        if (r == null) {
            return null;
        }
        c.allowOnly(
                r,
                "$",
                "format",
                "language",
                "meeting",
                "ranking",
                "enquete",
                "cards",
                "fields",
                "tables",
                "agenda",
                "voting",
                "textLimit");
        Integer format = c.integer(r, "$", "format", true, null);
        if (format != null && format != Workshop.FORMAT) {
            c.add("$.format", "format", format, Workshop.FORMAT);
        }
        String language = c.text(r, "$", "language", false, 5);
        if (language == null) {
            language = "da";
        } else if (!language.equals("da") && !language.equals("en")) {
            c.add("$.language", "language", language);
        }
        Locale locale = Texts.forLanguage(language);

        MeetingFacts facts = readMeeting(c, r);
        Ranking ranking = readRanking(c, r);
        Enquete enquete = readEnquete(c, r, locale);
        List<VisionCard> cards = readCards(c, r);
        List<WorksheetField> fields = readFields(c, r, locale);
        List<TableDef> tables = PlanReader.readTables(c, r, locale);
        List<AgendaStep> agenda = PlanReader.readAgenda(c, r);
        Voting voting = PlanReader.readVoting(c, r);
        Integer textLimit =
                c.integer(r, "$", "textLimit", false, new int[] {Limits.MIN_TEXT_LIMIT, Limits.MAX_TEXT_LIMIT});
        if (!c.problems().isEmpty()) {
            return null;
        }
        return new Workshop(
                Workshop.FORMAT,
                language,
                facts,
                ranking,
                enquete,
                cards,
                fields,
                tables,
                agenda,
                voting,
                textLimit == null ? Limits.DEFAULT_TEXT_LIMIT : textLimit);
    }

    private static MeetingFacts readMeeting(Checker c, JsonNode r) {
        var m = c.object(r.get("meeting"), "$.meeting");
        if (m == null) {
            return null;
        }
        String p = "$.meeting";
        c.allowOnly(m, p, "title", "subtitle", "date", "time", "place", "organiser");
        String title = c.text(m, p, "title", true, Limits.MAX_TITLE);
        String subtitle = c.text(m, p, "subtitle", false, Limits.MAX_DESCRIPTION);
        String date = c.text(m, p, "date", false, 10);
        if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            c.add(p + ".date", "date", date);
        } else if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeException e) {
                c.add(p + ".date", "date", date);
            }
        }
        String time = c.text(m, p, "time", false, 40);
        String place = c.text(m, p, "place", false, Limits.MAX_TITLE);
        String organiser = c.text(m, p, "organiser", false, Limits.MAX_TITLE);
        return new MeetingFacts(title, subtitle, date, time, place, organiser);
    }

    private static Ranking readRanking(Checker c, JsonNode r) {
        var o = c.object(r.get("ranking"), "$.ranking");
        if (o == null) {
            return null;
        }
        String p = "$.ranking";
        c.allowOnly(o, p, "title", "question", "items");
        String title = c.text(o, p, "title", true, Limits.MAX_TITLE);
        String question = c.text(o, p, "question", false, Limits.MAX_DESCRIPTION);
        var items = c.list(o, p, "items", Limits.MIN_ITEMS, Limits.MAX_ITEMS, (node, path) -> {
            var it = c.object(node, path);
            if (it == null) {
                return null;
            }
            c.allowOnly(it, path, "id", "title", "description");
            return new RankItem(
                    c.id(it, path),
                    c.text(it, path, "title", true, Limits.MAX_TITLE),
                    c.text(it, path, "description", false, Limits.MAX_DESCRIPTION));
        });
        c.uniqueIds(p + ".items", items, RankItem::id);
        return new Ranking(title, question, items);
    }

    private static Enquete readEnquete(Checker c, JsonNode r, Locale locale) {
        var o = c.object(r.get("enquete"), "$.enquete");
        if (o == null) {
            return null;
        }
        String p = "$.enquete";
        c.allowOnly(o, p, "question", "statements", "scale", "summary");
        String question = c.text(o, p, "question", false, Limits.MAX_DESCRIPTION);
        var statements = c.list(o, p, "statements", Limits.MIN_STATEMENTS, Limits.MAX_STATEMENTS, (node, path) -> {
            var s = c.object(node, path);
            if (s == null) {
                return null;
            }
            c.allowOnly(s, path, "id", "text");
            return new Statement(c.id(s, path), c.text(s, path, "text", true, Limits.MAX_DESCRIPTION));
        });
        c.uniqueIds(p + ".statements", statements, Statement::id);
        Scale scale;
        JsonNode scaleNode = o.get("scale");
        if (scaleNode == null) {
            scale = new Scale(
                    List.of(
                            Texts.get(locale, "scale.1"),
                            Texts.get(locale, "scale.2"),
                            Texts.get(locale, "scale.3"),
                            Texts.get(locale, "scale.4"),
                            Texts.get(locale, "scale.5")),
                    null);
        } else {
            String sp = p + ".scale";
            var so = c.object(scaleNode, sp);
            if (so == null) {
                return null;
            }
            c.allowOnly(so, sp, "steps", "dontKnow");
            var steps = c.list(
                    so,
                    sp,
                    "steps",
                    Limits.MIN_SCALE_STEPS,
                    Limits.MAX_SCALE_STEPS,
                    (node, path) -> c.textValue(node, path, Limits.MAX_TITLE));
            String dontKnow = c.text(so, sp, "dontKnow", false, Limits.MAX_TITLE);
            scale = new Scale(steps, dontKnow);
        }
        return new Enquete(question, statements, scale, readHighlights(c, o, p));
    }

    /** {@code enquete.summary}: how many statements the summary names with most and with least agreement. */
    private static Workshop.Highlights readHighlights(Checker c, JsonNode enquete, String p) {
        JsonNode node = enquete.get("summary");
        if (node == null) {
            return Workshop.Highlights.SEED;
        }
        String sp = p + ".summary";
        var o = c.object(node, sp);
        if (o == null) {
            return Workshop.Highlights.SEED;
        }
        c.allowOnly(o, sp, "most", "least");
        int[] bounds = {0, Limits.MAX_STATEMENTS};
        Integer most = c.integer(o, sp, "most", false, bounds);
        Integer least = c.integer(o, sp, "least", false, bounds);
        return new Workshop.Highlights(
                most == null ? Workshop.Highlights.SEED.most() : most,
                least == null ? Workshop.Highlights.SEED.least() : least);
    }

    private static List<VisionCard> readCards(Checker c, JsonNode r) {
        var cards = c.list(r, "$", "cards", Limits.MIN_CARDS, Limits.MAX_CARDS, (node, path) -> {
            var o = c.object(node, path);
            if (o == null) {
                return null;
            }
            c.allowOnly(o, path, "id", "kicker", "title", "description");
            return new VisionCard(
                    c.id(o, path),
                    c.text(o, path, "kicker", false, Limits.MAX_TITLE),
                    c.text(o, path, "title", true, Limits.MAX_TITLE),
                    c.text(o, path, "description", false, Limits.MAX_DESCRIPTION));
        });
        c.uniqueIds("$.cards", cards, VisionCard::id);
        return cards;
    }

    private static List<WorksheetField> readFields(Checker c, JsonNode r, Locale locale) {
        if (r.get("fields") == null) {
            return List.of(
                    new WorksheetField(
                            "fordele",
                            Texts.get(locale, "field.advantages"),
                            Texts.get(locale, "field.advantages.short"),
                            false),
                    new WorksheetField(
                            "ulemper",
                            Texts.get(locale, "field.disadvantages"),
                            Texts.get(locale, "field.disadvantages.short"),
                            false),
                    new WorksheetField(
                            "spoergsmaal",
                            Texts.get(locale, "field.questions"),
                            Texts.get(locale, "field.questions.short"),
                            true));
        }
        var fields = c.list(r, "$", "fields", Limits.MIN_FIELDS, Limits.MAX_FIELDS, (node, path) -> {
            var o = c.object(node, path);
            if (o == null) {
                return null;
            }
            c.allowOnly(o, path, "id", "title", "short", "dotVotes");
            String title = c.text(o, path, "title", true, Limits.MAX_TITLE);
            String shortTitle = c.text(o, path, "short", false, 60);
            Boolean dots = c.bool(o, path, "dotVotes");
            return new WorksheetField(
                    c.id(o, path), title, shortTitle == null ? title : shortTitle, Boolean.TRUE.equals(dots));
        });
        c.uniqueIds("$.fields", fields, WorksheetField::id);
        return fields;
    }
}
