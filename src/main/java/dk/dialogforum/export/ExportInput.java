package dk.dialogforum.export;

import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Workshop;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** What an export reads: the meeting's events, the state they fold to, the language and the time of export. */
public record ExportInput(
        Workshop workshop, List<Event> events, Snapshot snapshot, Locale locale, long exportedAt, ZoneId zone) {

    public static ExportInput of(Workshop w, List<Event> events, Locale locale, long exportedAt) {
        return new ExportInput(
                w,
                List.copyOf(events),
                MeetingState.replay(w, events).snapshot(),
                locale == null ? Texts.forLanguage(w.language()) : locale,
                exportedAt,
                ZoneId.systemDefault());
    }

    public String t(String key, Object... args) {
        return Texts.get(locale, key, args);
    }

    public String tableName(String tableId) {
        return workshop.table(tableId).map(Workshop.TableDef::name).orElse(tableId);
    }

    public String fieldName(String fieldId) {
        return workshop.field(fieldId).map(Workshop.WorksheetField::shortTitle).orElse(fieldId);
    }

    public String itemTitle(String itemId) {
        return workshop.item(itemId).map(Workshop.RankItem::title).orElse(itemId);
    }
}
