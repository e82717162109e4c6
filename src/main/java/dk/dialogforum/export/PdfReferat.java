package dk.dialogforum.export;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.AgreementColours;
import dk.dialogforum.results.Cards;
import dk.dialogforum.results.Method;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.StatementResult;
import dk.dialogforum.results.Statements;
import dk.dialogforum.text.Direction;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The referat as PDF/A-2b, A4, ready to attach to the minutes and to archive: a title page, the enquete
 * summary with the ranking and the statement bars drawn as vector graphics, each vision card with the
 * tables' items, the live ranking with its movement, and the method. Page numbers, running headers and
 * a clickable outline; Noto Sans is embedded.
 */
public final class PdfReferat implements ReferatParts {
    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    static final Color BRAND = new Color(0x0b, 0x53, 0x94);

    private final ExportInput in;
    private final PdfFlow flow;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final NumberFormat percent;

    private final PdfCover cover;

    private PdfReferat(ExportInput in, PDDocument doc) throws IOException {
        this.in = in;
        this.flow = new PdfFlow(doc);
        this.cover = new PdfCover(in, flow, this::bookmark, this::subheading);
        this.percent = NumberFormat.getPercentInstance(in.locale());
    }

    /**
     * Writes the referat to {@code out}, replacing it whole or not at all.
     *
     * @return the texts that have a character no font on this machine can draw (written "?" in the PDF), each
     *     once; empty when every character was drawn
     */
    public static List<String> write(ExportInput in, Path out) throws IOException {
        List<List<String>> undrawn = new ArrayList<>(1);
        ExportFiles.writeAtomically(out, os -> undrawn.add(write(in, os)));
        return undrawn.get(0);
    }

