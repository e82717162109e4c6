package dk.dialogforum.export;

import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class WorksheetPdfTest {
    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @TempDir
    Path dir;

    @Test
    void theWorksheetsHoldTheBallotAndEveryCardWithItsNumberedFields() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        Path pdf = dir.resolve("arbejdsark.pdf");
        WorksheetPdf.write(w, Texts.DANISH, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Enquete – stemmeseddel"));
            assertTrue(text.contains("Budgetsikkerhed"));
            assertTrue(text.contains("Helt uenig"));
            for (Workshop.VisionCard card : w.cards()) {
                assertTrue(text.contains(card.title()), card.title());
            }
            assertTrue(text.contains("2. FORDELE VED SCENARIET"));
            assertTrue(text.contains("3. ULEMPER VED SCENARIET"));
            assertTrue(text.contains("4. HVAD SKAL VI UNDERSØGE/DISKUTERE"));
            assertTrue(doc.getNumberOfPages() >= 4);
        }
        PdfReferatTest.assertPdfA2b(pdf);
    }

    /** A field's question is never left at the foot of a page with its lines to write on over the leaf. */
    @Test
    void eachFieldsQuestionStaysOnThePageWithItsLines() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        Path pdf = dir.resolve("arbejdsark.pdf");
        WorksheetPdf.write(w, Texts.DANISH, pdf);
        List<String> orphans = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper headings = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    // A field's numbered question (in capitals), and its lines under it within the writing area.
                    if (text.matches("[2-9]\\. [^a-zæøå]+") && !positions.isEmpty()) {
                        float fromTop = positions.get(0).getYDirAdj();
                        if (fromTop + WorksheetPdf.boxHeight(w) > PdfFlow.HEIGHT - PdfFlow.BOTTOM) {
                            orphans.add("page " + getCurrentPageNo() + ": " + text + " at " + fromTop);
                        }
                    }
                }
            };
            headings.getText(doc);
        }
        assertTrue(orphans.isEmpty(), "questions left at the foot of a page: " + orphans);
    }
}
