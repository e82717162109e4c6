package dk.dialogforum.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.testing.ReferenceMeeting;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
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
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PdfReferatTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Path export(Workshop w, List<Event> events) throws Exception {
        Path out = dir.resolve("referat.pdf");
        PdfReferat.write(ExportInput.of(w, events, Texts.DANISH, 1_700_000_000_000L), out);
        return out;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Page {@code n}'s text, its white space made single spaces. */
    private static String page(Path pdf, int n) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(n);
            stripper.setEndPage(n);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    static void assertPdfA2b(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.fromString("2b"))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.fromString("2b"), false);
            ValidationResult result = validator.validate(parser);
            String failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), "not PDF/A-2b:\n" + failed);
        }
    }

    @Test
    void theReferatHoldsEveryItemWithItsLettersAndIsPdfA2b() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        List<Event> events = ReferenceMeeting.events(w);
        Path pdf = export(w, events);
        String text = text(pdf).replaceAll("\\s+", " ");
        var snapshot = MeetingState.replay(w, events).snapshot();
        for (var item : snapshot.items()) {
            if (item.visible() && item.text().chars().allMatch(c -> c < 0x0590)) {
                // Every shown item, æøå intact (wrapped lines are joined by the whitespace normalisation).
                String words = item.text().replaceAll("\\s+", " ").strip();
                assertTrue(text.contains(words.substring(0, Math.min(60, words.length()))), "missing: " + words);
            }
        }
        assertTrue(text.contains("Æbler, ØL og ÅL – æøå ÆØÅ"));
        assertTrue(text.contains("Udfordringer i prioriteret rækkefølge"));
        assertTrue(text.contains("De 4 udsagn der var størst enighed om"));
        assertTrue(text.contains("Sådan er tallene beregnet"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(text.contains("Side " + pages + " af " + pages));
            // title, main results, enquete, three cards, live ranking, method
            assertEquals(7, countOutline(doc));
            // The main results stand on the page after the cover, before the enquete in full.
            String second = new PDFTextStripper() {
                {
                    setStartPage(2);
                    setEndPage(2);
                }
            }.getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertTrue(second.startsWith("Hovedresultater Udfordringer i prioriteret rækkefølge"), second);
            // The enquete's order beside the live ranking's, with its movement.
            assertTrue(second.contains("Enqueten (6 stemmesedler) Den løbende rangordning (6 stemmesedler)"), second);
            assertTrue(second.contains("1. Budgetsikkerhed 29 point 1. Ny faglig tilgang 26 point · op 1"), second);
            assertTrue(second.contains("83 % · 1. Det er nødvendigt"), second);
            assertTrue(second.contains("9 prikker · Hvem skal betale for de ledige pladser?"), second);
            assertTrue(second.contains("Deltagelse 6 af 6 borde var med"), "all on one page: " + second);
        }
        assertPdfA2b(pdf);
    }

    /**
     * The main results are one page however much the meeting said: twelve long items ranked twice, long
     * statements and six cards with dots; a line that would run over is cut with "…", and the next page is the
     * enquete in full.
     */
    @Test
    void theMainResultsAreOnePageForABigMeeting() throws Exception {
        String longText = "en lang tekst der fylder mere end en linje på siden, fordi bordene skrev meget om "
                + "samarbejdet mellem kommunerne, brugerorganisationerne og regionen i årene der kommer";
        Workshop w = TestWorkshops.workshop(root -> {
            var items = (com.fasterxml.jackson.databind.node.ArrayNode)
                    root.get("ranking").get("items");
            for (int i = items.size(); i < 12; i++) {
                items.addObject().put("id", "ekstra-" + i).put("title", "Tema " + i + " – " + longText);
            }
            for (var st : root.get("enquete").get("statements")) {
                ((ObjectNode) st).put("text", "Udsagn om " + longText + " og " + longText);
            }
            var cards = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("cards");
            for (int i = cards.size(); i < 6; i++) {
                ObjectNode card = cards.addObject();
                card.put("id", "kort-" + i).put("title", "Kort " + i + " – " + longText);
            }
        });
        Path pdf = export(w, ReferenceMeeting.events(w));
        String second = page(pdf, 2);
        assertTrue(second.startsWith("Hovedresultater"), second);
        assertTrue(second.contains("12. "), "every item ranked: " + second);
        assertTrue(second.contains("…"), "long lines cut: " + second);
        assertTrue(second.contains("Deltagelse"), "participation on the same page: " + second);
        String third = page(pdf, 3);
        assertTrue(third.contains("Enquete"), "the enquete in full follows: " + third.substring(0, 120));
        assertFalse(third.contains("Deltagelse"), third);
    }

    @Test
    void theWorkshopChoosesHowManyStatementsTheMainResultsName() throws Exception {
        Workshop w = TestWorkshops.workshop(root -> ((ObjectNode) root.get("enquete"))
                .putObject("summary")
                .put("most", 2)
                .put("least", 2));
        Path pdf = export(w, ReferenceMeeting.events(w));
        String second = page(pdf, 2);
        String most = second.substring(
                second.indexOf("De 2 udsagn der var størst enighed om"),
                second.indexOf("De 2 udsagn der var mindst enighed om"));
        assertEquals(2, most.split("% · ", -1).length - 1, most);
        String least = second.substring(
                second.indexOf("De 2 udsagn der var mindst enighed om"), second.indexOf("Flest prikker"));
        assertEquals(2, least.split("% · ", -1).length - 1, least);
        assertTrue(least.endsWith("kommune? "), "the least agreed last: " + least);
    }

    @Test
    void theCoverSaysTheMeetingAsHeldAndTheNotesStandUnderTheirSteps() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        String opened;
        List<Event> plain;
        List<Event> recorded;
        try (TestMeeting m = TestMeeting.of(w)) {
            m.open(Phase.ENQUETE);
            plain = m.engine().events();
            opened = Instant.ofEpochMilli(m.snap().openedAt())
                    .atZone(ZoneId.systemDefault())
                    .toLocalDate()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Texts.DANISH));
            m.ok(new Command.SetMeetingFacts(
                    "f", "2026-11-30", "13.00–16.00", "Sorø Rådhus", "Anne Holm", "Bo Ravn", "KL, Region Sjælland"));
            m.ok(new Command.SetNote("n1", Phase.ENQUETE, "Salen undrede sig over udsagn 3."));
            m.ok(new Command.SetNote("n2", Phase.card("selvforsyning"), "Bord 2 vil vide mere om økonomien."));
            m.ok(new Command.CloseMeeting("end"));
            recorded = m.engine().events();
        }
        String before = text(export(w, plain)).replaceAll("\\s+", " ");
        assertTrue(
                before.contains("Dato " + opened), "with no date recorded, the day the meeting was opened: " + opened);
        assertFalse(before.contains("2017"), "never the workshop file's date");

        String text = text(export(w, recorded)).replaceAll("\\s+", " ");
        assertTrue(text.contains("Dato 30. november 2026, 13.00–16.00"), "the date and time as held");
        assertTrue(text.contains("Sted Sorø Rådhus"));
        assertTrue(text.contains("Facilitator Anne Holm"));
        assertTrue(text.contains("Referent Bo Ravn"));
        assertTrue(text.contains("Deltagere KL, Region Sjælland"));
        assertTrue(text.contains("Noter: Enquete Salen undrede sig over udsagn 3."));
        assertTrue(text.contains(
                "Noter: Visionskort: Forøget kommunal selvforsyning (95%) Bord 2 vil vide mere om økonomien."));
    }

    @Test
    void chineseJapaneseKoreanAndEmojiAreKeptInTheReferatNotReplacedByQuestionMarks() throws Exception {
        // The system's TrueType fonts for these scripts, as on screen (README, "Text in every script").
        assumeTrue(
                Files.isRegularFile(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
                        && Files.isRegularFile(Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
                        && Files.isRegularFile(Path.of("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")),
                "the fonts the .deb asks for are not on this machine");
        Workshop w = WorkshopLoader.builtIn();
        List<Event> events;
        try (TestMeeting m = TestMeeting.of(w)) {
            m.open(Phase.card("selvforsyning"));
            m.add("bord-1", "selvforsyning", "fordele", "中文会议 日本語の会議 한국어 회의 🙂 Æblegrød");
            events = m.engine().events();
        }
        Path pdf = export(w, events);
        String text = text(pdf);
        assertTrue(text.contains("中文会议 日本語の会議 한국어 회의 🙂 Æblegrød"), text);
        assertFalse(text.contains("?? ?"), "no letter written as a question mark");
        assertPdfA2b(pdf);
    }

    /** A glyph as drawn: where it stands and the letter it is. */
    private record Glyph(int page, float x, float y, float width, String letter) {}

    /** Every glyph on every page, in the order the content draws them. */
    private static List<Glyph> glyphs(Path pdf) throws Exception {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(new Glyph(
                            getCurrentPageNo(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getUnicode()));
                }
            }.getText(doc);
        }
        return glyphs;
    }

    /** The line of glyphs that holds {@code letter}, left to right as the reader sees it. */
    private static List<Glyph> lineWith(List<Glyph> glyphs, String letter) {
        Glyph g = glyphs.stream()
                .filter(x -> x.letter().equals(letter))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not drawn: " + letter));
        return glyphs.stream()
                .filter(x -> x.page() == g.page() && Math.abs(x.y() - g.y()) < 1)
                .sorted(Comparator.comparingDouble(Glyph::x))
                .toList();
    }

    /** The glyphs in lines, top to bottom and page by page, each line left to right. */
    private static List<List<Glyph>> lines(List<Glyph> glyphs) {
        Map<String, List<Glyph>> byLine = new TreeMap<>();
        for (Glyph g : glyphs) {
            byLine.computeIfAbsent(String.format("%04d %08.1f", g.page(), g.y()), k -> new ArrayList<>())
                    .add(g);
        }
        return byLine.values().stream()
                .map(l ->
                        l.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList())
                .toList();
    }

    private static int indexHolding(List<List<Glyph>> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (letters(lines.get(i)).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    private static String letters(List<Glyph> line) {
        return line.stream().map(Glyph::letter).collect(Collectors.joining()).strip();
    }

    /**
     * Arabic is drawn joined, right-to-left text reads in its own order with its brackets turned, a text written
     * right to left stands at the right margin, and the lines after the first of a long or multi-line item stand
     * under its text, not under its bullet.
     */
    @Test
    void arabicIsJoinedRightToLeftReadsInItsOrderAndAnItemsLinesStandUnderItsText() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        String danish = "Kørsel til dagtilbud skal aftales mellem kommunerne i god tid, så ingen borger står "
                + "uden transport når tilbuddet flytter\nEn ny linje skrevet af bordet";
        List<Event> events;
        try (TestMeeting m = TestMeeting.of(w)) {
            m.open(Phase.card("selvforsyning"));
            m.add("bord-1", "selvforsyning", "fordele", "مرحبا");
            m.add("bord-2", "selvforsyning", "fordele", "שלום (עולם)");
            m.add("bord-3", "selvforsyning", "fordele", danish);
            events = m.engine().events();
        }
        Path pdf = export(w, events);
        List<Glyph> glyphs = glyphs(pdf);

        // مرحبا: meem initial, reh final, hah initial, beh medial, alef final, seen from the left.
        List<Glyph> arabic = lineWith(glyphs, "\uFEE3");
        assertEquals("\uFE8E\uFE92\uFEA3\uFEAE\uFEE3 •", letters(arabic), "joined, right to left");
        List<Glyph> hebrew = lineWith(glyphs, "ש");
        assertEquals("(םלוע) םולש •", letters(hebrew), "in reading order, the brackets turned");
        Glyph last = hebrew.get(hebrew.size() - 1);
        assertTrue(last.x() + last.width() > 500, "a right-to-left item stands at the right margin: " + last);

        List<List<Glyph>> lines = lines(glyphs);
        int at = indexHolding(lines, "Kørsel til");
        List<Glyph> first = lines.get(at);
        List<Glyph> wrapped = lines.get(at + 1);
        List<Glyph> own = lines.get(indexHolding(lines, "En ny linje"));
        float text = first.stream()
                .skip(1)
                .filter(g -> !g.letter().isBlank())
                .findFirst()
                .orElseThrow()
                .x();
        assertTrue(first.get(0).letter().equals("•") && first.get(0).x() < text, "the bullet first");
        assertEquals(text, wrapped.get(0).x(), 0.5, "a wrapped line stands under the text: " + letters(wrapped));
        assertEquals(text, own.get(0).x(), 0.5, "a line of its own stands under the text");
        assertPdfA2b(pdf);
    }

    /** A character no font on the machine has is not lost in silence: the export names the entry it is in. */
    @Test
    void aCharacterNoFontCanDrawIsNamed() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        String unknown = "Privat tegn \uDB80\uDC00 i et punkt";
        List<Event> events;
        try (TestMeeting m = TestMeeting.of(w)) {
            m.open(Phase.card("selvforsyning"));
            m.add("bord-1", "selvforsyning", "fordele", unknown);
            m.add("bord-2", "selvforsyning", "fordele", "Et almindeligt punkt");
            events = m.engine().events();
        }
        Path out = dir.resolve("named.pdf");
        List<String> undrawn = PdfReferat.write(ExportInput.of(w, events, Texts.DANISH, 1_700_000_000_000L), out);
        assertEquals(1, undrawn.size(), "only the entry with the character: " + undrawn);
        assertTrue(undrawn.get(0).contains(unknown), undrawn.get(0));
        assertEquals("»Privat tegn \uDB80\uDC00 i et punkt«", PdfReferat.named(undrawn, Texts.DANISH));
    }

    private static int countOutline(PDDocument doc) {
        int n = 0;
        for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            n++;
        }
        return n - 1;
    }

    @Test
    void anyWorkshopAnEmptyMeetingAndAThousandItemsExport() throws Exception {
        Workshop mulig = WorkshopLoader.resource(WorkshopLoader.MULIGHEDER);
        Path p1 = export(mulig, ReferenceMeeting.events(mulig));
        assertTrue(text(p1).contains("Stille fælles krav"), "the Mulighed themes are ranked");
        Workshop w = WorkshopLoader.builtIn();
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), EventStore.inMemory())) {
            Path p2 = export(w, engine.events());
            String empty = text(p2);
            // Cards the meeting never came to are said once each, not as an empty list per field.
            assertEquals(3, empty.split("Kortet blev ikke gennemgået på mødet.", -1).length - 1, empty);
            assertFalse(empty.contains("Ingen punkter."), "no empty lists for cards never run");
            assertPdfA2b(p2);
        }
        Path p3 = export(w, ReferenceMeeting.events(w, 1000));
        assertTrue(text(p3).contains("Punkt 999"));
    }

    /** A long meeting title: the running header shortens it at a word and keeps saying what the document is. */
    @Test
    void aLongTitleIsShortenedInTheRunningHeaderAtAWord() throws Exception {
        String title = "Dialogforum om samarbejdet mellem kommunerne, brugerorganisationerne og regionen om de mest "
                + "specialiserede tilbud på socialområdet frem mod den kommende rammeaftale";
        Workshop w = TestWorkshops.workshop(root -> ((ObjectNode) root.get("meeting")).put("title", title));
        Path pdf = export(w, ReferenceMeeting.events(w));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper page2 = new PDFTextStripper();
            page2.setStartPage(2);
            page2.setEndPage(2);
            String header = page2.getText(doc)
                    .lines()
                    .filter(l -> l.startsWith("Dialogforum om"))
                    .findFirst()
                    .orElse("");
            assertTrue(header.endsWith("… · Referat"), "shortened, and says it is the minutes: " + header);
            String kept = header.substring(0, header.length() - "… · Referat".length());
            assertTrue(title.startsWith(kept) && title.charAt(kept.length()) == ' ', "cut at a word: " + header);
        }
    }
}
