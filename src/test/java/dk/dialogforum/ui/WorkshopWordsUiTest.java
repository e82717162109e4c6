package dk.dialogforum.ui;

import atlantafx.base.theme.PrimerLight;
import dk.dialogforum.demo.SampleMeeting;
import dk.dialogforum.export.ExportInput;
import dk.dialogforum.export.PdfReferat;
import dk.dialogforum.export.WorkbookExport;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.testing.NoNavigation;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.console.ConsoleView;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Theme;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workshop that ranks "Muligheder" says so on every slide, in the console, on every sheet and page:
 * nowhere does the program call them "Udfordringer", the built-in workshop's word. (The workshop's own
 * texts speak of "udfordringer" in lower case; the program's headings would begin with a capital.)
 */
class WorkshopWordsUiTest {
    private static final String NOT_OURS = "Udfordring";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private MeetingSession session;
    private FxMeeting meeting;

    @AfterEach
    void close() throws Exception {
        Teardown.close(robot, meeting, session);
    }

    @Test
    void aWorkshopThatRanksSomethingElseIsCalledSoOnEveryScreenSheetAndPage() throws Exception {
        Workshop w = WorkshopLoader.resource(WorkshopLoader.MULIGHEDER);
        assertEquals("Muligheder", w.ranking().title());
        session = MeetingSession.start(w, new Journals(dir.resolve("journals")));
        MeetingEngine engine = session.engine();
        FxToolkit.registerPrimaryStage();
        Presentation presentation = new Presentation();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            meeting = new FxMeeting(engine);
        });
        List<String> seen = new ArrayList<>();
        for (SampleMeeting.Step step : SampleMeeting.script(w, 2017)) {
            engine.execute(step.command());
            if (step.command() instanceof Command.ChangePhase change) {
                seen.addAll(screens(presentation, change.phase()));
                if (change.phase().equals(Phase.ENQUETE) && change.action() == Command.PhaseAction.REVEAL) {
                    for (String view : List.of(Presentation.STATEMENTS, Presentation.CHALLENGES)) {
                        robot.interact(() -> presentation.distributionProperty().set(view));
                        seen.addAll(screens(presentation, change.phase()));
                    }
                }
            }
        }
        seen.addAll(workbook(w, engine));
        seen.addAll(referat(w, engine));

        List<String> ours =
                seen.stream().filter(t -> t.contains(NOT_OURS)).distinct().toList();
        assertEquals(List.of(), ours, "the built-in workshop's word where this workshop has its own");
        assertTrue(
                seen.stream().anyMatch(t -> t.contains("Muligheder i prioriteret rækkefølge")),
                "the workshop's word is used");
    }

    /** Every text on the projector and in the console with {@code phase} chosen. */
    private List<String> screens(Presentation presentation, String phase) throws Exception {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            I18n i18n = new I18n(Texts.DANISH);
            AudienceView projector = new AudienceView(i18n, meeting, presentation);
            texts.addAll(texts(FullHd.layOut(projector)));
            projector.dispose();
            ConsoleView console =
                    new ConsoleView(i18n, new NoNavigation(), session, meeting, presentation, null, Runnable::run);
            Scene scene = new Scene(console.buildFor(phase), 1600, 900);
            scene.getStylesheets().add(Theme.stylesheet());
            FullHd.relayout(scene.getRoot());
            texts.addAll(texts(scene.getRoot()));
            console.dispose();
        });
        return texts;
    }

    private static List<String> texts(Parent root) {
        List<String> texts = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (n instanceof Labeled l && l.getText() != null) {
                texts.add(l.getText());
            } else if (n instanceof Text t && t.getText() != null) {
                texts.add(t.getText());
            } else if (n instanceof ChoiceBox<?> c) {
                c.getItems().forEach(item -> texts.add(toText(c, item)));
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static <T> String toText(ChoiceBox<T> box, Object item) {
        return box.getConverter() == null
                ? String.valueOf(item)
                : box.getConverter().toString((T) item);
    }

    private List<String> workbook(Workshop w, MeetingEngine engine) throws Exception {
        Path out = dir.resolve("referat.xlsx");
        WorkbookExport.write(ExportInput.of(w, engine.events(), Texts.DANISH, 1_700_000_000_000L), out);
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                texts.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }

    private List<String> referat(Workshop w, MeetingEngine engine) throws Exception {
        Path out = dir.resolve("referat.pdf");
        PdfReferat.write(ExportInput.of(w, engine.events(), Texts.DANISH, 1_700_000_000_000L), out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return List.of(new PDFTextStripper().getText(doc).split("\n"));
        }
    }
}
