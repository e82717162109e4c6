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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The referat's first page after the cover, "Hovedresultater", in the shape of the seed's summary: what was
 * ranked in order of priority, the enquete and the live ranking side by side with its movement, the statements
 * with most and least agreement with their texts, the most-dotted items per card, and who took part. It is one
 * page: each line is cut with "…" where it would run over (the whole text is on the pages after), so a reader
 * who reads only this page knows what came out of the meeting.
 */
final class PdfResults {
    /** The most-dotted items shown per card. */
    private static final int TOP_DOTTED = 3;

    private static final float SIZE = 9.5f;
    private static final float LINE = 13;
    /** The height of a heading, the space above it included. */
    private static final float HEADING = 25;
    /** Where the live ranking's column starts, when there is one. */
    private static final float SECOND = PdfFlow.LEFT + (PdfFlow.RIGHT - PdfFlow.LEFT) / 2 + 10;

    private final ExportInput in;
    private final PdfFlow flow;
    private final NumberFormat percent;

    PdfResults(ExportInput in, PdfFlow flow) {
        this.in = in;
        this.flow = flow;
        this.percent = NumberFormat.getPercentInstance(in.locale());
    }

    void page(PdfCover.Heading section) throws IOException {
        Snapshot s = in.snapshot();
        section.accept(in.t("pdf.results"));
        RankingResult enquete = Rankings.enquete(s);
        RankingResult live = Rankings.live(s);
        heading(in.t("pdf.results.ranked", in.workshop().ranking().title()));
        rankings(enquete, live);
        Statements.Summary summary = Statements.summarise(s);
        if (!summary.most().isEmpty()) {
            heading(in.t("export.overview.most", summary.most().size()));
            statements(summary.most());
        }
        if (!summary.least().isEmpty()) {
            heading(in.t("export.overview.least", summary.least().size()));
            statements(summary.least());
        }
        dotted(s);
        List<Participation.TableParticipation> tables = Participation.of(s);
        heading(in.t("pdf.results.participation"));
        lines(
                "",
                in.t(
                        "pdf.results.participationLine",
                        tables.stream()
                                .filter(Participation.TableParticipation::present)
                                .count(),
                        tables.size(),
                        enquete.ballots(),
                        live.ballots(),
                        s.items().stream().filter(Snapshot.Item::visible).count()),
                2);
    }

    /**
     * The most-dotted items per card, as many per card (up to three) as leave room for the participation below;
     * with too many cards for that, each card's first in one line under one heading.
     */
    private void dotted(Snapshot s) throws IOException {
        Map<Workshop.VisionCard, List<Cards.Entry>> dotted = new LinkedHashMap<>();
        for (Workshop.VisionCard card : in.workshop().cards()) {
            List<Cards.Entry> tally = Cards.card(s, card.id()).dotTally();
            if (!tally.isEmpty()) {
                dotted.put(card, tally);
            }
        }
        if (dotted.isEmpty()) {
            return;
        }
        float left = flow.y() - PdfFlow.BOTTOM - (HEADING + 2 * LINE) - dotted.size() * HEADING;
        int each = Math.min(TOP_DOTTED, (int) Math.floor(left / dotted.size() / LINE));
        if (each < 1) {
            heading(in.t("pdf.results.dottedAll"));
            for (Map.Entry<Workshop.VisionCard, List<Cards.Entry>> card : dotted.entrySet()) {
                Cards.Entry top = card.getValue().get(0);
                String title = flow.clipped(
                                card.getKey().title(), flow.regular, SIZE, (PdfFlow.RIGHT - PdfFlow.LEFT) * 0.4f, 1)
                        .get(0);
                lines(title + ": ", in.t("pdf.results.dottedTop", top.item().text(), top.dots()), 1);
            }
            return;
        }
        for (Map.Entry<Workshop.VisionCard, List<Cards.Entry>> card : dotted.entrySet()) {
            heading(in.t("pdf.results.dotted", card.getKey().title()));
            for (Cards.Entry e :
                    card.getValue().subList(0, Math.min(each, card.getValue().size()))) {
                lines(in.t("console.item.dots", e.dots()) + " · ", e.item().text(), 1);
            }
        }
    }

