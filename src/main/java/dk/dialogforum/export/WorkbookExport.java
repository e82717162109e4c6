package dk.dialogforum.export;

import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Cards;
import dk.dialogforum.results.Method;
import dk.dialogforum.results.Participation;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.StatementResult;
import dk.dialogforum.results.Statements;
import dk.dialogforum.workshop.Workshop;
import org.apache.poi.ss.util.CellRangeAddress;
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
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
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
        try (XSSFWorkbook wb = e.cells.wb) {
            e.overview();
            e.challenges();
            e.statements();
            for (int i = 0; i < in.workshop().cards().size(); i++) {
                e.card(i);
            }
            e.rawData();
            e.method();
            wb.write(out);
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
        XSSFSheet sh = cells.sheet(in.t("export.sheet.overview"));
        WorkbookCells.widths(sh, 34, 70, 14, 14);
        int r = 0;
        cells.put(sh, r++, 0, m.title(), cells.title);
        if (m.subtitle() != null) {
            cells.put(sh, r++, 0, m.subtitle());
        }
        r++;
        cells.put(sh, r, 0, in.t("export.date"), cells.bold);
        if (m.date() != null) {
            XSSFCell date = cells.cell(sh, r, 1);
            date.setCellValue(java.time.LocalDate.parse(m.date()));
            date.setCellStyle(cells.day);
        }
        r++;
        if (m.time() != null) {
            cells.put(sh, r, 0, in.t("export.time"), cells.bold);
            cells.put(sh, r++, 1, m.time());
        }
        cells.put(sh, r, 0, in.t("export.place"), cells.bold);
        cells.put(sh, r++, 1, m.place());
        cells.put(sh, r, 0, in.t("export.organiser"), cells.bold);
        cells.put(sh, r++, 1, m.organiser());
        cells.put(sh, r, 0, in.t("export.tablesPresent"), cells.bold);
        cells.put(sh, r++, 1, Participation.of(s).stream().filter(Participation.TableParticipation::present)
                .map(p -> p.table().name()).collect(Collectors.joining(", ")));
        cells.put(sh, r, 0, in.t("export.exportedAt"), cells.bold);
        cells.when(sh, r++, 1, in.exportedAt());
        r++;
        RankingResult enquete = Rankings.enquete(s);
        cells.put(sh, r++, 0, in.t("export.overview.challenges", enquete.ballots()), cells.bold);
        r = cells.headerRow(sh, r, in.t("export.col.place"), in.t("export.col.challenge"), in.t("export.col.points"),
                in.t("export.col.meanRank"));
        for (RankingResult.ItemScore score : enquete.order()) {
            cells.num(sh, r, 0, score.position(), null);
            cells.put(sh, r, 1, score.title());
            cells.num(sh, r, 2, score.borda(), null);
            cells.num(sh, r++, 3, score.meanRank(), cells.decimal);
        }
        r++;
        Statements.Summary summary = Statements.summarise(s);
        cells.put(sh, r++, 0, in.t("export.overview.most", summary.most().size()), cells.bold);
        for (StatementResult st : summary.most()) {
            cells.num(sh, r, 0, st.number(), null);
            cells.put(sh, r, 1, st.text());
            cells.num(sh, r++, 2, st.shareAgreeing(), cells.percent);
        }
        r++;
        cells.put(sh, r++, 0, in.t("export.overview.least"), cells.bold);
        for (StatementResult st : summary.least()) {
            cells.num(sh, r, 0, st.number(), null);
            cells.put(sh, r, 1, st.text());
            cells.num(sh, r++, 2, st.shareAgreeing(), cells.percent);
        }
    }

    private void challenges() {
        Snapshot s = in.snapshot();
        XSSFSheet sh = cells.sheet(in.t("export.sheet.challenges"));
        int n = in.workshop().ranking().items().size();
        List<String> cols = new ArrayList<>(List.of(in.t("export.col.ranking"), in.t("export.col.place"),
                in.t("export.col.challenge"), in.t("export.col.points"), in.t("export.col.meanRank"),
                in.t("export.col.ballots"), in.t("export.col.movement")));
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
            r = rankingRows(sh, r, in.t("export.ranking.enqueteTable", in.tableName(e.getKey())), e.getValue(), Map.of());
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

    private int rankingRows(XSSFSheet sh, int r, String which, RankingResult result, Map<String, Integer> moves) {
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
        XSSFSheet sh = cells.sheet(in.t("export.sheet.statements"));
        Workshop.Scale scale = in.workshop().enquete().scale();
        List<String> cols = new ArrayList<>(List.of(in.t("export.col.number"), in.t("export.col.statement")));
        cols.addAll(scale.steps());
        if (scale.allowsDontKnow()) {
            cols.add(scale.dontKnow());
        }
        cols.addAll(List.of(in.t("export.col.answers"), in.t("export.col.agree"), in.t("export.col.mean"),
                in.t("export.col.dissent"), in.t("export.col.rank")));
        int r = cells.headerRow(sh, 0, cols.toArray(String[]::new));
        Statements.Summary summary = Statements.summarise(in.snapshot());
        List<StatementResult> byNumber = new ArrayList<>(summary.ordered());
        byNumber.sort(java.util.Comparator.comparingInt(StatementResult::number));
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
        java.util.Arrays.fill(w, 13);
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
        XDDFDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sh,
                new CellRangeAddress(1, statements, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        for (int k = 0; k < steps; k++) {
            XDDFNumericalDataSource<Double> counts = XDDFDataSourcesFactory.fromNumericCellRange(sh,
                    new CellRangeAddress(1, statements, 2 + k, 2 + k));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(numbers, counts);
            series.setTitle(in.workshop().enquete().scale().steps().get(k), null);
        }
        chart.plot(data);
    }

    private void card(int index) {
        Workshop.VisionCard card = in.workshop().cards().get(index);
        Snapshot s = in.snapshot();
        XSSFSheet sh = cells.sheet(in.t("export.sheet.card", index + 1, card.title()));
        int r = 0;
        cells.put(sh, r++, 0, card.title(), cells.title);
        if (card.description() != null) {
            cells.put(sh, r, 0, card.description());
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
            sh.getRow(r).setHeightInPoints(Math.min(409, 15f * (1 + card.description().length() / 150)));
            r++;
        }
        r++;
        int headerAt = r;
        r = cells.headerRow(sh, r, in.t("export.col.field"), in.t("export.col.table"), in.t("export.col.text"),
                in.t("export.col.state"), in.t("export.col.highlighted"), in.t("export.col.mergedFrom"),
                in.t("export.col.dots"), in.t("export.col.time"), in.t("export.col.id"), in.t("export.col.tableText"));
        Cards.CardResult result = Cards.card(s, card.id());
        Map<String, Integer> dots = new java.util.HashMap<>();
        result.byField().values().forEach(list -> list.forEach(e -> dots.put(e.item().id(), e.dots())));
        for (Workshop.WorksheetField f : in.workshop().fields()) {
            for (Snapshot.Item item : s.items()) {
                if (!item.cardId().equals(card.id()) || !item.fieldId().equals(f.id())) {
                    continue;
                }
                cells.put(sh, r, 0, f.shortTitle());
                cells.put(sh, r, 1, in.tableName(item.tableId()));
                cells.put(sh, r, 2, item.text());
                cells.put(sh, r, 3, state(item));
                cells.put(sh, r, 4, item.highlighted() ? in.t("export.yes") : "");
                cells.put(sh, r, 5, item.mergedSources().stream().map(id -> s.item(id).map(i -> in.tableName(i.tableId()) + ": " + i.text())
                        .orElse(id)).collect(Collectors.joining("\n")));
                if (item.visible() && f.dotVotes()) {
                    cells.num(sh, r, 6, dots.getOrDefault(item.id(), 0), null);
                }
                cells.when(sh, r, 7, item.at());
                cells.put(sh, r, 8, item.id());
                cells.put(sh, r, 9, item.moderated() ? item.tableText() : "");
                r++;
            }
        }
        WorkbookCells.widths(sh, 14, 12, 60, 18, 11, 40, 8, 20, 24, 40);
        WorkbookCells.freezeAndFilter(sh, headerAt, r - 1, 9);
    }

    private String state(Snapshot.Item item) {
        if (item.withdrawn()) {
            return in.t("export.state.withdrawn");
        }
        if (item.hidden()) {
            return in.t("export.state.hidden");
        }
        if (item.mergedInto() != null) {
            return in.t("export.state.merged");
        }
        return item.moderated() ? in.t("export.state.edited") : in.t("export.state.shown");
    }

    private void rawData() {
        XSSFSheet sh = cells.sheet(in.t("export.sheet.raw"));
        int r = cells.headerRow(sh, 0, in.t("export.col.seq"), in.t("export.col.time"), in.t("export.col.event"),
                in.t("export.col.table"), in.t("export.col.id"), in.t("export.col.subject"), in.t("export.col.details"));
        long seq = 0;
        for (Event e : in.events()) {
            seq++;
            cells.num(sh, r, 0, seq, null);
            cells.when(sh, r, 1, e.at());
            cells.put(sh, r, 2, in.t("export.event." + e.getClass().getSimpleName()));
            cells.put(sh, r, 4, e.commandId());
            String[] columns = rawColumns(e);
            cells.put(sh, r, 3, columns[0] == null ? null : in.tableName(columns[0]));
            cells.put(sh, r, 5, columns[1]);
            cells.put(sh, r, 6, columns[2]);
            r++;
        }
        WorkbookCells.widths(sh, 8, 20, 26, 12, 28, 30, 80);
        WorkbookCells.freezeAndFilter(sh, 0, r - 1, 6);
    }

    /** An event's table, what it is about and its details, as the raw data sheet gives them (null for none). */
    private String[] rawColumns(Event e) {
        String table = null;
        String subject = null;
        String details = null;
        if (e instanceof Event.EnqueteBallotSubmitted b) {
            table = b.tableId();
            subject = b.ballotId();
            details = b.ranking().stream().map(in::itemTitle).collect(Collectors.joining(" > ")) + " | "
                    + b.answers().entrySet().stream().map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(", "));
        } else if (e instanceof Event.RankingBallotSubmitted b) {
            table = b.tableId();
            subject = b.ballotId();
            details = b.ranking().stream().map(in::itemTitle).collect(Collectors.joining(" > "));
        } else if (e instanceof Event.ItemAdded a) {
            table = a.tableId();
            subject = a.cardId() + " / " + in.fieldName(a.fieldId());
            details = a.text();
        } else if (e instanceof Event.ItemEdited a) {
            table = a.tableId();
            subject = a.itemId();
            details = a.text();
        } else if (e instanceof Event.ItemWithdrawn a) {
            table = a.tableId();
            subject = a.itemId();
        } else if (e instanceof Event.ItemModerated a) {
            subject = a.itemId();
            details = a.text();
        } else if (e instanceof Event.ItemHidden a) {
            subject = a.itemId();
            details = String.valueOf(a.hidden());
        } else if (e instanceof Event.ItemHighlighted a) {
            subject = a.itemId();
            details = String.valueOf(a.highlighted());
        } else if (e instanceof Event.ItemsMerged a) {
            subject = a.targetId();
            details = String.join(", ", a.sourceIds());
        } else if (e instanceof Event.DotsCast a) {
            table = a.tableId();
            subject = a.cardId();
            details = a.dots().entrySet().stream().map(d -> d.getKey() + "=" + d.getValue()).collect(Collectors.joining(", "));
        } else if (e instanceof Event.PhaseChanged a) {
            subject = a.phase();
            details = a.action().name().toLowerCase(java.util.Locale.ROOT);
        } else if (e instanceof Event.TableJoined a) {
            table = a.tableId();
        } else if (e instanceof Event.MeetingOpened a) {
            subject = a.meetingId();
        }
        return new String[] {table, subject, details};
    }

    private void method() {
        XSSFSheet sh = cells.sheet(in.t("export.sheet.method"));
        WorkbookCells.widths(sh, 120);
        int r = 0;
        cells.put(sh, r++, 0, in.t("export.method.title"), cells.title);
        for (String paragraph : Method.paragraphs(in.locale())) {
            cells.put(sh, r++, 0, paragraph);
        }
    }
}
