package dk.dialogforum.export;

import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.results.AgreementColours;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.Statements;
import dk.dialogforum.testing.ReferenceMeeting;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookExportTest {
    @TempDir
    Path dir;

    private XSSFWorkbook export(Workshop w, List<Event> events) throws Exception {
        Path out = dir.resolve("referat.xlsx");
        WorkbookExport.write(ExportInput.of(w, events, Texts.DANISH, 1_700_000_000_000L), out);
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> column(XSSFSheet sheet, int col) {
        List<String> values = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            values.add(row == null || row.getCell(col) == null ? "" : f.formatCellValue(row.getCell(col)));
        }
        return values;
    }

    @Test
    void theReferenceMeetingGivesAWorkbookASecretariatCanWorkIn() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        List<Event> events = ReferenceMeeting.events(w);
        var snapshot = MeetingState.replay(w, events).snapshot();
        try (XSSFWorkbook wb = export(w, events)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(
                    List.of(
                            "Oversigt",
                            "Udfordringer",
                            "Udsagn",
                            "Kort 1 – Tættere klyngesamarbe…",
                            "Kort 2 – Tilbud til de 31…",
                            "Kort 3 – Forøget kommunal…",
                            "Rådata",
                            "Metode"),
                    names);

            // Oversigt: the challenges in prioritised order with their points, as computed by the results
            XSSFSheet overview = wb.getSheet("Oversigt");
            assertEquals(
                    "Dialogforum: Rammeaftale 2018",
                    overview.getRow(0).getCell(0).getStringCellValue());
            RankingResult enquete = Rankings.enquete(snapshot);
            List<String> titles = column(overview, 1);
            int first = titles.indexOf(enquete.order().get(0).title());
            assertTrue(first > 0, titles.toString());
            for (int i = 0; i < enquete.order().size(); i++) {
                assertEquals(enquete.order().get(i).title(), titles.get(first + i));
                assertEquals(enquete.order().get(i).borda(), (int)
                        overview.getRow(first + i).getCell(2).getNumericCellValue());
            }
            // The meeting's day and the export's time: real dates a sheet can sort by, written the same way.
            int dateRow = column(overview, 0).indexOf("Dato");
            assertEquals(
                    LocalDate.of(2017, 1, 18),
                    overview.getRow(dateRow)
                            .getCell(1)
                            .getLocalDateTimeCellValue()
                            .toLocalDate());
            assertEquals("18-01-2017", column(overview, 1).get(dateRow));
            String exported = column(overview, 1).get(column(overview, 0).indexOf("Eksporteret"));
            assertTrue(exported.matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d:\\d\\d"), exported);
            assertTrue(column(overview, 0).contains("De 4 udsagn der var størst enighed om"));
            assertTrue(column(overview, 0).contains("Det udsagn der var mindst enighed omkring"));
            String least = Statements.summarise(snapshot).least().get(0).text();
            assertTrue(titles.contains(least));

            // Udfordringer: the rank-distribution matrix sums to the ballots in every row
            XSSFSheet challenges = wb.getSheet("Udfordringer");
            assertEquals(1, challenges.getPaneInformation().getHorizontalSplitPosition());
            assertNotNull(challenges.getCTWorksheet().getAutoFilter());
            var row = challenges.getRow(1);
            int ballots = (int) row.getCell(5).getNumericCellValue();
            int sum = 0;
            for (int k = 0; k < 5; k++) {
                sum += (int) row.getCell(7 + k).getNumericCellValue();
            }
            assertEquals(6, ballots);
            assertEquals(ballots, sum);

            // Udsagn: counts, share agreeing and a native chart
            XSSFSheet statements = wb.getSheet("Udsagn");
            assertEquals("Helt uenig", statements.getRow(0).getCell(2).getStringCellValue());
            assertEquals(1, statements.getDrawingPatriarch().getCharts().size());
            var s1 = Statements.summarise(snapshot).of("kapacitet");
            assertEquals(s1.shareAgreeing(), statements.getRow(1).getCell(9).getNumericCellValue(), 1e-9);

            // Card sheets: every item, æøå and other scripts intact; formula-like text stays text
            XSSFSheet card = wb.getSheetAt(3);
            List<String> texts = column(card, 2);
            for (String tricky : ReferenceMeeting.TRICKY) {
                assertTrue(texts.contains(tricky), "missing: " + tricky);
            }
            for (int r = 0; r <= card.getLastRowNum(); r++) {
                var cardRow = card.getRow(r);
                if (cardRow == null || cardRow.getCell(2) == null) {
                    continue;
                }
                XSSFCell c = cardRow.getCell(2);
                assertFalse(c.getCellType() == CellType.FORMULA, "a formula in row " + r);
                if (WorkbookExport.looksLikeFormula(c.getStringCellValue())) {
                    assertTrue(c.getCellStyle().getQuotePrefixed(), "not marked as text: " + c.getStringCellValue());
                }
            }

            // Rådata: one row per event, so every figure can be derived again
            assertEquals(events.size(), wb.getSheet("Rådata").getLastRowNum());
            assertTrue(column(wb.getSheet("Metode"), 0).get(1).startsWith("Rangordningen tæller Borda-point"));
        }
    }

    @Test
    void everySheetPrintsOnePageWideWithItsHeaderOnEachPageAndANameThatSaysItWasCut() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        try (XSSFWorkbook wb = export(w, ReferenceMeeting.events(w))) {
            for (var sheet : wb) {
                var print = sheet.getPrintSetup();
                assertTrue(print.getLandscape(), sheet.getSheetName() + " in landscape");
                assertTrue(
                        sheet.getFitToPage() && print.getFitWidth() == 1 && print.getFitHeight() == 0,
                        sheet.getSheetName() + " one page wide");
                assertEquals("&P / &N", sheet.getFooter().getRight(), sheet.getSheetName() + " numbers its pages");
            }
            assertEquals("Kort 1 – Tættere klyngesamarbe…", wb.getSheetAt(3).getSheetName(), "cut, and said so");
            assertNotNull(wb.getSheetAt(3).getRepeatingRows(), "the card's header row on every printed page");
        }
    }

    /**
     * Read in a program that does not measure rows itself, nothing prints over anything: a row is as tall as
     * its wrapped text, numbers stand at the top of their row beside it, headings lie across the columns
     * they head, and the chart's bars are filled in the scale's colours.
     */
    @Test
    void wrappedTextHasRoomHeadingsLieAcrossAndTheChartHasColouredBars() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        try (XSSFWorkbook wb = export(w, ReferenceMeeting.events(w))) {
            XSSFSheet overview = wb.getSheetAt(0);
            int rows = 0;
            for (var row : overview) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().length() > 120) {
                        // Two lines at least in the 70-character column.
                        assertTrue(
                                row.getHeightInPoints() >= 2 * 11,
                                "row " + row.getRowNum() + " is " + row.getHeightInPoints() + " pt for: "
                                        + cell.getStringCellValue());
                        rows++;
                    }
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertEquals(VerticalAlignment.TOP, cell.getCellStyle().getVerticalAlignment());
                    }
                }
            }
            assertTrue(rows >= 3, "long statements on the overview: " + rows);
            assertTrue(
                    overview.getMergedRegions().stream()
                            .anyMatch(m -> overview.getRow(m.getFirstRow())
                                            .getCell(0)
                                            .getStringCellValue()
                                            .startsWith("Udfordringer i prioriteret rækkefølge")
                                    && m.getLastColumn() >= 3),
                    "the heading lies across the table it heads");

            XSSFSheet statements = wb.getSheet("Udsagn");
            var chart = statements.getDrawingPatriarch().getCharts().get(0);
            var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
            int steps = w.enquete().scale().size();
            assertEquals(steps, bar.sizeOfSerArray());
            for (int k = 0; k < steps; k++) {
                byte[] rgb =
                        bar.getSerArray(k).getSpPr().getSolidFill().getSrgbClr().getVal();
                int expected = AgreementColours.rgb(k + 1, steps);
                assertEquals(
                        expected,
                        ((rgb[0] & 0xFF) << 16) | ((rgb[1] & 0xFF) << 8) | (rgb[2] & 0xFF),
                        "series " + (k + 1) + " in the scale's colour");
            }
        }
    }

    @Test
    void anyWorkshopAndAnEmptyMeetingExport() throws Exception {
        Workshop mulig = WorkshopLoader.resource(WorkshopLoader.MULIGHEDER);
        try (XSSFWorkbook wb = export(mulig, ReferenceMeeting.events(mulig))) {
            assertEquals(
                    "Plads 7", wb.getSheet("Muligheder").getRow(0).getCell(13).getStringCellValue());
            assertEquals(3, wb.getSheet("Udsagn").getLastRowNum());
        }
        Workshop w = WorkshopLoader.builtIn();
        List<Event> empty;
        try (MeetingEngine engine = MeetingEngine.start(w, List.of(), EventStore.inMemory())) {
            empty = engine.events();
        }
        try (XSSFWorkbook wb = export(w, empty)) {
            assertEquals(8, wb.getNumberOfSheets());
            assertEquals(1, wb.getSheet("Rådata").getLastRowNum());
        }
    }

    @Test
    void aThousandItemsWithLongTextsExport() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        List<Event> events = ReferenceMeeting.events(w, 1000);
        try (XSSFWorkbook wb = export(w, events)) {
            List<String> texts = column(wb.getSheetAt(3), 2);
            assertTrue(texts.stream().filter(t -> t.startsWith("Punkt ")).count() >= 1000);
        }
    }
}
