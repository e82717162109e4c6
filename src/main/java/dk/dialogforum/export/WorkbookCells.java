package dk.dialogforum.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The workbook's cells and styles: text stored as text (a spreadsheet never reads a table's "=1+1" as a
 * formula), numbers, times and dates, headers, sheets with unique names, column widths and filters.
 */
final class WorkbookCells {
    final XSSFWorkbook wb = new XSSFWorkbook();
    /**
     * The workbook once its few small sheets (which the chart needs in full) are made: the big ones (a card's
     * items, the raw data) are kept as plain rows, not the spreadsheet's XML, and written out sheet by sheet.
     */
    private SXSSFWorkbook streaming;

    final CellStyle header;
    final CellStyle title;
    final CellStyle text;
    final CellStyle textQuoted;
    final CellStyle bold;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle time;
    final CellStyle day;
    final CellStyle number;
    private final ZoneId zone;
    private final Set<String> sheetNames = new HashSet<>();

    WorkbookCells(ZoneId zone) {
        this.zone = zone;
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
        day.setAlignment(HorizontalAlignment.LEFT);
        time.setAlignment(HorizontalAlignment.LEFT);
        number = wb.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
    }

    Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.createCell(col);
    }

    /** A text cell; text that a spreadsheet could read as a formula is marked as text ("quote prefix"). */
    void put(Sheet sheet, int row, int col, String value) {
        put(sheet, row, col, value, text);
    }

    static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    void put(Sheet sheet, int row, int col, String value, CellStyle style) {
        Cell c = cell(sheet, row, col);
        if (value == null) {
            return;
        }
        c.setCellValue(value);
        c.setCellStyle(looksLikeFormula(value) ? textQuoted : style);
    }

    void num(Sheet sheet, int row, int col, double value, CellStyle style) {
        Cell c = cell(sheet, row, col);
        if (Double.isNaN(value)) {
            c.setBlank();
            return;
        }
        c.setCellValue(value);
        // At the top of its row as the text beside it is, also when that text takes several lines.
        c.setCellStyle(style == null ? number : style);
    }

    void when(Sheet sheet, int row, int col, long epochMillis) {
        Cell c = cell(sheet, row, col);
        c.setCellValue(LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone));
        c.setCellStyle(time);
    }

    int headerRow(Sheet sheet, int row, String... names) {
        for (int i = 0; i < names.length; i++) {
            Cell c = cell(sheet, row, i);
            c.setCellValue(names[i]);
            c.setCellStyle(header);
        }
        return row + 1;
    }

    /**
     * A new sheet named {@code name} (shortened at a word with "…" when longer than a sheet name may be),
     * set to print as the secretariat sends it: A4 landscape, as wide as one page, page numbers at the foot.
     */
    Sheet sheet(String name) {
        String safe = WorkbookUtil.createSafeSheetName(shortened(name), '-');
        String unique = safe;
        for (int i = 2; sheetNames.contains(unique.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(unique.toLowerCase());
        Sheet sheet = streaming != null ? streaming.createSheet(unique) : wb.createSheet(unique);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        // The sheet's name at the left, "page / pages" at the right (the spreadsheet's own field codes).
        sheet.getFooter().setRight("&P / &N");
        sheet.getFooter().setLeft("&A");
        return sheet;
    }

    /** The longest a sheet's name may be. */
    static final int SHEET_NAME = 31;

    /** {@code name} as a sheet may be named: whole, or cut and ended with "…". */
    static String shortened(String name) {
        if (name.length() <= SHEET_NAME) {
            return name;
        }
        String cut = name.substring(0, SHEET_NAME - 1);
        int space = cut.lastIndexOf(' ');
        // At a word when that loses little; else within the word, which then says more.
        if (space > SHEET_NAME - 8) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "…";
    }

    /**
     * Makes every row tall enough for its wrapped text, as the spreadsheet shows and prints it: a program that
     * does not measure rows itself (LibreOffice, on opening) would otherwise draw a long text over the rows
     * below. Lines are counted from the column's width (a merged cell's columns together), a wide letter
     * (Chinese, Japanese, Korean, emoji) as two.
     */
    /**
     * From here on, sheets are streamed: their rows are light objects, and {@link #done} writes a finished
     * sheet's rows to a temporary file (compressed) and lets them go, so memory does not grow with the meeting.
     */
    void stream() {
        streaming = new SXSSFWorkbook(wb, -1);
        streaming.setCompressTempFiles(true);
    }

    /** A finished sheet: its rows fitted to their text and, when streamed, written out and let go. */
    static void done(Sheet sheet) throws IOException {
        fitRowHeights(sheet);
        if (sheet instanceof SXSSFSheet streamed) {
            streamed.flushRows();
        }
    }

    /** The workbook to write: the streaming one once {@link #stream} was called. */
    Workbook book() {
        return streaming != null ? streaming : wb;
    }

    /** Deletes the temporary files of the streamed sheets. */
    void dispose() {
        if (streaming != null) {
            streaming.dispose();
        }
    }

    static void fitRowHeights(Sheet sheet) {
        Map<Long, Integer> mergedWidth = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int w = 0;
            for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                w += sheet.getColumnWidth(c);
            }
            mergedWidth.put(((long) region.getFirstRow() << 16) | region.getFirstColumn(), w);
        }
        // A style's font, looked up once per style rather than through the workbook's XML for every cell.
        Map<Short, Font> fonts = new HashMap<>();
        for (Row row : sheet) {
            float needed = 0;
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING) {
                    continue;
                }
                CellStyle style = cell.getCellStyle();
                if (!style.getWrapText()) {
                    continue;
                }
                int width = mergedWidth.getOrDefault(
                        ((long) row.getRowNum() << 16) | cell.getColumnIndex(),
                        sheet.getColumnWidth(cell.getColumnIndex()));
                Font font = fonts.computeIfAbsent(
                        style.getIndex(), i -> sheet.getWorkbook().getFontAt(style.getFontIndex()));
                float points = font.getFontHeightInPoints();
                // A column's width is counted in widths of "0" at the default size, less its margins.
                double perLine =
                        Math.max(1, width / 256.0 - 1) * 11 / Math.max(points, 11) * (font.getBold() ? 0.9 : 1);
                int lines = 0;
                for (String paragraph : NEW_LINE.split(cell.getStringCellValue(), -1)) {
                    lines += Math.max(1, (int) Math.ceil(displayWidth(paragraph) / perLine));
                }
                needed = Math.max(needed, lines * points * 1.3f + 2);
            }
            if (needed > sheet.getDefaultRowHeightInPoints()) {
                row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT, needed));
            }
        }
    }

    private static final Pattern NEW_LINE = Pattern.compile("\\r?\\n");

    /** The tallest a row may be, in points. */
    private static final float MAX_ROW_HEIGHT = 409;

    /** A text's width in widths of "0", a little more than it is: wide letters count twice. */
    private static double displayWidth(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            w += cp >= 0x1100
                            && (cp <= 0x115F
                                    || (cp >= 0x2E80 && cp <= 0xA4CF)
                                    || (cp >= 0xAC00 && cp <= 0xD7A3)
                                    || (cp >= 0xF900 && cp <= 0xFAFF)
                                    || (cp >= 0xFF00 && cp <= 0xFF60)
                                    || cp >= 0x1F300)
                    ? 2
                    : Character.isUpperCase(cp) ? 1.15 : 0.9;
        }
        return w;
    }

    /** A heading across columns {@code 0..lastCol} of its row, so it is read as one line over what it heads. */
    void heading(Sheet sheet, int row, String value, int lastCol) {
        across(sheet, row, value, bold, lastCol);
    }

    /** Text across columns {@code 0..lastCol} of its row. */
    void across(Sheet sheet, int row, String value, CellStyle style, int lastCol) {
        put(sheet, row, 0, value, style);
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
        }
    }

    static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
    }

    static void freezeAndFilter(Sheet sheet, int headerRow, int lastRow, int lastCol) {
        sheet.createFreezePane(0, headerRow + 1);
        // Printed, the header row stands on every page too.
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastCol));
        }
    }
}