    /** Writes the referat; returns the texts with characters it could not draw, as {@link #write(ExportInput, Path)}. */
    public static List<String> write(ExportInput in, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfReferat r = new PdfReferat(in, doc);
            ReferatParts.write(in.workshop(), r);
            r.flow.headersAndFooters(
                    in.workshop().meeting().title(),
                    in.t("pdf.referat"),
                    n -> in.t("pdf.page", n, r.flow.pages().size()));
            r.finish(doc);
            doc.save(out);
            r.flow.closeFonts();
            return r.flow.undrawn();
        }
    }

    @Override
    public void cover() throws IOException {
        cover.titlePage();
    }

    @Override
    public void notes(String phase) throws IOException {
        cover.notes(phase);
    }

    @Override
    public void results() throws IOException {
        new PdfResults(in, flow).page(this::section);
    }

    /** The texts of {@link #write}'s answer as the user reads them: the first five quoted, shortened. */
    public static String named(List<String> texts, Locale locale) {
        List<String> quoted = new ArrayList<>();
        for (String t : texts.subList(0, Math.min(5, texts.size()))) {
            String oneLine = t.replaceAll("\\s+", " ").strip();
            int cut = oneLine.length() > 40
                    ? oneLine.offsetByCodePoints(0, Math.min(40, oneLine.codePointCount(0, oneLine.length())))
                    : oneLine.length();
            quoted.add(Texts.get(
                    locale, "export.quoted", oneLine.substring(0, cut) + (cut < oneLine.length() ? "…" : "")));
        }
        return String.join(", ", quoted) + (texts.size() > 5 ? ", …" : "");
    }

    void bookmark(String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(flow.page());
        dest.setTop((int) flow.y() + 30);
        item.setDestination(dest);
        outline.addLast(item);
    }

    void section(String title) throws IOException {
        flow.newPage();
        bookmark(title);
        flow.paragraph(title, flow.bold, 20, PdfFlow.LEFT, INK);
        flow.space(8);
    }

    void subheading(String title) throws IOException {
        flow.ensure(60);
        flow.space(10);
        flow.paragraph(title, flow.bold, 13, PdfFlow.LEFT, INK);
        flow.space(4);
    }

    @Override
    public void enquete() throws IOException {
        Snapshot s = in.snapshot();
        RankingResult ranking = Rankings.enquete(s);
        section(in.t("pdf.enquete"));
        subheading(in.t(
                "export.overview.challenges",
                ranking.ballots(),
                in.workshop().ranking().title()));
        rankingBars(ranking, Map.of());
        Statements.Summary summary = Statements.summarise(s);
        if (!summary.most().isEmpty()) {
            subheading(in.t("export.overview.most", summary.most().size()));
        }
        for (StatementResult r : summary.most()) {
            statement(r);
        }
        if (!summary.least().isEmpty()) {
            subheading(in.t("export.overview.least", summary.least().size()));
            for (StatementResult r : summary.least()) {
                statement(r);
            }
        }
        legend();
        // The heading stays with its first statement.
        flow.ensure(180);
        subheading(in.t("pdf.distribution"));
        Workshop.Scale scale = in.workshop().enquete().scale();
        List<StatementResult> byNumber = summary.ordered().stream()
                .sorted(Comparator.comparingInt(StatementResult::number))
                .toList();
        for (StatementResult r : byNumber) {
            String counts = ReferatParts.counts(scale, r);
            // A statement's text, its counts and its figures stay on one page.
            // Each with its text and its bar, in the projector's colours, then its counts and figures.
            flow.ensure(110);
            statement(r);
            flow.paragraph(counts, flow.regular, 10, PdfFlow.LEFT + 12, INK);
            flow.paragraph(
                    r.answered() == 0
                            ? in.t("audience.distribution.none")
                            : in.t("pdf.statementFigures", r.shareAgreeing(), r.mean(), r.dissent(), r.answered()),
                    flow.regular,
                    10,
                    PdfFlow.LEFT + 12,
                    MUTED);
            flow.space(4);
        }
    }

    private void rankingBars(RankingResult ranking, Map<String, Integer> moves) throws IOException {
        float barMax = 130;
        int max = Math.max(1, ranking.maxBorda());
        for (RankingResult.ItemScore score : ranking.order()) {
            flow.ensure(24);
            flow.space(20);
            float base = flow.y();
            flow.draw(score.position() + ".", flow.bold, 11, PdfFlow.LEFT, base + 5, BRAND);
            String title = score.title();
            float titleWidth = 170;
            List<String> lines = flow.wrap(title, flow.bold, 11, titleWidth);
            flow.draw(lines.get(0), flow.bold, 11, PdfFlow.LEFT + 22, base + 5, INK);
            float w = barMax * score.borda() / max;
            flow.rect(PdfFlow.LEFT + 200, base + 2, Math.max(1, w), 11, BRAND);
            Integer move = moves.get(score.itemId());
            String points = in.t("audience.points", score.borda())
                    + (Double.isNaN(score.meanRank()) ? "" : " · " + in.t("pdf.meanRank", score.meanRank()))
                    + (move == null ? "" : "  · " + ReferatParts.moved(in, move));
            flow.draw(points, flow.regular, 9, PdfFlow.LEFT + 206 + w, base + 4, INK);
            for (int i = 1; i < lines.size(); i++) {
                flow.ensure(13);
                flow.space(13);
                flow.draw(lines.get(i), flow.bold, 11, PdfFlow.LEFT + 22, flow.y() + 5, INK);
            }
            in.workshop()
                    .item(score.itemId())
                    .map(Workshop.RankItem::description)
                    .ifPresent(d -> {
                        try {
                            flow.paragraph(d, flow.regular, 9, PdfFlow.LEFT + 22, MUTED);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }

    private void statement(StatementResult r) throws IOException {
        flow.ensure(50);
        flow.listed(r.number() + ". ", r.text(), flow.regular, 10, PdfFlow.LEFT, INK);
        flow.ensure(18);
        flow.space(16);
        float centre = PdfFlow.LEFT + 200;
        float half = 150;
        float base = flow.y();
        int n = in.workshop().enquete().scale().size();
        float total = Math.max(1, r.answered());
        float left = centre;
        float right = centre;
        for (int v = 1; v <= n; v++) {
            float w = half * r.counts().get(v - 1) / total;
            Color c = colour(v, n);
            if (2 * v < n + 1) {
                continue;
            } else if (2 * v > n + 1) {
                flow.rect(right, base, w, 10, c);
                right += w;
            } else {
                flow.rect(centre - w / 2, base, w / 2, 10, c);
                flow.rect(right, base, w / 2, 10, c);
                right += w / 2;
                left -= w / 2;
            }
        }
        for (int v = (n + 1) / 2; v >= 1; v--) {
            if (2 * v < n + 1) {
                float w = half * r.counts().get(v - 1) / total;
                flow.rect(left - w, base, w, 10, colour(v, n));
                left -= w;
            }
        }
        flow.line(centre, base - 3, centre, base + 13, INK, 0.8f);
        String share = r.answered() == 0 ? "–" : in.t("audience.agree", r.shareAgreeing());
        flow.draw(share, flow.regular, 9, centre + half + 12, base + 1, INK);
        flow.space(6);
    }

    private static Color colour(int value, int steps) {
        return new Color(AgreementColours.rgb(value, steps));
    }

    private void legend() throws IOException {
        List<String> steps = in.workshop().enquete().scale().steps();
        flow.ensure(20);
        flow.space(16);
        float x = PdfFlow.LEFT;
        for (int v = 1; v <= steps.size(); v++) {
            String label = steps.get(v - 1);
            float w = flow.width(label, flow.regular, 8);
            if (x + 14 + w > PdfFlow.RIGHT) {
                flow.ensure(14);
                flow.space(14);
                x = PdfFlow.LEFT;
            }
            flow.rect(x, flow.y(), 9, 9, colour(v, steps.size()));
            flow.draw(label, flow.regular, 8, x + 12, flow.y() + 1, INK);
            x += 24 + w;
        }
        flow.space(6);
    }

    @Override
    public void card(Workshop.VisionCard card) throws IOException {
        Snapshot s = in.snapshot();
        section(card.title());
        if (card.kicker() != null) {
            flow.paragraph(card.kicker(), flow.bold, 9, PdfFlow.LEFT, BRAND);
        }
        if (card.description() != null) {
            for (String p : card.description().split("\n\\s*\n")) {
                flow.paragraph(p.strip(), flow.regular, 10, PdfFlow.LEFT, MUTED);
                flow.space(4);
            }
        }
        Cards.CardResult result = Cards.card(s, card.id());
        if (!s.phase(Phase.card(card.id())).everOpened() && result.count() == 0) {
            // A card the meeting never came to: said once, not as an empty list per field.
            flow.space(8);
            flow.paragraph(in.t("pdf.cardNotRun"), flow.regular, 10, PdfFlow.LEFT, MUTED);
            return;
        }
        for (Workshop.WorksheetField f : in.workshop().fields()) {
            subheading(f.title());
            List<Cards.Entry> entries = result.field(f.id());
            if (entries.isEmpty()) {
                flow.paragraph(in.t("pdf.noItems"), flow.regular, 10, PdfFlow.LEFT + 12, MUTED);
            }
            for (Cards.Entry e : entries) {
                String tables = e.tableIds().stream().map(in::tableName).collect(Collectors.joining(", "));
                String marks = e.item().text()
                        + (e.item().highlighted() ? "  (" + in.t("console.item.highlighted") + ")" : "");
                flow.ensure(30);
                flow.listed("• ", marks, e.item().highlighted() ? flow.bold : flow.regular, 10, PdfFlow.LEFT + 8, INK);
                String meta = tables
                        + (e.dots() > 0 ? " · " + in.t("console.item.dots", e.dots()) : "")
                        + (e.sources().isEmpty()
                                ? ""
                                : " · "
                                        + in.t(
                                                "pdf.mergedFrom",
                                                e.sources().stream()
                                                        .map(src -> in.tableName(src.tableId()) + ": " + src.text())
                                                        .collect(Collectors.joining(" | "))));
                // Under the item on its side of the page: at the right under an item written right to left.
                flow.paragraph(
                        meta,
                        flow.regular,
                        8,
                        PdfFlow.LEFT + 20,
                        MUTED,
                        0,
                        Direction.rightToLeft(e.item().text()));
                flow.space(2);
            }
        }
    }

    @Override
    public void liveRanking() throws IOException {
        Snapshot s = in.snapshot();
        RankingResult live = Rankings.live(s);
        section(in.t("phase.ranking"));
        flow.paragraph(in.t("pdf.liveIntro", live.ballots()), flow.regular, 10, PdfFlow.LEFT, MUTED);
        rankingBars(live, Rankings.movement(Rankings.enquete(s), live));
    }

    @Override
    public void method() throws IOException {
        section(in.t("export.method.title"));
        for (String p : Method.paragraphs(in.locale())) {
            flow.paragraph(p, flow.regular, 10, PdfFlow.LEFT, INK);
            flow.space(6);
        }
    }

    private void finish(PDDocument doc) throws IOException {
        PdfA.finish(
                doc,
                in.workshop().meeting().title() + " – " + in.t("pdf.referat"),
                in.locale(),
                in.exportedAt(),
                outline);
    }
}
