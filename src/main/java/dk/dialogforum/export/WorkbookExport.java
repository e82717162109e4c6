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
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
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
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workbook for the secretariat: an overview in the shape of the seed summary, the rankings with
 * their rank-distribution matrices, the statements with a chart, one sheet per vision card, every raw
 * event, and how each figure was computed. Text is always stored as text: a table's "=1+1" stays
 * "=1+1" and can never become a formula, even when the cell is edited.
 */
public final class WorkbookExport {
    private final ExportInput in;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle text;
    private final CellStyle textQuoted;
    private final CellStyle bold;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle time;
    private final CellStyle day;
    private final Set<String> sheetNames = new HashSet<>();

    private WorkbookExport(ExportInput in) {
        this.in = in;
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        text = wb.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        textQuoted = wb.createCellStyle();
        textQuoted.cloneStyleFrom(text);
        textQuoted.setQuotePrefixed(true);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        bold.setWrapText(true);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        decimal = wb.createCellStyle();
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        percent.setVerticalAlignment(VerticalAlignment.TOP);
        time = wb.createCellStyle();
        time.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy hh:mm:ss"));
        time.setVerticalAlignment(VerticalAlignment.TOP);
        // The meeting's day in the same form as the export's time, both real dates a sheet can sort by.
        day = wb.createCellStyle();
        day.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
        day.setVerticalAlignment(VerticalAlignment.TOP);
        day.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
    }

    /** Writes the workbook to {@code out} (through a temporary file, so a half-written workbook never appears). */
    public static void write(ExportInput in, Path out) throws IOException {
        ExportFiles.writeAtomically(out, os -> write(in, os));
    }

    public static void write(ExportInput in, OutputStream out) throws IOException {
        WorkbookExport e = new WorkbookExport(in);
        try (XSSFWorkbook wb = e.wb) {
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

    // ---------- cells ----------

    private XSSFCell cell(XSSFSheet sheet, int row, int col) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.createCell(col);
    }

    /** A text cell; text that a spreadsheet could read as a formula is marked as text ("quote prefix"). */
    private void put(XSSFSheet sheet, int row, int col, String value) {
        put(sheet, row, col, value, text);
    }

    static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private void put(XSSFSheet sheet, int row, int col, String value, CellStyle style) {
        XSSFCell c = cell(sheet, row, col);
        if (value == null) {
            return;
        }
        c.setCellValue(value);
        c.setCellStyle(looksLikeFormula(value) ? textQuoted : style);
    }

    private void num(XSSFSheet sheet, int row, int col, double value, CellStyle style) {
        XSSFCell c = cell(sheet, row, col);
        if (Double.isNaN(value)) {
            c.setBlank();
            return;
        }
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private void when(XSSFSheet sheet, int row, int col, long epochMillis) {
        XSSFCell c = cell(sheet, row, col);
        c.setCellValue(LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), in.zone()));
        c.setCellStyle(time);
    }

    private int headerRow(XSSFSheet sheet, int row, String... names) {
        for (int i = 0; i < names.length; i++) {
            XSSFCell c = cell(sheet, row, i);
            c.setCellValue(names[i]);
            c.setCellStyle(header);
        }
        return row + 1;
    }

