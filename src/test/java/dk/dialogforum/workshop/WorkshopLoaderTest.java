package dk.dialogforum.workshop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkshopLoaderTest {

    @Test
    void builtInWorkshopIsTheSeedMeeting() {
        Workshop w = WorkshopLoader.builtIn();
        assertEquals(
                List.of("Budgetsikkerhed", "Ny faglig tilgang", "Dialog", "Sammenhæng", "Tilbudsvifte"),
                w.ranking().items().stream().map(Workshop.RankItem::title).toList());
        assertTrue(w.ranking().items().get(0).description().startsWith("At sikre budgetsikkerhed"));
        assertEquals(5, w.enquete().statements().size());
        assertTrue(w.enquete()
                .statements()
                .get(4)
                .text()
                .startsWith("I 2021 har alle kommuner opbygget en egen tilbudsvifte"));
        assertEquals(
                List.of("Helt uenig", "Uenig", "Hverken enig eller uenig", "Enig", "Helt enig"),
                w.enquete().scale().steps());
        assertEquals("Ved ikke", w.enquete().scale().dontKnow());
        assertEquals(
                List.of(
                        "Tættere klyngesamarbejde om sikrer tilbudsviften",
                        "Tilbud til de 31 målgrupper planlægges og sikres på tværs af kommunerne",
                        "Forøget kommunal selvforsyning (95%)"),
                w.cards().stream().map(Workshop.VisionCard::title).toList());
        assertTrue(w.cards().get(2).description().contains("ond cirkel"));
        assertEquals(
                List.of("Fordele", "Ulemper", "Spørgsmål"),
                w.fields().stream().map(Workshop.WorksheetField::shortTitle).toList());
        assertTrue(w.fields().get(2).title().startsWith("Hvad skal vi undersøge/diskutere"));
        assertEquals("2017-01-18", w.meeting().date());
        assertEquals("Bord 1", w.tables().get(0).name());
        assertEquals("da", w.language());
    }

    @Test
    void mulighedExampleRanksTheThemePapersThemes() {
        Workshop w = WorkshopLoader.resource(WorkshopLoader.MULIGHEDER);
        assertEquals(7, w.ranking().items().size());
        assertTrue(w.ranking().items().get(0).title().startsWith("Stille fælles krav"));
        assertEquals(Workshop.VotingMode.INDIVIDUAL, w.voting().mode());
        assertEquals(4, w.tables().size());
        assertEquals(AgendaStep.RANKING, w.agenda().get(1));
    }

    @Test
    void phasesFollowTheAgendaWithOnePhasePerCard() {
        Workshop w = WorkshopLoader.builtIn();
        assertEquals(
                List.of(
                        "welcome",
                        "enquete",
                        "card:klyngesamarbejde",
                        "dots:klyngesamarbejde",
                        "card:31-maalgrupper",
                        "dots:31-maalgrupper",
                        "card:selvforsyning",
                        "dots:selvforsyning",
                        "ranking",
                        "summary"),
                w.phases().stream().map(Phase::id).toList());
    }

    @Test
    void countsAtTheBoundsLoad() {
        Workshop big = TestWorkshops.workshop(root -> {
            TestWorkshops.setItems(root, 12);
            TestWorkshops.setStatements(root, 20);
            TestWorkshops.setCards(root, 10);
            root.put("tables", 30);
        });
        assertEquals(12, big.ranking().items().size());
        assertEquals(20, big.enquete().statements().size());
        assertEquals(10, big.cards().size());
        assertEquals(30, big.tables().size());
        assertEquals("Bord 30", big.tables().get(29).name());
        Workshop small = TestWorkshops.workshop(root -> {
            TestWorkshops.setItems(root, 2);
            TestWorkshops.setStatements(root, 1);
            TestWorkshops.setCards(root, 1);
            root.put("tables", 1);
        });
        assertEquals(2, small.ranking().items().size());
        assertEquals(1, small.tables().size());
    }

    @Test
    void defaultsFillWhatTheFileLeavesOut() throws WorkshopException {
        String json = """
                {"format": 1, "language": "en",
                 "meeting": {"title": "Minimal"},
                 "ranking": {"title": "Challenges", "items": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]},
                 "enquete": {"statements": [{"id": "s", "text": "Statement"}]},
                 "cards": [{"id": "c", "title": "Card"}]}
                """;
        Workshop w = WorkshopLoader.parse(json, "minimal.json");
        assertEquals(
                List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"),
                w.enquete().scale().steps());
        assertFalse(w.enquete().scale().allowsDontKnow());
        assertEquals(
                List.of("Advantages", "Disadvantages", "Questions"),
                w.fields().stream().map(Workshop.WorksheetField::shortTitle).toList());
        assertEquals(6, w.tables().size());
        assertEquals("Table 1", w.tables().get(0).name());
        assertEquals(List.of(AgendaStep.values()), w.agenda());
        assertEquals(Workshop.VotingMode.TABLE, w.voting().mode());
        assertEquals(Limits.DEFAULT_TEXT_LIMIT, w.textLimit());
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken(
                        "unknown field",
                        r -> r.put("titel", "x"),
                        "broken.json: $.titel: unknown field \"titel\" (allowed fields: format, language, meeting, ranking, enquete, cards, fields, tables, agenda, voting, textLimit)"),
                broken(
                        "missing title",
                        r -> ((ObjectNode) r.get("meeting")).remove("title"),
                        "broken.json: $.meeting.title: is missing"),
                broken(
                        "duplicate id",
                        r -> ((ObjectNode) r.get("ranking").get("items").get(3)).put("id", "dialog"),
                        "broken.json: $.ranking.items[3].id: id \"dialog\" is already used, at $.ranking.items[2].id"),
                broken(
                        "too few items",
                        r -> TestWorkshops.setItems(r, 1),
                        "broken.json: $.ranking.items: has 1 elements, but must have between 2 and 12"),
                broken(
                        "too many items",
                        r -> TestWorkshops.setItems(r, 13),
                        "broken.json: $.ranking.items: has 13 elements, but must have between 2 and 12"),
                broken(
                        "too many statements",
                        r -> TestWorkshops.setStatements(r, 21),
                        "broken.json: $.enquete.statements: has 21 elements, but must have between 1 and 20"),
                broken(
                        "no cards",
                        r -> TestWorkshops.setCards(r, 0),
                        "broken.json: $.cards: has 0 elements, but must have between 1 and 10"),
                broken(
                        "too many tables",
                        r -> r.put("tables", 31),
                        "broken.json: $.tables: has 31 elements, but must have between 1 and 30"),
                broken(
                        "unknown colour",
                        r -> ((ObjectNode) r.get("tables").get(1)).put("colour", "magenta"),
                        "broken.json: $.tables[1].colour: unknown table colour \"magenta\" (known colours: "
                                + TableColour.names() + ")"),
                broken(
                        "wrong type",
                        r -> ((ObjectNode) r.get("ranking")).put("items", "Budgetsikkerhed"),
                        "broken.json: $.ranking.items: must be list, but is text"),
                broken(
                        "wrong format",
                        r -> r.put("format", 2),
                        "broken.json: $.format: the format is 2, but this program reads format 1"),
                broken(
                        "bad date",
                        r -> ((ObjectNode) r.get("meeting")).put("date", "2017-02-30"),
                        "broken.json: $.meeting.date: the date \"2017-02-30\" is not a valid date of the form YYYY-MM-DD"),
                broken(
                        "unknown agenda step",
                        r -> r.putArray("agenda").add("welcome").add("lunch"),
                        "broken.json: $.agenda[1]: unknown step \"lunch\" (known steps: welcome, enquete, cards, ranking, summary)"),
                broken(
                        "empty title",
                        r -> ((ObjectNode) r.get("cards").get(0)).put("title", "  "),
                        "broken.json: $.cards[0].title: is empty"),
                broken(
                        "bad id",
                        r -> ((ObjectNode) r.get("cards").get(0)).put("id", "Kort 1"),
                        "broken.json: $.cards[0].id: id \"Kort 1\" may only contain lower-case letters a-z, digits, - and _"),
                broken(
                        "too long title",
                        r -> ((ObjectNode) r.get("meeting")).put("title", "x".repeat(301)),
                        "broken.json: $.meeting.title: is too long: 301 characters, at most 300"),
                broken(
                        "dot votes out of range",
                        r -> ((ObjectNode) r.get("voting")).put("dotVotesPerTable", 99),
                        "broken.json: $.voting.dotVotesPerTable: is 99, but must be between 0 and 20"),
                broken(
                        "unknown voting mode",
                        r -> ((ObjectNode) r.get("voting")).put("mode", "secret"),
                        "broken.json: $.voting.mode: unknown voting mode \"secret\" (use \"table\" or \"individual\")"),
                broken(
                        "unknown way to show the live ranking",
                        r -> ((ObjectNode) r.get("voting")).put("liveRanking", "sometimes"),
                        "broken.json: $.voting.liveRanking: unknown way of showing the live ranking \"sometimes\""
                                + " (use \"onReveal\" or \"fromFirstBallot\")"),
                broken(
                        "summary naming more statements than there can be",
                        r -> ((ObjectNode) r.get("enquete"))
                                .putObject("summary")
                                .put("most", 30),
                        "broken.json: $.enquete.summary.most: is 30, but must be between 0 and 20"));
    }

    private static Arguments broken(String name, Consumer<ObjectNode> change, String message) {
        return Arguments.of(name, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileGivesItsPreciseMessage(String name, Consumer<ObjectNode> change, String message) {
        String json = TestWorkshops.tree(change).toString();
        WorkshopException e = assertThrows(WorkshopException.class, () -> WorkshopLoader.parse(json, "broken.json"));
        assertEquals(
                List.of(message),
                e.problems().stream().map(p -> p.message(Texts.ENGLISH)).toList());
    }

    /** A repeated element after one that is wrong is named where it stands in the file, not where it is counted. */
    @Test
    void aRepeatAfterAWrongElementIsNamedWhereItStands() {
        String json = TestWorkshops.tree(r -> {
                    r.putArray("agenda").add("welcome").add("lunch").add("welcome");
                    var tables = r.putArray("tables");
                    tables.add("Bord 0");
                    tables.addObject().put("id", "a").put("name", "A");
                    tables.addObject().put("id", "a").put("name", "B");
                })
                .toString();
        WorkshopException e = assertThrows(WorkshopException.class, () -> WorkshopLoader.parse(json, "broken.json"));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("$.tables[0]", "$.tables[2].id", "$.agenda[1]", "$.agenda[2]"), paths);
        assertEquals(
                "broken.json: $.agenda[2]: the step \"welcome\" is already on the agenda, at $.agenda[0]",
                e.problems().get(3).message(Texts.ENGLISH));
    }

    @Test
    void badJsonNamesLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("workshop.json");
        Files.writeString(file, "{\n  \"format\": 1,\n  \"meeting\": {\"title\": \"x\",}\n}\n", StandardCharsets.UTF_8);
        WorkshopException e = assertThrows(WorkshopException.class, () -> WorkshopLoader.load(file));
        String message = e.problems().get(0).message(Texts.ENGLISH);
        assertTrue(message.startsWith("workshop.json: line 3, column 28: invalid JSON: "), message);
    }

    @Test
    void aKeyTwiceAndAnythingAfterTheWorkshopAreRefusedWithTheirPlace() throws WorkshopException {
        String valid = TestWorkshops.tree(r -> {}).toString();
        WorkshopException twice = assertThrows(
                WorkshopException.class, () -> WorkshopLoader.parse("{\"format\": 1,\n \"format\": 1}", "twice.json"));
        String message = twice.problems().get(0).message(Texts.ENGLISH);
        assertTrue(
                message.startsWith("twice.json: line 2, column ") && message.contains("Duplicate field 'format'"),
                message);
        WorkshopException after =
                assertThrows(WorkshopException.class, () -> WorkshopLoader.parse(valid + "\n{}", "after.json"));
        message = after.problems().get(0).message(Texts.ENGLISH);
        assertTrue(message.startsWith("after.json: line 2, column ") && message.contains("Trailing token"), message);
        // White space after the workshop is no mistake.
        assertEquals(WorkshopLoader.parse(valid, "a.json"), WorkshopLoader.parse(valid + "\n\n  ", "a.json"));
    }

    @Test
    void numbersAreReadAsTheyAreWritten() {
        // A count written as 2.0 is not a whole number; one too large for an int is not taken for one.
        WorkshopException fraction = assertThrows(
                WorkshopException.class,
                () -> WorkshopLoader.parse(
                        TestWorkshops.tree(r -> ((ObjectNode) r.get("voting")).put("dotVotesPerTable", 2.5))
                                .toString(),
                        "f.json"));
        assertTrue(fraction.problems().get(0).path().equals("$.voting.dotVotesPerTable"), fraction.getMessage());
        WorkshopException huge = assertThrows(
                WorkshopException.class,
                () -> WorkshopLoader.parse(
                        TestWorkshops.tree(r -> ((ObjectNode) r.get("voting")).put("dotVotesPerTable", 12345678901L))
                                .toString(),
                        "h.json"));
        assertTrue(huge.problems().get(0).path().equals("$.voting.dotVotesPerTable"), huge.getMessage());
    }

    @Test
    void everyMistakeIsReportedNotOnlyTheFirst() {
        String json = TestWorkshops.tree(r -> {
                    r.put("colour", "red");
                    ((ObjectNode) r.get("meeting")).remove("title");
                    ((ObjectNode) r.get("tables").get(0)).put("colour", "pink");
                })
                .toString();
        WorkshopException e = assertThrows(WorkshopException.class, () -> WorkshopLoader.parse(json, "many.json"));
        assertEquals(
                List.of("$.colour", "$.meeting.title", "$.tables[0].colour"),
                e.problems().stream().map(Problem::path).toList());
    }

    @Test
    void messagesAreDanishByDefault() {
        String json = TestWorkshops.tree(r -> ((ObjectNode) r.get("meeting")).remove("title"))
                .toString();
        WorkshopException e = assertThrows(WorkshopException.class, () -> WorkshopLoader.parse(json, "fejl.json"));
        assertEquals("fejl.json: $.meeting.title: mangler", e.problems().get(0).message(Texts.DANISH));
    }

    @Test
    void unreadableAndEmptyFilesAreReported(@TempDir Path dir) throws IOException {
        WorkshopException missing =
                assertThrows(WorkshopException.class, () -> WorkshopLoader.load(dir.resolve("none.json")));
        assertTrue(missing.getMessage().startsWith("none.json: $: the file cannot be read"), missing.getMessage());
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        WorkshopException e = assertThrows(WorkshopException.class, () -> WorkshopLoader.load(empty));
        assertEquals("empty.json: $: the file is empty", e.getMessage());
        Path latin1 = dir.resolve("latin1.json");
        Files.write(
                latin1,
                "{\"format\": 1, \"meeting\": {\"title\": \"S\u00e6t\"}}".getBytes(StandardCharsets.ISO_8859_1));
        WorkshopException enc = assertThrows(WorkshopException.class, () -> WorkshopLoader.load(latin1));
        assertEquals("latin1.json: $: the file is not saved as UTF-8 text", enc.getMessage());
    }

    @Test
    void writtenWorkshopReadsBackEqual() throws WorkshopException {
        for (String resource : List.of(WorkshopLoader.BUILT_IN, WorkshopLoader.MULIGHEDER, WorkshopLoader.EXAMPLE)) {
            Workshop w = WorkshopLoader.resource(resource);
            assertEquals(w, WorkshopLoader.parse(WorkshopWriter.toTree(w).toString(), "again.json"));
        }
        Workshop chosen = TestWorkshops.workshop(r -> ((ObjectNode) r.get("enquete"))
                .putObject("summary")
                .put("most", 2)
                .put("least", 3));
        assertEquals(new Workshop.Highlights(2, 3), chosen.enquete().highlights());
        assertEquals(chosen, WorkshopLoader.parse(WorkshopWriter.toTree(chosen).toString(), "again.json"));
    }

    @Test
    void theShippedExampleIsALargerMeeting() {
        Workshop w = WorkshopLoader.resource(WorkshopLoader.EXAMPLE);
        assertEquals(8, w.ranking().items().size());
        assertEquals(4, w.enquete().statements().size());
        assertTrue(w.enquete().scale().allowsDontKnow());
        assertEquals(3, w.cards().size());
        assertEquals(4, w.fields().size());
        assertEquals(
                2, w.fields().stream().filter(Workshop.WorksheetField::dotVotes).count());
        assertEquals(10, w.tables().size());
        assertEquals(
                10,
                w.tables().stream().map(Workshop.TableDef::colour).distinct().count(),
                "ten colours");
        assertTrue(w.voting().liveFromFirstBallot());
    }
}
