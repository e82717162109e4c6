package dk.dialogforum.export;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Cards;
import dk.dialogforum.workshop.Workshop;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A vision card's sheet in the workbook: every item the tables wrote on it, with what became of it. */
final class CardSheet {
    private final ExportInput in;
    private final WorkbookCells cells;

    CardSheet(ExportInput in, WorkbookCells cells) {
        this.in = in;
        this.cells = cells;
    }

    Sheet write(int index) {
        Workshop.VisionCard card = in.workshop().cards().get(index);
        Snapshot s = in.snapshot();
        Sheet sh = cells.sheet(in.t("export.sheet.card", index + 1, card.title()));
        int r = 0;
        cells.put(sh, r++, 0, card.title(), cells.title);
        if (card.description() != null) {
            cells.put(sh, r, 0, card.description());
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
            sh.getRow(r)
                    .setHeightInPoints(
                            Math.min(409, 15f * (1 + card.description().length() / 150)));
            r++;
        }
        r++;
        int headerAt = r;
        r = cells.headerRow(
                sh,
                r,
                in.t("export.col.field"),
                in.t("export.col.table"),
                in.t("export.col.text"),
                in.t("export.col.state"),
                in.t("export.col.highlighted"),
                in.t("export.col.mergedFrom"),
                in.t("export.col.dots"),
                in.t("export.col.time"),
                in.t("export.col.id"),
                in.t("export.col.tableText"));
        Cards.CardResult result = Cards.card(s, card.id());
        Map<String, Integer> dots = new HashMap<>();
        result.byField()
                .values()
                .forEach(list -> list.forEach(e -> dots.put(e.item().id(), e.dots())));
        for (Workshop.WorksheetField f : in.workshop().fields()) {
            for (Snapshot.Item item : s.items()) {
                if (!item.cardId().equals(card.id()) || !item.fieldId().equals(f.id())) {
                    continue;
                }
                row(sh, r, f, item, dots);
                r++;
            }
        }
        WorkbookCells.widths(sh, 14, 12, 60, 18, 11, 40, 8, 20, 24, 40);
        WorkbookCells.freezeAndFilter(sh, headerAt, r - 1, 9);
        return sh;
    }

    /** One item's row: its field, table, text, state, what was merged into it, its dots, time and id. */
    private void row(Sheet sh, int r, Workshop.WorksheetField f, Snapshot.Item item, Map<String, Integer> dots) {
        Snapshot s = in.snapshot();
        cells.put(sh, r, 0, f.shortTitle());
        cells.put(sh, r, 1, in.tableName(item.tableId()));
        cells.put(sh, r, 2, item.text());
        cells.put(sh, r, 3, state(item));
        cells.put(sh, r, 4, item.highlighted() ? in.t("export.yes") : "");
        cells.put(
                sh,
                r,
                5,
                item.mergedSources().stream()
                        .map(id -> s.item(id)
                                .map(i -> in.tableName(i.tableId()) + ": " + i.text())
                                .orElse(id))
                        .collect(Collectors.joining("\n")));
        if (item.visible() && f.dotVotes()) {
            cells.num(sh, r, 6, dots.getOrDefault(item.id(), 0), null);
        }
        cells.when(sh, r, 7, item.at());
        cells.put(sh, r, 8, item.id());
        cells.put(sh, r, 9, item.moderated() ? item.tableText() : "");
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
}
