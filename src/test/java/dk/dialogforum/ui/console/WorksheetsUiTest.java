package dk.dialogforum.ui.console;

import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingSession;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table whose laptop fails writes on paper: the console prints its forms, a stack per table. */
class WorksheetsUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private ConsoleOnStage shown;

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    @Test
    void theConsolePrintsEachTablesBallotAndCardsWithItsName() throws Exception {
        MeetingSession session = MeetingSession.start(WorkshopLoader.builtIn(), new Journals(dir.resolve("j")));
        shown = ConsoleOnStage.show(session, Phase.WELCOME);
        assertEquals(
                "Arbejdsark til print …",
                robot.lookup("#printWorksheets").queryAs(Button.class).getText(),
                "beside the tables on the console");
        Path pdf = dir.resolve("arbejdsark.pdf");
        shown.printWorksheetsTo(pdf);
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup(
                                (Labeled l) -> l.getText() != null
                                        && l.getText()
                                                .startsWith(
                                                        "Arbejdsarkene er gemt: arbejdsark.pdf – et sæt til hvert af de 6 borde"))
                        .tryQuery()
                        .isPresent());
        assertTrue(Files.isRegularFile(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(6 * (1 + 3), doc.getNumberOfPages(), "a ballot and three cards for each of six tables");
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            assertTrue(last.getText(doc).contains("Bord: Bord 6"), "the last table's name on its page");
        }
        assertTrue(robot.lookup("#openWorksheets").tryQuery().isPresent(), "offered to open");
    }
}
