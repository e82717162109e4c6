package dk.dialogforum.export;

import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Workshop;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paper forms for a table whose laptop fails, one stack per table with its name on every page: the
 * enquete ballot, and for each vision card one A4 page with the card's text (seed 001's field 1) and the
 * workshop's fields numbered from 2, with room to write that fills the page. What a table writes is entered on
 * its behalf in the console afterwards.
 */
public final class WorksheetPdf {
    private static final Color INK = new Color(0x1f, 0x23, 0x28);
    private static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    private static final Color RULE = new Color(0xC8, 0xCC, 0xD0);

    private final Workshop w;
    private final Locale locale;
    private final PdfFlow flow;
    private final PDDocumentOutline outline = new PDDocumentOutline();

    private WorksheetPdf(Workshop w, Locale locale, PDDocument doc) throws IOException {
        this.w = w;
        this.locale = locale;
        this.flow = new PdfFlow(doc);
    }

    private String t(String key, Object... args) {
        return Texts.get(locale, key, args);
    }

    public static void write(Workshop w, Locale locale, Path out) throws IOException {
        ExportFiles.writeAtomically(out, os -> write(w, locale, os));
    }

    public static void write(Workshop w, Locale locale, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            WorksheetPdf sheet = new WorksheetPdf(w, locale, doc);
            for (Workshop.TableDef table : w.tables()) {
                sheet.ballot(table);
                for (Workshop.VisionCard card : w.cards()) {
                    sheet.card(table, card);
                }
            }
            sheet.flow.headersAndFooters(
                    w.meeting().title(),
                    sheet.t("worksheet.title"),
                    n -> sheet.t("pdf.page", n, sheet.flow.pages().size()));
            PdfA.finish(
                    doc,
                    w.meeting().title() + " – " + sheet.t("worksheet.title"),
                    locale,
                    System.currentTimeMillis(),
                    sheet.outline);
            doc.save(out);
            sheet.flow.closeFonts();
        }
    }

    /** A new page for {@code table}, in the outline as "Bord 1 – what", with the table's name at its top. */
    private void page(Workshop.TableDef table, String title) throws IOException {
        flow.newPage();
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(table.name() + " – " + title);
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(flow.page());
        item.setDestination(dest);
        outline.addLast(item);
        flow.space(14);
        flow.draw(t("worksheet.table") + " " + table.name(), flow.bold, 12, PdfFlow.LEFT, flow.y(), INK);
        flow.space(16);
    }

    /** The least height of a field's lines to write on, in points. */
    static final float MIN_BOX = 72;

    private void box(float height) throws IOException {
        flow.ensure(height);
        float top = flow.y();
        for (float y = top - 24; y > top - height + 4; y -= 24) {
            flow.line(PdfFlow.LEFT, y, PdfFlow.RIGHT, y, RULE, 0.5f);
        }
        flow.space(height);
    }

    private void ballot(Workshop.TableDef table) throws IOException {
        page(table, t("worksheet.ballot"));
        flow.paragraph(t("worksheet.ballot"), flow.bold, 18, PdfFlow.LEFT, INK);
        flow.space(6);
        if (w.ranking().question() != null) {
            flow.paragraph(w.ranking().question(), flow.regular, 11, PdfFlow.LEFT, INK);
        }
        flow.paragraph(t("worksheet.rankHint", w.ranking().items().size()), flow.regular, 9, PdfFlow.LEFT, MUTED);
        flow.space(6);
        for (Workshop.RankItem item : w.ranking().items()) {
            flow.ensure(28);
            flow.space(22);
            float y = flow.y();
            flow.rect(PdfFlow.LEFT, y - 4, 24, 20, RULE);
            flow.rect(PdfFlow.LEFT + 1, y - 3, 22, 18, Color.WHITE);
            flow.draw(item.title(), flow.bold, 11, PdfFlow.LEFT + 34, y + 2, INK);
            if (item.description() != null) {
                flow.paragraph(item.description(), flow.regular, 8, PdfFlow.LEFT + 34, MUTED);
            }
        }
        flow.space(10);
        if (w.enquete().question() != null) {
            flow.paragraph(w.enquete().question(), flow.bold, 12, PdfFlow.LEFT, INK);
        }
        flow.paragraph(t("worksheet.statementHint"), flow.regular, 9, PdfFlow.LEFT, MUTED);
        Workshop.Scale scale = w.enquete().scale();
        int n = 0;
        for (Workshop.Statement st : w.enquete().statements()) {
            flow.ensure(70);
            flow.space(6);
            flow.paragraph((++n) + ". " + st.text(), flow.regular, 10, PdfFlow.LEFT, INK);
            flow.space(16);
            float x = PdfFlow.LEFT + 8;
            List<String> options = new ArrayList<>(scale.steps());
            if (scale.allowsDontKnow()) {
                options.add(scale.dontKnow());
            }
            float y = flow.y();
            for (String option : options) {
                float wOpt = flow.width(option, flow.regular, 8);
                if (x + 14 + wOpt > PdfFlow.RIGHT) {
                    flow.space(16);
                    y = flow.y();
                    x = PdfFlow.LEFT + 8;
                }
                flow.rect(x, y, 10, 10, INK);
                flow.rect(x + 0.8f, y + 0.8f, 8.4f, 8.4f, Color.WHITE);
                flow.draw(option, flow.regular, 8, x + 14, y + 1, INK);
                x += 26 + wOpt;
            }
            flow.space(4);
        }
    }

    /**
     * One page for {@code table} and {@code card}: the card, then each field's question and lines to write on,
     * the fields sharing what is left of the page (each at least {@link #MIN_BOX}).
     */
    private void card(Workshop.TableDef table, Workshop.VisionCard card) throws IOException {
        page(table, card.title());
        if (card.kicker() != null) {
            flow.paragraph(card.kicker().toUpperCase(locale), flow.bold, 9, PdfFlow.LEFT, MUTED);
        }
        flow.paragraph(card.title(), flow.bold, 16, PdfFlow.LEFT, INK);
        flow.space(4);
        if (card.description() != null) {
            flow.paragraph("1. " + t("worksheet.description").toUpperCase(locale), flow.bold, 9, PdfFlow.LEFT, INK);
            for (String p : card.description().split("\n\\s*\n")) {
                flow.paragraph(p.strip(), flow.regular, 8.5f, PdfFlow.LEFT, INK);
                flow.space(2);
            }
        }
        List<String> questions = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        float headings = 0;
        int number = 2;
        for (Workshop.WorksheetField f : w.fields()) {
            String q = number++ + ". " + f.title().toUpperCase(locale);
            questions.add(q);
            // Its gap above and its heading's lines.
            heights.add(10
                    + flow.wrap(q, flow.bold, 10, PdfFlow.RIGHT - PdfFlow.LEFT).size() * 13.5f);
            headings += heights.get(heights.size() - 1);
        }
        float box = Math.max(
                MIN_BOX, (flow.y() - PdfFlow.BOTTOM - headings - 1) / w.fields().size());
        for (int i = 0; i < questions.size(); i++) {
            // The field's question stays on the page with its lines.
            flow.ensure(heights.get(i) + box);
            flow.space(10);
            flow.paragraph(questions.get(i), flow.bold, 10, PdfFlow.LEFT, INK);
            box(box);
        }
    }
}