    /** The enquete's order, and beside it the live ranking's with its movement if it had ballots. */
    private void rankings(RankingResult enquete, RankingResult live) throws IOException {
        boolean both = live.ballots() > 0;
        float columnEnd = both ? SECOND - 20 : PdfFlow.RIGHT;
        Map<String, Integer> moves = Rankings.movement(enquete, live);
        flow.ensure(LINE);
        flow.space(LINE);
        flow.draw(
                in.t("pdf.results.enquete", enquete.ballots()),
                flow.bold,
                SIZE,
                PdfFlow.LEFT,
                flow.y(),
                PdfReferat.MUTED);
        if (both) {
            flow.draw(in.t("pdf.results.live", live.ballots()), flow.bold, SIZE, SECOND, flow.y(), PdfReferat.MUTED);
        }
        int rows = Math.max(enquete.order().size(), both ? live.order().size() : 0);
        for (int i = 0; i < rows; i++) {
            flow.ensure(LINE);
            flow.space(LINE);
            if (i < enquete.order().size()) {
                row(enquete.order().get(i), "", PdfFlow.LEFT, columnEnd);
            }
            if (both && i < live.order().size()) {
                RankingResult.ItemScore score = live.order().get(i);
                Integer move = moves.get(score.itemId());
                row(score, move == null ? "" : " · " + ReferatParts.moved(in, move), SECOND, PdfFlow.RIGHT);
            }
        }
    }

    /** "3. Title …   20 point": the title cut to leave room for the points, which end at {@code end}. */
    private void row(RankingResult.ItemScore score, String moved, float x, float end) throws IOException {
        String points = in.t("audience.points", score.borda()) + moved;
        float pointsWidth = flow.width(points, flow.regular, SIZE);
        String place = score.position() + ". ";
        float placeWidth = flow.width(place, flow.regular, SIZE);
        String title = flow.clipped(score.title(), flow.regular, SIZE, end - x - placeWidth - pointsWidth - 8, 1)
                .get(0);
        flow.draw(place, flow.regular, SIZE, x, flow.y(), PdfReferat.BRAND);
        flow.draw(title, flow.regular, SIZE, x + placeWidth, flow.y(), PdfReferat.INK);
        flow.draw(points, flow.regular, SIZE, end - pointsWidth, flow.y(), PdfReferat.INK);
    }

    private void statements(List<StatementResult> results) throws IOException {
        for (StatementResult r : results) {
            lines(percent.format(r.shareAgreeing()) + " · " + r.number() + ". ", r.text(), 2);
        }
    }

    private void heading(String text) throws IOException {
        flow.ensure(HEADING + LINE);
        flow.space(HEADING - 17);
        for (String line : flow.clipped(text, flow.bold, 11, PdfFlow.RIGHT - PdfFlow.LEFT, 1)) {
            flow.space(15);
            flow.draw(line, flow.bold, 11, PdfFlow.LEFT, flow.y(), PdfReferat.INK);
        }
        flow.space(2);
    }

    /** {@code prefix} then {@code text} in at most {@code most} lines, the last cut with "…", under the text. */
    private void lines(String prefix, String text, int most) throws IOException {
        float x = PdfFlow.LEFT + 8;
        float indent = flow.width(prefix, flow.regular, SIZE);
        List<String> lines = flow.clipped(text, flow.regular, SIZE, PdfFlow.RIGHT - x - indent, most);
        for (int i = 0; i < lines.size(); i++) {
            flow.ensure(LINE);
            flow.space(LINE);
            if (i == 0) {
                flow.draw(prefix, flow.regular, SIZE, x, flow.y(), PdfReferat.MUTED);
            }
            flow.draw(lines.get(i), flow.regular, SIZE, x + indent, flow.y(), PdfReferat.INK);
        }
    }
}
