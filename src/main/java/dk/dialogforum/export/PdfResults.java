package dk.dialogforum.export;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Cards;
import dk.dialogforum.results.Participation;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.StatementResult;
import dk.dialogforum.results.Statements;
import dk.dialogforum.workshop.Workshop;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

/**
 * The referat's first page after the cover, "Hovedresultater", in the shape of the seed's summary: what was
 * ranked in prioritised order (the enquete, and the live ranking with its movement), the statements with
 * most and least agreement with their texts, the most-dotted items per card, and who took part. A reader
 * who reads only this page knows what came out of the meeting.
 */
final class PdfResults {
    /** The most-dotted items shown per card. */
    private static final int TOP_DOTTED = 3;

    private final ExportInput in;
    private final PdfFlow flow;
    private final PdfCover.Heading subheading;
    private final NumberFormat percent;

    PdfResults(ExportInput in, PdfFlow flow, PdfCover.Heading subheading) {
        this.in = in;
        this.flow = flow;
        this.subheading = subheading;
        this.percent = NumberFormat.getPercentInstance(in.locale());
    }

    void page(PdfCover.Heading section) throws IOException {
        Snapshot s = in.snapshot();
        section.accept(in.t("pdf.results"));
        RankingResult enquete = Rankings.enquete(s);
        RankingResult live = Rankings.live(s);
        Map<String, Integer> moves = Rankings.movement(enquete, live);
        subheading.accept(in.t(
                "export.overview.challenges",
                enquete.ballots(),
                in.workshop().ranking().title()));
        for (RankingResult.ItemScore score : enquete.order()) {
            String line = score.position() + ". " + score.title() + " · " + in.t("audience.points", score.borda());
            line(line, PdfFlow.LEFT + 8);
        }
        if (live.ballots() > 0) {
            subheading.accept(in.t("pdf.results.live", live.ballots()));
            for (RankingResult.ItemScore score : live.order()) {
                Integer move = moves.get(score.itemId());
                String moved = move == null
                        ? ""
                        : " · "
                                + (move > 0
                                        ? in.t("pdf.movedUp", move)
                                        : move < 0 ? in.t("pdf.movedDown", -move) : in.t("pdf.unmoved"));
                line(
                        score.position() + ". " + score.title() + " · " + in.t("audience.points", score.borda())
                                + moved,
                        PdfFlow.LEFT + 8);
            }
        }
        Statements.Summary summary = Statements.summarise(s);
        if (!summary.most().isEmpty()) {
            subheading.accept(in.t("export.overview.most", summary.most().size()));
            statements(summary.most());
        }
        if (!summary.least().isEmpty()) {
            subheading.accept(in.t("export.overview.least"));
            statements(summary.least());
        }
        for (Workshop.VisionCard card : in.workshop().cards()) {
            List<Cards.Entry> dotted = Cards.card(s, card.id()).dotTally();
            if (!dotted.isEmpty()) {
                subheading.accept(in.t("pdf.results.dotted", card.title()));
                for (Cards.Entry e : dotted.subList(0, Math.min(TOP_DOTTED, dotted.size()))) {
                    line(in.t("console.item.dots", e.dots()) + " · " + e.item().text(), PdfFlow.LEFT + 8);
                }
            }
        }
        List<Participation.TableParticipation> tables = Participation.of(s);
        subheading.accept(in.t("pdf.results.participation"));
        line(
                in.t(
                        "pdf.results.participationLine",
                        tables.stream()
                                .filter(Participation.TableParticipation::present)
                                .count(),
                        tables.size(),
                        enquete.ballots(),
                        live.ballots(),
                        s.items().stream().filter(Snapshot.Item::visible).count()),
                PdfFlow.LEFT);
    }

    private void statements(List<StatementResult> results) throws IOException {
        for (StatementResult r : results) {
            line(percent.format(r.shareAgreeing()) + " · " + r.number() + ". " + r.text(), PdfFlow.LEFT + 8);
        }
    }

    private void line(String text, float x) throws IOException {
        flow.paragraph(text, flow.regular, 10, x, PdfReferat.INK);
        flow.space(2);
    }
}