    private XSSFSheet sheet(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name, '-');
        String unique = safe;
        for (int i = 2; sheetNames.contains(unique.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(unique.toLowerCase());
        return wb.createSheet(unique);
    }

    private static void widths(XSSFSheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
    }

    private static void freezeAndFilter(XSSFSheet sheet, int headerRow, int lastRow, int lastCol) {
        sheet.createFreezePane(0, headerRow + 1);
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastCol));
        }
    }

    // ---------- sheets ----------

    private void overview() {
        Snapshot s = in.snapshot();
        Workshop.MeetingFacts m = in.workshop().meeting();
        XSSFSheet sh = sheet(in.t("export.sheet.overview"));
        widths(sh, 34, 70, 14, 14);
        int r = 0;
        put(sh, r++, 0, m.title(), title);
        if (m.subtitle() != null) {
            put(sh, r++, 0, m.subtitle());
        }
        r++;
        put(sh, r, 0, in.t("export.date"), bold);
        if (m.date() != null) {
            XSSFCell date = cell(sh, r, 1);
            date.setCellValue(java.time.LocalDate.parse(m.date()));
            date.setCellStyle(day);
        }
        r++;
        if (m.time() != null) {
            put(sh, r, 0, in.t("export.time"), bold);
            put(sh, r++, 1, m.time());
        }
        put(sh, r, 0, in.t("export.place"), bold);
        put(sh, r++, 1, m.place());
        put(sh, r, 0, in.t("export.organiser"), bold);
        put(sh, r++, 1, m.organiser());
        put(sh, r, 0, in.t("export.tablesPresent"), bold);
        put(sh, r++, 1, Participation.of(s).stream().filter(Participation.TableParticipation::present)
                .map(p -> p.table().name()).collect(Collectors.joining(", ")));
        put(sh, r, 0, in.t("export.exportedAt"), bold);
        when(sh, r++, 1, in.exportedAt());
        r++;
        RankingResult enquete = Rankings.enquete(s);
        put(sh, r++, 0, in.t("export.overview.challenges", enquete.ballots()), bold);
        r = headerRow(sh, r, in.t("export.col.place"), in.t("export.col.challenge"), in.t("export.col.points"),
                in.t("export.col.meanRank"));
        for (RankingResult.ItemScore score : enquete.order()) {
            num(sh, r, 0, score.position(), null);
            put(sh, r, 1, score.title());
            num(sh, r, 2, score.borda(), null);
            num(sh, r++, 3, score.meanRank(), decimal);
        }
        r++;
        Statements.Summary summary = Statements.summarise(s);
        put(sh, r++, 0, in.t("export.overview.most", summary.most().size()), bold);
        for (StatementResult st : summary.most()) {
            num(sh, r, 0, st.number(), null);
            put(sh, r, 1, st.text());
            num(sh, r++, 2, st.shareAgreeing(), percent);
        }
        r++;
        put(sh, r++, 0, in.t("export.overview.least"), bold);
        for (StatementResult st : summary.least()) {
            num(sh, r, 0, st.number(), null);
            put(sh, r, 1, st.text());
            num(sh, r++, 2, st.shareAgreeing(), percent);
        }
    }

    private void challenges() {
        Snapshot s = in.snapshot();
        XSSFSheet sh = sheet(in.t("export.sheet.challenges"));
        int n = in.workshop().ranking().items().size();
        List<String> cols = new ArrayList<>(List.of(in.t("export.col.ranking"), in.t("export.col.place"),
                in.t("export.col.challenge"), in.t("export.col.points"), in.t("export.col.meanRank"),
                in.t("export.col.ballots"), in.t("export.col.movement")));
        for (int k = 1; k <= n; k++) {
            cols.add(in.t("export.col.placeK", k));
        }
        int r = headerRow(sh, 0, cols.toArray(String[]::new));
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
        widths(sh, w);
        freezeAndFilter(sh, 0, r - 1, cols.size() - 1);
    }

    private int rankingRows(XSSFSheet sh, int r, String which, RankingResult result, Map<String, Integer> moves) {
        for (RankingResult.ItemScore score : result.order()) {
            put(sh, r, 0, which);
            num(sh, r, 1, score.position(), null);
            put(sh, r, 2, score.title());
            num(sh, r, 3, score.borda(), null);
            num(sh, r, 4, score.meanRank(), decimal);
            num(sh, r, 5, result.ballots(), null);
            Integer move = moves.get(score.itemId());
            if (move != null) {
                num(sh, r, 6, move, null);
            }
            for (int k = 0; k < score.placeCounts().size(); k++) {
                num(sh, r, 7 + k, score.placeCounts().get(k), null);
            }
            r++;
        }
        return r;
    }

    private void statements() {
        XSSFSheet sh = sheet(in.t("export.sheet.statements"));
        Workshop.Scale scale = in.workshop().enquete().scale();
        List<String> cols = new ArrayList<>(List.of(in.t("export.col.number"), in.t("export.col.statement")));
        cols.addAll(scale.steps());
        if (scale.allowsDontKnow()) {
            cols.add(scale.dontKnow());
        }
        cols.addAll(List.of(in.t("export.col.answers"), in.t("export.col.agree"), in.t("export.col.mean"),
                in.t("export.col.dissent"), in.t("export.col.rank")));
        int r = headerRow(sh, 0, cols.toArray(String[]::new));
        Statements.Summary summary = Statements.summarise(in.snapshot());
        List<StatementResult> byNumber = new ArrayList<>(summary.ordered());
        byNumber.sort(java.util.Comparator.comparingInt(StatementResult::number));
        for (StatementResult st : byNumber) {
            int c = 0;
            num(sh, r, c++, st.number(), null);
            put(sh, r, c++, st.text());
            for (int count : st.counts()) {
                num(sh, r, c++, count, null);
            }
            if (scale.allowsDontKnow()) {
                num(sh, r, c++, st.dontKnow(), null);
            }
            num(sh, r, c++, st.answered(), null);
            num(sh, r, c++, st.answered() == 0 ? Double.NaN : st.shareAgreeing(), percent);
            num(sh, r, c++, st.mean(), decimal);
            num(sh, r, c++, st.dissent(), decimal);
            num(sh, r, c, st.rank(), null);
            r++;
        }
        int[] w = new int[cols.size()];
        java.util.Arrays.fill(w, 13);
        w[0] = 6;
        w[1] = 60;
        widths(sh, w);
        freezeAndFilter(sh, 0, r - 1, cols.size() - 1);
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
        XSSFSheet sh = sheet(in.t("export.sheet.card", index + 1, card.title()));
        int r = 0;
        put(sh, r++, 0, card.title(), title);
        if (card.description() != null) {
            put(sh, r, 0, card.description());
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
            sh.getRow(r).setHeightInPoints(Math.min(409, 15f * (1 + card.description().length() / 150)));
            r++;
        }
        r++;
        int headerAt = r;
        r = headerRow(sh, r, in.t("export.col.field"), in.t("export.col.table"), in.t("export.col.text"),
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
                put(sh, r, 0, f.shortTitle());
                put(sh, r, 1, in.tableName(item.tableId()));
                put(sh, r, 2, item.text());
                put(sh, r, 3, state(item));
                put(sh, r, 4, item.highlighted() ? in.t("export.yes") : "");
                put(sh, r, 5, item.mergedSources().stream().map(id -> s.item(id).map(i -> in.tableName(i.tableId()) + ": " + i.text())
                        .orElse(id)).collect(Collectors.joining("\n")));
                if (item.visible() && f.dotVotes()) {
                    num(sh, r, 6, dots.getOrDefault(item.id(), 0), null);
                }
                when(sh, r, 7, item.at());
                put(sh, r, 8, item.id());
                put(sh, r, 9, item.moderated() ? item.tableText() : "");
                r++;
            }
        }
        widths(sh, 14, 12, 60, 18, 11, 40, 8, 20, 24, 40);
        freezeAndFilter(sh, headerAt, r - 1, 9);
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
        XSSFSheet sh = sheet(in.t("export.sheet.raw"));
        int r = headerRow(sh, 0, in.t("export.col.seq"), in.t("export.col.time"), in.t("export.col.event"),
                in.t("export.col.table"), in.t("export.col.id"), in.t("export.col.subject"), in.t("export.col.details"));
        long seq = 0;
        for (Event e : in.events()) {
            seq++;
            num(sh, r, 0, seq, null);
            when(sh, r, 1, e.at());
            put(sh, r, 2, in.t("export.event." + e.getClass().getSimpleName()));
            put(sh, r, 4, e.commandId());
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
            put(sh, r, 3, table == null ? null : in.tableName(table));
            put(sh, r, 5, subject);
            put(sh, r, 6, details);
            r++;
        }
        widths(sh, 8, 20, 26, 12, 28, 30, 80);
        freezeAndFilter(sh, 0, r - 1, 6);
    }

    private void method() {
        XSSFSheet sh = sheet(in.t("export.sheet.method"));
        widths(sh, 120);
        int r = 0;
        put(sh, r++, 0, in.t("export.method.title"), title);
        for (String paragraph : Method.paragraphs(in.locale())) {
            put(sh, r++, 0, paragraph);
        }
    }
}
