package dk.dialogforum.export;

import dk.dialogforum.results.Participation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The referat's cover (the meeting as held) and the notes the facilitator wrote under each step. */
final class PdfCover {
    /** Something that writes a heading and may fail as the PDF does. */
    interface Heading {
        void accept(String title) throws IOException;
    }

    private final ExportInput in;
    private final PdfFlow flow;
    private final Consumer<String> bookmark;
    private final Heading subheading;

    PdfCover(ExportInput in, PdfFlow flow, Consumer<String> bookmark, Heading subheading) {
        this.in = in;
        this.flow = flow;
        this.bookmark = bookmark;
        this.subheading = subheading;
    }

    void titlePage() throws IOException {
        Workshop.MeetingFacts m = in.workshop().meeting();
        flow.newPage();
        bookmark.accept(m.title());
        flow.space(120);
        flow.paragraph(in.t("pdf.referat").toUpperCase(in.locale()), flow.bold, 12, PdfFlow.LEFT, PdfReferat.BRAND);
        flow.space(6);
        flow.paragraph(m.title(), flow.bold, 26, PdfFlow.LEFT, PdfReferat.INK);
        if (m.subtitle() != null) {
            flow.space(6);
            flow.paragraph(m.subtitle(), flow.regular, 14, PdfFlow.LEFT, PdfReferat.INK);
        }
        flow.space(24);
        HeldFacts held = HeldFacts.of(in);
        fact(
                in.t("export.date"),
                held.date() == null
                        ? null
                        : held.date()
                                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                                .withLocale(in.locale()))
                                + (held.time() == null ? "" : ", " + held.time()));
        fact(in.t("export.place"), held.place());
        fact(in.t("export.facilitator"), held.facilitator());
        fact(in.t("export.noteTaker"), held.noteTaker());
        fact(in.t("export.participants"), held.participants());
        fact(in.t("export.organiser"), held.organiser());
        fact(
                in.t("export.tablesPresent"),
                Participation.of(in.snapshot()).stream()
                        .filter(Participation.TableParticipation::present)
                        .map(p -> p.table().name())
                        .collect(Collectors.joining(", ")));
        fact(
                in.t("export.exportedAt"),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(in.locale())
                        .format(Instant.ofEpochMilli(in.exportedAt()).atZone(in.zone())));
    }

    /** What the room said aloud at step {@code phase}, as the facilitator or note-taker wrote it; nothing if none. */
    void notes(String phase) throws IOException {
        String text = in.snapshot().minutes().note(phase);
        if (text.isEmpty() || Phase.find(in.workshop(), phase).isEmpty()) {
            return;
        }
        subheading.accept(in.t(
                "pdf.notes",
                HeldFacts.stepName(in, Phase.find(in.workshop(), phase).orElseThrow())));
        for (String line : text.split("\n")) {
            flow.paragraph(line, flow.regular, 10, PdfFlow.LEFT, PdfReferat.INK);
        }
    }

    private void fact(String label, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        flow.paragraph(label, flow.bold, 10, PdfFlow.LEFT, PdfReferat.MUTED);
        flow.paragraph(value, flow.regular, 12, PdfFlow.LEFT, PdfReferat.INK);
        flow.space(8);
    }
}
