package dk.dialogforum.export;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.AgreementColours;
import dk.dialogforum.results.Cards;
import dk.dialogforum.results.Method;
import dk.dialogforum.results.Participation;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.StatementResult;
import dk.dialogforum.results.Statements;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The referat as a Word document the secretariat edits before sending: the meeting as held, the main
 * results, the enquete with each statement's text and counts, every card's items by field with their
 * tables and dots, the notes under their steps, and how the numbers were worked out. Plain paragraphs and
 * tables in the document's own fonts, so every script stays as written and Word or LibreOffice lays it out.
 */
public final class WordReferat implements ReferatParts {
    /** The width between the margins of an A4 page in Word's default layout, in twentieths of a point. */
    private static final int TEXT_WIDTH = 9026;

    private final ExportInput in;
    private final XWPFDocument doc;
    private final NumberFormat percent;

    private WordReferat(ExportInput in, XWPFDocument doc) {
        this.in = in;
        this.doc = doc;
        this.percent = NumberFormat.getPercentInstance(in.locale());
    }

    public static void write(ExportInput in, Path out) throws IOException {
        ExportFiles.writeAtomically(out, os -> write(in, os));
    }

    public static void write(ExportInput in, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordStyles.add(doc);
            ReferatParts.write(in.workshop(), new WordReferat(in, doc));
            doc.getProperties()
                    .getCoreProperties()
                    .setTitle(in.workshop().meeting().title());
            doc.write(out);
        }
    }

    @Override
    public void cover() {
        Workshop.MeetingFacts m = in.workshop().meeting();
        text(in.t("pdf.referat").toUpperCase(in.locale()), true, 11);
        styled(m.title(), WordStyles.TITLE);
        if (m.subtitle() != null) {
            text(m.subtitle(), false, 13);
        }
        HeldFacts held = HeldFacts.of(in);
        XWPFTable facts = doc.createTable();
        facts.setWidth("100%");
        boolean first = true;
        String date = held.date() == null
                ? null
                : held.date()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(in.locale()));
        String[][] rows = {
            {"export.date", date},
            {"export.time", held.time()},
            {"export.place", held.place()},
            {"export.organiser", held.organiser()},
            {"export.facilitator", held.facilitator()},
            {"export.noteTaker", held.noteTaker()},
            {"export.participants", held.participants()},
            {
                "export.tablesPresent",
                Participation.of(in.snapshot()).stream()
                        .filter(Participation.TableParticipation::present)
                        .map(p -> p.table().name())
                        .collect(Collectors.joining(", "))
            }
        };
        for (String[] row : rows) {
            if (row[1] == null || row[1].isBlank()) {
                continue;
            }
            XWPFTableRow r = first ? facts.getRow(0) : facts.createRow();
            if (first) {
                r.addNewTableCell();
            }
            first = false;
            r.getCell(0).setText(in.t(row[0]));
            r.getCell(1).setText(row[1]);
        }
    }

    @Override
    public void results() {
        Snapshot s = in.snapshot();
        heading(in.t("pdf.results"), true);
        RankingResult enquete = Rankings.enquete(s);
        heading(
                in.t(
                        "export.overview.challenges",
                        enquete.ballots(),
                        in.workshop().ranking().title()),
                false);
        ranking(enquete, Map.of());
        RankingResult live = Rankings.live(s);
        if (live.ballots() > 0) {
            heading(in.t("pdf.results.live", live.ballots()), false);
            ranking(live, Rankings.movement(enquete, live));
        }
        Statements.Summary summary = Statements.summarise(s);
        if (!summary.most().isEmpty()) {
            heading(in.t("export.overview.most", summary.most().size()), false);
            summary.most().forEach(this::statementLine);
        }
        if (!summary.least().isEmpty()) {
            heading(in.t("export.overview.least", summary.least().size()), false);
            summary.least().forEach(this::statementLine);
        }
        for (Workshop.VisionCard card : in.workshop().cards()) {
            List<Cards.Entry> dotted = Cards.card(s, card.id()).dotTally();
            if (!dotted.isEmpty()) {
                heading(in.t("pdf.results.dotted", card.title()), false);
                dotted.stream()
                        .limit(3)
                        .forEach(e -> text(
                                in.t("console.item.dots", e.dots()) + " · "
                                        + e.item().text(),
                                false,
                                11));
            }
        }
    }

    /** The live ranking is among the main results, with its movement: no part of its own here. */
    @Override
    public void liveRanking() {}

    private void ranking(RankingResult ranking, Map<String, Integer> moves) {
        XWPFTable table = table(
                new int[] {15, 33, 15, 19, 18},
                in.t("export.col.place"),
                in.workshop().ranking().title(),
                in.t("export.col.points"),
                "",
                moves.isEmpty() ? in.t("export.col.meanRank") : in.t("export.col.movement"));
        int max = Math.max(1, ranking.maxBorda());
        for (RankingResult.ItemScore score : ranking.order()) {
            XWPFTableRow r = table.createRow();
            r.getCell(0).setText(String.valueOf(score.position()));
            r.getCell(1).setText(score.title());
            r.getCell(2).setText(String.valueOf(score.borda()));
            picture(r.getCell(3).getParagraphs().get(0), ChartImages.bar(score.borda() / (double) max), 90);
            Integer move = moves.get(score.itemId());
            r.getCell(4)
                    .setText(
                            moves.isEmpty()
                                    ? String.format(in.locale(), "%.2f", score.meanRank())
                                    : ReferatParts.moved(in, move));
        }
    }

    /**
     * A table across the page whose first row, bold and repeated on every page, holds {@code headers}; each
     * column as wide as its share in {@code percents} of the text width.
     */
    private XWPFTable table(int[] percents, String... headers) {
        XWPFTable table = doc.createTable(1, headers.length);
        table.setWidth("100%");
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        for (int i = 0; i < percents.length; i++) {
            CTTblGridCol col = i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol();
            col.setW(BigInteger.valueOf(TEXT_WIDTH * percents[i] / 100));
            table.getRow(0).getCell(i).setWidth(percents[i] + "%");
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            XWPFRun run = head.getCell(i).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(headers[i]);
        }
        return table;
    }

    /** A chart as a picture {@code widthPoints} wide, in its own proportions. */
    private void picture(XWPFParagraph p, byte[] png, double widthPoints) {
        double height = widthPoints * ChartImages.BAR_HEIGHT / ChartImages.BAR_WIDTH;
        try {
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG,
                            "chart.png",
                            Units.toEMU(widthPoints),
                            Units.toEMU(height));
        } catch (IOException | InvalidFormatException e) {
            throw new UncheckedIOException(new IOException("the chart could not be put in the Word file", e));
        }
    }

    private void statementLine(StatementResult r) {
        text(percent.format(r.shareAgreeing()) + " · " + r.number() + ". " + r.text(), false, 11);
    }

    @Override
    public void enquete() {
        pageBreak();
        heading(in.t("pdf.enquete"), true);
        heading(in.t("pdf.distribution"), false);
        Workshop.Scale scale = in.workshop().enquete().scale();
        Statements.Summary summary = Statements.summarise(in.snapshot());
        legend(scale);
        for (Workshop.Statement st : in.workshop().enquete().statements()) {
            StatementResult r = summary.of(st.id());
            text(in.t("pdf.statementNumber", r.number(), r.text()), true, 11);
            XWPFParagraph bar = doc.createParagraph();
            bar.setSpacingAfter(40);
            bar.setKeepNext(true);
            picture(bar, ChartImages.diverging(r.counts()), 300);
            String counts = ReferatParts.counts(scale, r);
            text(counts, false, 10);
            text(
                    r.answered() == 0
                            ? in.t("audience.distribution.none")
                            : in.t("pdf.statementFigures", r.shareAgreeing(), r.mean(), r.dissent(), r.answered()),
                    false,
                    10);
        }
    }

    /** The scale's answers in their colours, as a row of cells: the key to the bars, readable without colour too. */
    private void legend(Workshop.Scale scale) {
        XWPFTable key = doc.createTable(1, scale.size());
        key.setWidth("100%");
        for (int v = 1; v <= scale.size(); v++) {
            XWPFTableCell cell = key.getRow(0).getCell(v - 1);
            int rgb = AgreementColours.rgb(v, scale.size());
            cell.setColor(String.format("%06X", rgb));
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.setFontSize(9);
            run.setColor(luminance(rgb) > 0.5 ? "1F2328" : "FFFFFF");
            run.setText(scale.steps().get(v - 1));
        }
        doc.createParagraph();
    }

    private static double luminance(int rgb) {
        return (0.2126 * (rgb >> 16) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255;
    }

    @Override
    public void card(Workshop.VisionCard card) {
        Snapshot s = in.snapshot();
        pageBreak();
        heading(card.title(), true);
        Cards.CardResult result = Cards.card(s, card.id());
        if (!s.phase(Phase.card(card.id())).everOpened() && result.count() == 0) {
            text(in.t("pdf.cardNotRun"), false, 11);
            return;
        }
        for (Workshop.WorksheetField f : in.workshop().fields()) {
            heading(f.title(), false);
            List<Cards.Entry> entries = result.field(f.id());
            if (entries.isEmpty()) {
                text(in.t("pdf.noItems"), false, 11);
                continue;
            }
            XWPFTable table = table(
                    new int[] {64, 24, 12}, in.t("export.col.text"), in.t("export.col.table"), in.t("export.col.dots"));
            for (Cards.Entry e : entries) {
                XWPFTableRow row = table.createRow();
                XWPFParagraph p = row.getCell(0).getParagraphs().get(0);
                String[] lines = e.item().text().split("\\r?\\n");
                for (int i = 0; i < lines.length; i++) {
                    XWPFRun run = p.createRun();
                    run.setBold(e.item().highlighted());
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[i]);
                }
                row.getCell(1).setText(e.tableIds().stream().map(in::tableName).collect(Collectors.joining(", ")));
                row.getCell(2).setText(e.dots() > 0 ? String.valueOf(e.dots()) : "");
            }
            doc.createParagraph();
        }
    }

    @Override
    public void notes(String phase) {
        String text = in.snapshot().minutes().note(phase);
        if (text.isEmpty() || Phase.find(in.workshop(), phase).isEmpty()) {
            return;
        }
        heading(
                in.t(
                        "pdf.notes",
                        HeldFacts.stepName(in, Phase.find(in.workshop(), phase).orElseThrow())),
                false);
        for (String line : text.split("\n")) {
            text(line, false, 11);
        }
    }

    @Override
    public void method() {
        pageBreak();
        heading(in.t("export.method.title"), true);
        for (String p : Method.paragraphs(in.locale())) {
            text(p, false, 10);
        }
    }

    private void heading(String text, boolean big) {
        styled(text, big ? WordStyles.HEADING_1 : WordStyles.HEADING_2);
    }

    private void styled(String text, String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private void text(String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(60);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setText(text);
    }

    private void pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }
}
