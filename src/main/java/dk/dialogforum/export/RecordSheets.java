package dk.dialogforum.export;

import dk.dialogforum.meeting.Event;
import dk.dialogforum.results.Method;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.Locale;
import java.util.stream.Collectors;

/** The workbook's record of how its figures came about: every raw event, and the method. */
final class RecordSheets {
    private final ExportInput in;
    private final WorkbookCells cells;

    RecordSheets(ExportInput in, WorkbookCells cells) {
        this.in = in;
        this.cells = cells;
    }

    Sheet rawData() {
        Sheet sh = cells.sheet(in.t("export.sheet.raw"));
        int r = cells.headerRow(
                sh,
                0,
                in.t("export.col.seq"),
                in.t("export.col.time"),
                in.t("export.col.event"),
                in.t("export.col.table"),
                in.t("export.col.id"),
                in.t("export.col.subject"),
                in.t("export.col.details"));
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
        return sh;
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
                    + b.answers().entrySet().stream()
                            .map(a -> a.getKey() + "=" + a.getValue())
                            .collect(Collectors.joining(", "));
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
            details = a.dots().entrySet().stream()
                    .map(d -> d.getKey() + "=" + d.getValue())
                    .collect(Collectors.joining(", "));
        } else if (e instanceof Event.PhaseChanged a) {
            subject = a.phase();
            details = a.action().name().toLowerCase(Locale.ROOT);
        } else if (e instanceof Event.TableJoined a) {
            table = a.tableId();
        } else if (e instanceof Event.MeetingOpened a) {
            subject = a.meetingId();
        } else if (e instanceof Event.NoteSet a) {
            subject = a.phase();
            details = a.text();
        } else if (e instanceof Event.MeetingFactsSet a) {
            details =
                    String.join(" · ", a.date(), a.time(), a.place(), a.facilitator(), a.noteTaker(), a.participants());
        }
        return new String[] {table, subject, details};
    }

    Sheet method() {
        Sheet sh = cells.sheet(in.t("export.sheet.method"));
        WorkbookCells.widths(sh, 120);
        int r = 0;
        cells.put(sh, r++, 0, in.t("export.method.title"), cells.title);
        for (String paragraph : Method.paragraphs(in.locale())) {
            cells.put(sh, r++, 0, paragraph);
        }
        return sh;
    }
}
