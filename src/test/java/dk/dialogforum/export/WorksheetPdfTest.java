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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorksheetPdfTest {
    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @TempDir
    Path dir;

    /**
     * A stack per table, its name on every page: the enquete ballot, then each card on one page with its text
     * and every field's question with lines to write on.
     */
    @Test
    void eachTableGetsItsBallotAndOnePagePerCardWithItsNameOnIt() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        Path pdf = dir.resolve("arbejdsark.pdf");
        WorksheetPdf.write(w, Texts.DANISH, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(n);
                page.setEndPage(n);
                pages.add(page.getText(doc).replaceAll("\\s+", " "));
            }
            for (Workshop.TableDef table : w.tables()) {
                String name = "Bord: " + table.name() + " ";
                assertTrue(
                        pages.stream()
                                .anyMatch(p -> p.contains(name)
                                        && p.contains("Enquete – stemmeseddel")
                                        && p.contains("Budgetsikkerhed")),
                        "a ballot for " + table.name());
                for (Workshop.VisionCard card : w.cards()) {
                    assertTrue(
                            pages.stream()
                                    .anyMatch(p -> p.contains(name)
                                            && p.contains(card.title())
                                            && p.contains("1. BESKRIVELSE")
                                            && p.contains("2. FORDELE VED SCENARIET")
                                            && p.contains("3. ULEMPER VED SCENARIET")
                                            && p.contains("4. HVAD SKAL VI UNDERSØGE/DISKUTERE")),
                            card.title() + " for " + table.name() + " on one page");
                }
            }
            long cardPages =
                    pages.stream().filter(p -> p.contains("1. BESKRIVELSE")).count();
            assertEquals(w.tables().size() * w.cards().size(), cardPages, "one page per table and card");
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
                        if (fromTop + WorksheetPdf.MIN_BOX > PdfFlow.HEIGHT - PdfFlow.BOTTOM) {
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
