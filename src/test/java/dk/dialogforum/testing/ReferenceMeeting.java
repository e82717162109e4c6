package dk.dialogforum.testing;

import dk.dialogforum.demo.SampleMeeting;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference meeting for the exports: the sample meeting of a workshop (six tables' ballots, about
 * 60 items, moderation, dots, the live ranking), plus items written to trip up spreadsheets and fonts.
 */
public final class ReferenceMeeting {
    public static final List<String> TRICKY = List.of(
            "=1+1",
            "+45 12 34 56 78",
            "-2 borde",
            "@SUM(A1:A3)",
            "\tTabulator først",
            "Æbler, ØL og ÅL – æøå ÆØÅ",
            "שלום · مرحبا · 你好 · Ελληνικά · Кириллица",
            "Meget lang tekst: " + "Det specialiserede socialområde kræver samarbejde på tværs. ".repeat(12));

    private ReferenceMeeting() {}

    public static List<Event> events(Workshop w) {
        return events(w, 0);
    }

    /** The sample meeting plus {@code extraItems} more items with long texts on the first card. */
    public static List<Event> events(Workshop w, int extraItems) {
        AtomicLong clock = new AtomicLong(1_484_733_600_000L); // 18 January 2017, 10:00 UTC
        try (MeetingEngine engine =
                MeetingEngine.start(w, List.of(), EventStore.inMemory(), () -> clock.addAndGet(7_000))) {
            String card = w.cards().get(0).id();
            for (SampleMeeting.Step step : SampleMeeting.script(w, 2017)) {
                if (step.command() instanceof Command.ChangePhase p
                        && p.phase().equals(Phase.card(card))
                        && p.action() == Command.PhaseAction.CLOSE) {
                    int i = 0;
                    for (String text : TRICKY) {
                        must(engine.execute(new Command.AddItem(
                                "tricky-" + (i++),
                                w.tables().get(i % w.tables().size()).id(),
                                card,
                                w.fields().get(i % w.fields().size()).id(),
                                text)));
                    }
                    for (int k = 0; k < extraItems; k++) {
                        must(engine.execute(new Command.AddItem(
                                "extra-" + k,
                                w.tables().get(k % w.tables().size()).id(),
                                card,
                                w.fields().get(k % w.fields().size()).id(),
                                "Punkt " + k + ": " + "æøå tekst ".repeat(20 + k % 40))));
                    }
                }
                must(engine.execute(step.command()));
            }
            return engine.events();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void must(Outcome o) {
        if (o.status() == Outcome.Status.REJECTED) {
            throw new IllegalStateException(o.rejection().toString());
        }
    }
}
