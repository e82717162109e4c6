package dk.dialogforum.testing;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.workshop.Phase;

/** A dot vote ready to give dots in: the first card's two questions written, the card closed, its dots open. */
public final class DotVotes {
    private DotVotes() {}

    /**
     * Writes "Hvem betaler?" (id {@code q1}, Bord 2) and "Hvem bestemmer?" ({@code q2}, Bord 3) under the first
     * card's questions, closes the card and opens its dots; returns the card's id.
     */
    public static String twoQuestionsOpenForDots(MeetingEngine engine) {
        String card = engine.workshop().cards().get(0).id();
        engine.execute(new Command.ChangePhase("open", Phase.card(card), Command.PhaseAction.OPEN));
        engine.execute(new Command.AddItem("q1", "bord-2", card, "spoergsmaal", "Hvem betaler?"));
        engine.execute(new Command.AddItem("q2", "bord-3", card, "spoergsmaal", "Hvem bestemmer?"));
        engine.execute(new Command.ChangePhase("close", Phase.card(card), Command.PhaseAction.CLOSE));
        engine.execute(new Command.ChangePhase("dots", Phase.dots(card), Command.PhaseAction.OPEN));
        return card;
    }
}
