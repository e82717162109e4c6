package dk.dialogforum.export;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.AgreementColours;
import dk.dialogforum.results.Participation;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.StatementResult;
import dk.dialogforum.results.Statements;
import dk.dialogforum.workshop.Workshop;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The workbook for the secretariat: an overview in the shape of the seed summary, the rankings with
 * their rank-distribution matrices, the statements with a chart, one sheet per vision card, every raw
 * event, and how each figure was computed. Text is always stored as text: a table's "=1+1" stays
 * "=1+1" and can never become a formula, even when the cell is edited.
 */
public final class WorkbookExport {
    private final ExportInput in;
    private final WorkbookCells cells;

    private WorkbookExport(ExportInput in) {
        this.in = in;
        this.cells = new WorkbookCells(in.zone());
    }

    /** Writes the workbook to {@code out} (through a temporary file, so a half-written workbook never appears). */
    public static void write(ExportInput in, Path out) throws IOException {
        ExportFiles.writeAtomically(out, os -> write(in, os));
    }

    public static void write(ExportInput in, OutputStream out) throws IOException {
        WorkbookExport e = new WorkbookExport(in);
        WorkbookCells cells = e.cells;
        try (XSSFWorkbook wb = cells.wb) {
            e.overview();
            e.challenges();
            e.statements();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                WorkbookCells.fitRowHeights(wb.getSheetAt(i));
            }
            // The sheets that grow with the meeting are streamed: rows as plain objects, written out sheet by sheet.
            cells.stream();
            for (int i = 0; i < in.workshop().cards().size(); i++) {
                WorkbookCells.done(new CardSheet(in, cells).write(i));
            }
            RecordSheets records = new RecordSheets(in, cells);
            WorkbookCells.done(records.rawData());
            WorkbookCells.done(records.method());
            cells.book().write(out);
        } finally {
            cells.dispose();
        }
    }

    /** Whether a spreadsheet could read {@code value} as a formula. */
    static boolean looksLikeFormula(String value) {
        return WorkbookCells.looksLikeFormula(value);
    }

    // ---------- sheets ----------

    private void overview() {
        Snapshot s = in.snapshot();
        Workshop.MeetingFacts m = in.workshop().meeting();
        Sheet sh = cells.sheet(in.t("export.sheet.overview"));
        WorkbookCells.widths(sh, 34, 70, 14, 14);
        int r = 0;
        cells.put(sh, r++, 0, m.title(), cells.title);
        if (m.subtitle() != null) {
            cells.across(sh, r++, m.subtitle(), cells.text, 3);
        }
        r++;
        HeldFacts held = HeldFacts.of(in);
        cells.put(sh, r, 0, in.t("export.date"), cells.bold);
        if (held.date() != null) {
            Cell date = cells.cell(sh, r, 1);
            date.setCellValue(held.date());
            date.setCellStyle(cells.day);
        }
        r++;
        String[][] facts = {
            {"export.time", held.time()},
            {"export.place", held.place()},
            {"export.organiser", held.organiser()},
            {"export.facilitator", held.facilitator()},
            {"export.noteTaker", held.noteTaker()},
            {"export.participants", held.participants()}
        };
        for (String[] fact : facts) {
            if (fact[1] != null) {
                cells.put(sh, r, 0, in.t(fact[0]), cells.bold);
                cells.put(sh, r++, 1, fact[1]);
            }
        }
        cells.put(sh, r, 0, in.t("export.tablesPresent"), cells.bold);
        cells.put(
                sh,
                r++,
                1,
                Participation.of(s).stream()
                        .filter(Participation.TableParticipation::present)
                        .map(p -> p.table().name())
                        .collect(Collectors.joining(", ")));
        cells.put(sh, r, 0, in.t("export.exportedAt"), cells.bold);
        cells.when(sh, r++, 1, in.exportedAt());
        r = summary(sh, r + 1);
        List<HeldFacts.Note> notes = HeldFacts.notes(in);
        if (!notes.isEmpty()) {
            cells.put(sh, ++r, 0, in.t("export.notes"), cells.bold);
            r++;
            for (HeldFacts.Note note : notes) {
                cells.put(sh, r, 0, note.step(), cells.bold);
                cells.put(sh, r++, 1, note.text());
            }
        }
    }

    /** The overview's summary in the shape of the seed: the prioritised challenges, the statements agreed most and least. */
    /** Writes the summary from row {@code r}; returns the row after it. */
    private int summary(Sheet sh, int r) {
        Snapshot s = in.snapshot();
        RankingResult enquete = Rankings.enquete(s);
        cells.heading(
                sh,
                r++,
                in.t(
                        "export.overview.challenges",
                        enquete.ballots(),
                        in.workshop().ranking().title()),
                3);
        r = cells.headerRow(
                sh,
                r,
                in.t("export.col.place"),
                in.workshop().ranking().title(),
                in.t("export.col.points"),
                in.t("export.col.meanRank"));
        for (RankingResult.ItemScore score : enquete.order()) {
            cells.num(sh, r, 0, score.position(), null);
            cells.put(sh, r, 1, score.title());
            cells.num(sh, r, 2, score.borda(), null);
            cells.num(sh, r++, 3, score.meanRank(), cells.decimal);
        }
        r++;
        Statements.Summary summary = Statements.summarise(s);
        if (!summary.most().isEmpty()) {
            cells.heading(sh, r++, in.t("export.overview.most", summary.most().size()), 3);
        }
        for (StatementResult st : summary.most()) {
            cells.num(sh, r, 0, st.number(), null);
            cells.put(sh, r, 1, st.text());
            cells.num(sh, r++, 2, st.shareAgreeing(), cells.percent);
        }
        r++;
        cells.heading(sh, r++, in.t("export.overview.least", summary.least().size()), 3);
        for (StatementResult st : summary.least()) {
            cells.num(sh, r, 0, st.number(), null);
            cells.put(sh, r, 1, st.text());
            cells.num(sh, r++, 2, st.shareAgreeing(), cells.percent);
        }
        return r;
    }

    private void challenges() {
        Snapshot s = in.snapshot();
        Sheet sh = cells.sheet(in.workshop().ranking().title());
        int n = in.workshop().ranking().items().size();
        List<String> cols = new ArrayList<>(List.of(
                in.t("export.col.ranking"),
                in.t("export.col.place"),
                in.workshop().ranking().title(),
                in.t("export.col.points"),
                in.t("export.col.meanRank"),
                in.t("export.col.ballots"),
                in.t("export.col.movement")));
        for (int k = 1; k <= n; k++) {
            cols.add(in.t("export.col.placeK", k));
        }
        int r = cells.headerRow(sh, 0, cols.toArray(String[]::new));
        RankingResult enquete = Rankings.enquete(s);
        RankingResult live = Rankings.live(s);
        Map<String, Integer> moves = Rankings.movement(enquete, live);
        r = rankingRows(sh, r, in.t("export.ranking.enquete"), enquete, Map.of());
        r = rankingRows(sh, r, in.t("export.ranking.live"), live, moves);
        for (Map.Entry<String, RankingResult> e : Rankings.enqueteByTable(s).entrySet()) {
            r = rankingRows(
                    sh, r, in.t("export.ranking.enqueteTable", in.tableName(e.getKey())), e.getValue(), Map.of());
        }
        for (Map.Entry<String, RankingResult> e : Rankings.liveByTable(s).entrySet()) {
            r = rankingRows(sh, r, in.t("export.ranking.liveTable", in.tableName(e.getKey())), e.getValue(), Map.of());
        }
        int[] w = new int[7 + n];
        w[0] = 30;
        w[1] = 9;
        w[2] = 30;
        for (int i = 3; i < w.length; i++) {
            w[i] = 12;
        }
        WorkbookCells.widths(sh, w);
        WorkbookCells.freezeAndFilter(sh, 0, r - 1, cols.size() - 1);
    }

    private int rankingRows(Sheet sh, int r, String which, RankingResult result, Map<String, Integer> moves) {
        for (RankingResult.ItemScore score : result.order()) {
            cells.put(sh, r, 0, which);
            cells.num(sh, r, 1, score.position(), null);
            cells.put(sh, r, 2, score.title());
            cells.num(sh, r, 3, score.borda(), null);
            cells.num(sh, r, 4, score.meanRank(), cells.decimal);
            cells.num(sh, r, 5, result.ballots(), null);
            Integer move = moves.get(score.itemId());
            if (move != null) {
                cells.num(sh, r, 6, move, null);
            }
            for (int k = 0; k < score.placeCounts().size(); k++) {
                cells.num(sh, r, 7 + k, score.placeCounts().get(k), null);
            }
            r++;
        }
        return r;
    }

    private void statements() {
        XSSFSheet sh = (XSSFSheet) cells.sheet(in.t("export.sheet.statements"));
        Workshop.Scale scale = in.workshop().enquete().scale();
        List<String> cols = new ArrayList<>(List.of(in.t("export.col.number"), in.t("export.col.statement")));
        cols.addAll(scale.steps());
        if (scale.allowsDontKnow()) {
            cols.add(scale.dontKnow());
        }
        cols.addAll(List.of(
                in.t("export.col.answers"),
                in.t("export.col.agree"),
                in.t("export.col.mean"),
                in.t("export.col.dissent"),
                in.t("export.col.rank")));
        int r = cells.headerRow(sh, 0, cols.toArray(String[]::new));
        Statements.Summary summary = Statements.summarise(in.snapshot());
        List<StatementResult> byNumber = new ArrayList<>(summary.ordered());
        byNumber.sort(Comparator.comparingInt(StatementResult::number));
        for (StatementResult st : byNumber) {
            int c = 0;
            cells.num(sh, r, c++, st.number(), null);
            cells.put(sh, r, c++, st.text());
            for (int count : st.counts()) {
                cells.num(sh, r, c++, count, null);
            }
            if (scale.allowsDontKnow()) {
                cells.num(sh, r, c++, st.dontKnow(), null);
            }
            cells.num(sh, r, c++, st.answered(), null);
            cells.num(sh, r, c++, st.answered() == 0 ? Double.NaN : st.shareAgreeing(), cells.percent);
            cells.num(sh, r, c++, st.mean(), cells.decimal);
            cells.num(sh, r, c++, st.dissent(), cells.decimal);
            cells.num(sh, r, c, st.rank(), null);
            r++;
        }
        int[] w = new int[cols.size()];
        Arrays.fill(w, 13);
        w[0] = 6;
        w[1] = 60;
        WorkbookCells.widths(sh, w);
        WorkbookCells.freezeAndFilter(sh, 0, r - 1, cols.size() - 1);
        chart(sh, byNumber.size(), scale.size());
    }

    /** A native stacked bar chart: the distribution of every statement over the scale. */
    private void chart(XSSFSheet sh, int statements, int steps) {
        XSSFDrawing drawing = sh.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 1, statements + 3, 9, statements + 3 + 18);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(in.t("export.chart.title"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFDataSource<Double> numbers =
                XDDFDataSourcesFactory.fromNumericCellRange(sh, new CellRangeAddress(1, statements, 0, 0));
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setGapWidth(60);
        data.setVaryColors(false);
        for (int k = 0; k < steps; k++) {
            XDDFNumericalDataSource<Double> counts =
                    XDDFDataSourcesFactory.fromNumericCellRange(sh, new CellRangeAddress(1, statements, 2 + k, 2 + k));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(numbers, counts);
            series.setTitle(in.workshop().enquete().scale().steps().get(k), null);
            // The projector's and the referat's colour for the answer.
            int rgb = AgreementColours.rgb(k + 1, steps);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb})));
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }
}
