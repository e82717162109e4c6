package dk.dialogforum.ui;

import dk.dialogforum.app.DialogforumApp;
import dk.dialogforum.journal.Journal;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.designer.DesignerView;
import dk.dialogforum.ui.kit.DesignSource;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workshop designer as a facilitator uses it: a whole workshop built in it alone, saved, read back and started;
 * each mistake the file reader knows, made in the designer, said at its field in the reader's words; undo and redo;
 * the slides' preview; a meeting like an earlier one.
 */
class DesignerUiTest {
    @TempDir
    Path data;

    private final UiDriver ui = new UiDriver();
    private DialogforumApp app;

    @AfterEach
    void tearDown() throws Exception {
        ui.close();
    }

    private void openDesigner(String button) throws Exception {
        ui.launch(data, () -> app = new DialogforumApp());
        ui.waitFor(
                "the start screen",
                () -> ui.robot.lookup("#" + button).tryQuery().isPresent());
        ui.click("#" + button);
        ui.waitFor(
                "the designer", () -> ui.robot.lookup("#designParts").tryQuery().isPresent());
    }

    private DesignerView designer() {
        Parent root = ui.robot.lookup("#designParts").query().getScene().getRoot();
        return DesignerView.in(root).orElseThrow();
    }

    private void part(String name) {
        ui.click("#designPart-" + name);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types {@code text} into the field at {@code pointer}, as the facilitator would, over what it held. */
    private void type(String pointer, String text) {
        String id = "#design" + pointer.replace('/', '-');
        ui.click(id);
        TextInputControl field = ui.node(id);
        ui.robot.interact(field::selectAll);
        if (text.isEmpty()) {
            ui.robot.type(KeyCode.BACK_SPACE);
        } else if (text.length() > 40) {
            // A long text goes in as pasted: one change, as typing it would end.
            ui.robot.interact(() -> field.replaceSelection(text));
        } else {
            ui.robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String problemAt(String path) {
        Label l = ui.node("#problem" + path.replaceAll("[$.\\[\\]]+", "-"));
        return l.isVisible() ? l.getText() : "";
    }

    private static String loader(String key, Object... args) {
        return Texts.get(Texts.DANISH, "workshop.error." + key, args);
    }

    private String state() {
        return ((Label) ui.node("#designState")).getText();
    }

    @Test
    void aWorkshopBuiltInTheDesignerAloneIsSavedReadBackAndStarted() throws Exception {
        openDesigner("designBlank");
        assertTrue(state().contains("skal rettes"), "an empty workshop is not ready: " + state());
        type("/meeting/title", "Dialogforum 2027");
        type("/meeting/date", "2027-01-20");

        part("ranking");
        type("/ranking/title", "Temaer");
        for (int i = 2; i < 8; i++) {
            ui.click("#add-ranking-items");
        }
        for (int i = 0; i < 8; i++) {
            type("/ranking/items/" + i + "/title", "Tema " + (i + 1));
        }
        assertEquals(
                "tema-1",
                ((TextInputControl) ui.node("#design-ranking-items-0-id")).getText(),
                "an id follows its title");
        type("/ranking/items/7/description", "Det sidste tema, med en beskrivelse");

        part("enquete");
        for (int i = 1; i < 4; i++) {
            ui.click("#add-enquete-statements");
        }
        for (int i = 0; i < 4; i++) {
            type("/enquete/statements/" + i + "/text", "Udsagn nummer " + (i + 1));
        }
        ui.click("#designDontKnow");

        part("cards");
        ui.click("#add-cards");
        ui.click("#add-cards");
        for (int i = 0; i < 3; i++) {
            type("/cards/" + i + "/title", "Kort " + (i + 1));
        }

        part("fields");
        ui.click("#add-fields");
        type("/fields/3/title", "Næste skridt");
        ui.click("#design-fields-3-dotVotes");

        part("tables");
        ui.robot.interact(() -> ((TextInputControl) ui.node("#designTableCount")).setText("10"));
        ui.click("#designTableCountSet");

        part("plan");
        ui.click("#designMode-1");

        assertEquals("Klar til at starte: 8 punkter at rangordne, 4 udsagn, 3 visionskort, 10 borde.", state());
        Workshop designed = designer().workshop();
        assertEquals("Dialogforum 2027", designed.meeting().title());
        assertEquals("2027-01-20", designed.meeting().date());
        assertEquals(
                List.of("Tema 1", "Tema 2", "Tema 3", "Tema 4", "Tema 5", "Tema 6", "Tema 7", "Tema 8"),
                designed.ranking().items().stream()
                        .map(Workshop.RankItem::title)
                        .toList());
        assertEquals(4, designed.enquete().statements().size());
        assertEquals("Ved ikke", designed.enquete().scale().dontKnow());
        assertEquals(3, designed.cards().size());
        assertEquals(4, designed.fields().size());
        assertEquals(
                List.of("Spørgsmål", "Næste skridt"),
                designed.fields().stream()
                        .filter(Workshop.WorksheetField::dotVotes)
                        .map(Workshop.WorksheetField::shortTitle)
                        .toList());
        assertEquals(10, designed.tables().size());
        assertEquals("Bord 10", designed.tables().get(9).name());
        assertEquals(Workshop.VotingMode.INDIVIDUAL, designed.voting().mode());

        Path worksheets = data.resolve("arbejdsark.pdf");
        ui.robot.interact(() -> designer().printWorksheetsTo(worksheets));
        ui.waitFor(
                "the worksheets written",
                () -> ((Label) ui.node("#designSaid")).getText().startsWith("Arbejdsarkene er gemt"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(worksheets.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Bord 10") && text.contains("NÆSTE SKRIDT") && text.contains("Tema 8"), text);
        }

        Path file = data.resolve("dialogforum-2027" + WorkshopLoader.EXTENSION);
        ui.robot.interact(() -> designer().saveTo(file));
        assertTrue(((Label) ui.node("#designSaid")).getText().startsWith("Workshoppen er gemt: "));
        assertEquals(designed, WorkshopLoader.load(file), "the file reads back as the workshop designed");

        ui.click("#designStart");
        ui.waitFor("the console", () -> ui.robot.lookup("#agenda").tryQuery().isPresent());
        ui.expectProjector("Dialogforum 2027");
        List<Path> journals = Journals.inDataFolder().unfinished().stream()
                .map(Journals.Unfinished::file)
                .toList();
        assertEquals(designed, Journal.read(journals.get(0)).workshop(), "the meeting runs on the workshop designed");
    }

    @Test
    void eachMistakeIsSaidAtItsFieldInTheFileReadersWordsAndTheMeetingWaits() throws Exception {
        openDesigner("designBuiltIn");
        assertTrue(state().startsWith("Klar til at starte"), state());

        type("/meeting/title", "");
        assertEquals(loader("empty"), problemAt("$.meeting.title"));
        String tooLong = "x".repeat(301);
        type("/meeting/title", tooLong);
        assertEquals(loader("tooLong", 301, 300), problemAt("$.meeting.title"));
        type("/meeting/date", "18-01-2017");
        assertEquals(loader("date", "18-01-2017"), problemAt("$.meeting.date"));

        part("ranking");
        type("/ranking/items/0/id", "Budget!");
        assertEquals(loader("badId", "Budget!"), problemAt("$.ranking.items[0].id"));
        String second = ((TextInputControl) ui.node("#design-ranking-items-1-id")).getText();
        type("/ranking/items/0/id", second);
        assertEquals(loader("duplicateId", second, "Rangordning › punkt 1 › id"), problemAt("$.ranking.items[1].id"));

        part("tables");
        type("/tables/1/name", "Bord 1");
        assertEquals(loader("duplicateName", "Bord 1", "Borde › bord 1 › navn"), problemAt("$.tables[1].name"));

        part("cards");
        ui.click("#remove-cards-2");
        ui.click("#remove-cards-1");
        ui.click("#remove-cards-0");
        assertEquals(loader("count", 0, 1, 10), problemAt("$.cards"));

        part("plan");
        type("/voting/dotVotesPerTable", "25");
        assertEquals(loader("range", 25, 0, 20), problemAt("$.voting.dotVotesPerTable"));
        type("/voting/dotVotesPerTable", "tre");
        assertEquals(loader("type", "et helt tal", "tekst"), problemAt("$.voting.dotVotesPerTable"));
        type("/textLimit", "5");
        assertEquals(loader("range", 5, 20, 10000), problemAt("$.textLimit"));

        assertEquals(
                "7 ting skal rettes, før mødet kan starte – se listen til venstre og beskeden ved feltet.", state());
        assertTrue(
                ui.robot.lookup("#designPart-ranking").queryLabeled().getText().endsWith("·  1 fejl"),
                "the part says how many mistakes it holds");
        ui.click("#designStart");
        assertTrue(
                ((Label) ui.node("#designSaid"))
                        .getText()
                        .startsWith("Workshoppen har 7 fejl og kan ikke bruges endnu."),
                ((Label) ui.node("#designSaid")).getText());
        assertTrue(ui.robot.lookup("#agenda").tryQuery().isEmpty(), "no meeting starts with a mistake");
        assertTrue(
                ((TextInputControl) ui.node("#design-meeting-title")).isFocused(),
                "the first mistake's field has the focus");

        ui.click("#designProblem-2");
        assertTrue(
                ((TextInputControl) ui.node("#design-ranking-items-1-id")).isFocused(),
                "a listed mistake leads to its field");
    }

    /**
     * The mistakes no control of the designer can make (a misspelt field, an unknown colour, agenda step, voting
     * mode or language, a missing title, a list that is not one, a repeated step, another format) come from files:
     * opened in the designer, each is said at its field in the reader's words, and the designer's controls mend them.
     */
    @Test
    void aWorkshopFileWithMistakesOpensInTheDesignerWithEachSaidAtItsField() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                dk.dialogforum.workshop.WorkshopWriter.toTree(WorkshopLoader.builtIn());
        tree.put("language", "de");
        tree.put("format", 2);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("meeting")).remove("title");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("meeting")).put("farve", "rød");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("enquete")).put("statements", "alle");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("tables").get(1)).put("colour", "magenta");
        tree.putArray("agenda").add("welcome").add("pause").add("welcome");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("voting"))
                .put("mode", "alle")
                .put("liveRanking", "altid");
        Path file = data.resolve("med-fejl.json");
        java.nio.file.Files.writeString(file, tree.toPrettyString());
        Path broken = data.resolve("ikke-json.json");
        java.nio.file.Files.writeString(broken, "{ \"format\": 1, }");

