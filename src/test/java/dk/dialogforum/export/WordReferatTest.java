package dk.dialogforum.export;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.testing.ReferenceMeeting;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Word referat the secretariat edits: everything the meeting produced, every script as written. */
class WordReferatTest {
    @TempDir
    Path dir;

    private String text(Workshop w, List<Event> events) throws Exception {
        Path out = dir.resolve("referat.docx");
        WordReferat.write(ExportInput.of(w, events, Texts.DANISH, 1_700_000_000_000L), out);
        try (InputStream in = Files.newInputStream(out);
                XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    /**
     * Headings are Word's own heading styles with outline levels (the navigation pane and a table of contents
     * find them), the items are tables, and every statement and ranked item has its chart as a picture.
     */
    @Test
    void headingsAreWordHeadingsItemsAreTablesAndChartsArePictures() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        Path out = dir.resolve("styled.docx");
        WordReferat.write(ExportInput.of(w, ReferenceMeeting.events(w), Texts.DANISH, 1_700_000_000_000L), out);
        try (InputStream in = Files.newInputStream(out);
                XWPFDocument doc = new XWPFDocument(in)) {
            Map<String, List<String>> byStyle = new HashMap<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyleID() != null) {
                    XWPFStyle style = doc.getStyles().getStyle(p.getStyleID());
                    assertNotNull(style, "a style the document defines: " + p.getStyleID());
                    byStyle.computeIfAbsent(style.getName(), k -> new ArrayList<>())
                            .add(p.getText());
                }
            }
            assertEquals(List.of("Dialogforum: Rammeaftale 2018"), byStyle.get("Title"));
            List<String> chapters = byStyle.get("heading 1");
            assertEquals("Hovedresultater", chapters.get(0), "" + chapters);
            assertTrue(chapters.contains("Enqueten") && chapters.contains("Sådan er tallene beregnet"), "" + chapters);
            assertTrue(chapters.contains("Tættere klyngesamarbejde om sikrer tilbudsviften"), "each card: " + chapters);
            assertTrue(byStyle.get("heading 2").contains("Fordele ved scenariet"), "fields: " + byStyle);
            assertEquals(
                    BigInteger.ZERO,
                    doc.getStyles()
                            .getStyle("Heading1")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal(),
                    "an outline level for the navigation pane");

            int statements = w.enquete().statements().size();
            int ranked = 2 * w.ranking().items().size();
            assertEquals(statements + ranked, doc.getAllPictures().size(), "a bar per statement and ranked item");
            assertTrue(
                    doc.getTables().stream()
                            .anyMatch(t -> t.getRow(0).getCell(0).getText().equals("Tekst")
                                    && t.getText().contains("Hvem skal betale for de ledige pladser?")),
                    "a card's items in a table");
        }
    }

    @Test
    void theWordReferatHoldsTheMeetingAsHeldItsResultsEveryItemAndTheNotes() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        List<Event> events = new ArrayList<>(ReferenceMeeting.events(w));
        String text;
        try (TestMeeting m = TestMeeting.of(w)) {
            m.open(Phase.card("selvforsyning"));
            m.add("bord-3", "selvforsyning", "fordele", "中文 한국어 🙂 اجتماع");
            m.ok(new Command.SetMeetingFacts("f", "2026-11-30", "13.00", "Sorø", "Anne Holm", "Bo Ravn", "KL"));
            m.ok(new Command.SetNote("n", Phase.card("selvforsyning"), "Salen ville vide mere."));
            text = text(w, m.engine().events());
        }
        for (String expected : List.of(
                "Dialogforum: Rammeaftale 2018",
                "30. november 2026",
                "Anne Holm",
                "Bo Ravn",
                "Hovedresultater",
                "中文 한국어 🙂 اجتماع",
                "Noter: Visionskort: Forøget kommunal selvforsyning (95%)",
                "Salen ville vide mere.",
                "Sådan er tallene beregnet")) {
            assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
        }
        String reference = text(w, events);
        assertTrue(reference.contains("Budgetsikkerhed"), "the enquete's ranking");
        assertTrue(reference.contains("Hvem skal betale for de ledige pladser?"), "the cards' items");
        assertTrue(reference.contains("Æbler, ØL og ÅL – æøå ÆØÅ"), "Danish letters as written");
    }
}