        ui.launch(data, () -> app = new DialogforumApp());
        ui.waitFor(
                "the start screen",
                () -> ui.robot.lookup("#designFile").tryQuery().isPresent());
        ui.robot.interact(() -> app.design(DesignSource.file(DesignSource.Kind.WORKSHOP_FILE, broken)));
        ui.waitFor(
                "the reader's words for a file that is not JSON",
                () -> ui.robot
                        .lookup((TextInputControl t) ->
                                t.getText() != null && t.getText().contains("ugyldig JSON"))
                        .tryQuery()
                        .isPresent());
        ui.robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null)
                .toList()
                .forEach(Window::hide));

        ui.robot.interact(() -> app.design(DesignSource.file(DesignSource.Kind.WORKSHOP_FILE, file)));
        ui.waitFor(
                "the designer", () -> ui.robot.lookup("#designParts").tryQuery().isPresent());
        assertEquals(loader("missing"), problemAt("$.meeting.title"));
        assertEquals(loader("language", "de"), problemAt("$.language"));
        assertEquals(loader("format", 2, 1), problemAt("$.format"));
        ui.click("#designFormat-0");
        assertEquals("", problemAt("$.format"));
        String unknown = ((javafx.scene.control.Hyperlink) ui.node("#designProblem-1")).getText();
        assertTrue(
                unknown.startsWith("Mødet: ukendt felt \"farve\""),
                "a field the format does not know is in the list of mistakes: " + unknown);
        ui.click("#designRemoveUnknown-1");
        part("enquete");
        assertEquals(loader("type", "en liste", "tekst"), problemAt("$.enquete.statements"));
        part("tables");
        assertEquals(
                loader("colour", "magenta", dk.dialogforum.workshop.TableColour.names()),
                problemAt("$.tables[1].colour"));
        part("plan");
        assertEquals(
                loader("agendaStep", "pause", dk.dialogforum.workshop.AgendaStep.names()), problemAt("$.agenda[1]"));
        assertEquals(loader("duplicateStep", "welcome", "Dagsorden og afstemning › trin 1"), problemAt("$.agenda[2]"));
        assertEquals(loader("mode", "alle"), problemAt("$.voting.mode"));
        assertEquals(loader("liveRanking", "altid"), problemAt("$.voting.liveRanking"));

        // Mended with the designer's own controls.
        ui.click("#designStep-pause");
        ui.click("#designMode-0");
        ui.click("#designLive");
        ui.click("#designLive");
        part("tables");
        ui.robot.interact(() -> ((javafx.scene.control.ComboBox<dk.dialogforum.workshop.TableColour>)
                        ui.robot.lookup("#design-tables-1-colour").query())
                .setValue(dk.dialogforum.workshop.TableColour.SKY));
        part("enquete");
        ui.click("#add-enquete-statements");
        type("/enquete/statements/0/text", "Et nyt udsagn");
        part("meeting");
        ui.click("#designLanguage-0");
        type("/meeting/title", "Rettet møde");
        assertTrue(state().startsWith("Klar til at starte"), state());
        assertEquals("Rettet møde", designer().workshop().meeting().title());
    }

    @Test
    void closingTheWindowWithChangesNotSavedAsksFirst() throws Exception {
        openDesigner("designBuiltIn");
        type("/meeting/title", "Ikke gemt");
        Stage stage = (Stage) ui.node("#designParts").getScene().getWindow();
        javafx.application.Platform.runLater(() ->
                stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        ui.waitFor(
                "the question before closing",
                () -> ui.robot
                        .lookup((Label l) -> "Lukke programmet uden at gemme workshoppen?".equals(l.getText()))
                        .tryQuery()
                        .isPresent());
        ui.robot.clickOn("Bliv her");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the program stays open");
        assertEquals("Ikke gemt", ((TextInputControl) ui.node("#design-meeting-title")).getText(), "nothing lost");
    }

    @Test
    void undoAndRedoReachEveryChange() throws Exception {
        openDesigner("designBuiltIn");
        String title = WorkshopLoader.builtIn().meeting().title();
        type("/meeting/title", "Et andet møde");
        ui.robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(title, ((TextInputControl) ui.node("#design-meeting-title")).getText(), "typing is one step");
        ui.click("#designRedo");
        assertEquals("Et andet møde", ((TextInputControl) ui.node("#design-meeting-title")).getText());
        // Typing goes on where the change was undone or done again, not at the field's start.
        ui.click("#design-meeting-title");
        ui.robot.interact(() -> ((TextInputControl) ui.node("#design-meeting-title")).positionCaret(3));
        ui.robot.write("x");
        ui.robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ui.robot.write("!");
        assertEquals("Et !andet møde", ((TextInputControl) ui.node("#design-meeting-title")).getText());

        part("ranking");
        String first = WorkshopLoader.builtIn().ranking().items().get(0).title();
        String secondTitle = WorkshopLoader.builtIn().ranking().items().get(1).title();
        ui.click("#down-ranking-items-0");
        assertEquals(secondTitle, ((TextInputControl) ui.node("#design-ranking-items-0-title")).getText());
        ui.click("#design-ranking-items-0-title");
        ui.robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, ((TextInputControl) ui.node("#design-ranking-items-0-title")).getText(), "Alt+↓ moves");
        ui.robot.drag("#handle-ranking-items-0").dropTo("#handle-ranking-items-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, ((TextInputControl) ui.node("#design-ranking-items-2-title")).getText(), "dragged down");
        ui.click("#remove-ranking-items-2");
        assertTrue(ui.robot.lookup("#design-ranking-items-4-title").tryQuery().isEmpty(), "one item fewer");
        ui.click("#designUndo");
        assertEquals(first, ((TextInputControl) ui.node("#design-ranking-items-2-title")).getText(), "back again");
        assertFalse(((Button) ui.node("#designRedo")).isDisabled());
    }

    @Test
    void thePreviewShowsEachSlideAsTheProjectorWill() throws Exception {
        openDesigner("designBuiltIn");
        part("enquete");
        String longStatement = "Et udsagn så langt, at det ikke kan stå på én linje. ".repeat(16);
        type("/enquete/statements/0/text", longStatement);
        ui.click("#designPreview");
        ui.waitFor(
                "the preview", () -> ui.robot.lookup("#previewSlide").tryQuery().isPresent());
        Parent preview = previewRoot();
        assertTrue(
                ui.robot
                        .from(preview)
                        .lookup((Label l) ->
                                WorkshopLoader.builtIn().meeting().title().equals(l.getText()))
                        .tryQuery()
                        .isPresent(),
                "the welcome slide shows the meeting's title");
        ui.click("#previewNext");
        ui.click("#previewNext");
        ui.waitFor(
                "the enquete's statements, the long one among them",
                () -> ui.robot
                        .from(previewRoot())
                        .lookup((Label l) -> l.getText() != null && l.getText().contains("Et udsagn så langt"))
                        .tryQuery()
                        .isPresent());
        ui.click("#previewNext");
        ui.waitFor(
                "the long statement's distribution",
                () -> ui.robot
                        .from(previewRoot())
                        .lookup((Label l) -> longStatement.strip().equals(l.getText()))
                        .tryQuery()
                        .isPresent());
    }

    @Test
    void aMeetingLikeAnEarlierOneIsDesignedFromItsWorkshopWithoutItsVotes() throws Exception {
        Path reference = Path.of("docs", "reference", "reference-meeting.dialogforum");
        MeetingFile earlier = MeetingFile.open(reference);
        ui.launch(data, () -> app = new DialogforumApp());
        ui.waitFor(
                "the start screen",
                () -> ui.robot.lookup("#designEarlier").tryQuery().isPresent());
        ui.robot.interact(() -> app.design(DesignSource.file(DesignSource.Kind.EARLIER_MEETING, reference)));
        ui.waitFor(
                "the designer", () -> ui.robot.lookup("#designParts").tryQuery().isPresent());
        assertEquals(earlier.workshop(), designer().workshop(), "its workshop");
        type("/meeting/date", "2027-01-20");
        ui.click("#designStart");
        ui.waitFor("the console", () -> ui.robot.lookup("#agenda").tryQuery().isPresent());
        Path journal = Journals.inDataFolder().unfinished().get(0).file();
        var started = Journal.read(journal);
        assertEquals("2027-01-20", started.workshop().meeting().date());
        var s = MeetingState.replay(started.workshop(), started.events()).snapshot();
        assertEquals(
                0,
                s.enqueteBallots().size()
                        + s.rankingBallots().size()
                        + s.items().size(),
                "none of its votes");
        assertTrue(earlier.events().size() > 50, "the earlier meeting had plenty");
    }

    private static Parent previewRoot() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s
                        && s.getTitle() != null
                        && s.getTitle().startsWith("Diasene"))
                .map(w -> w.getScene().getRoot())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no preview window"));
    }
}
