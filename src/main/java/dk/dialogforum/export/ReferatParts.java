package dk.dialogforum.export;

import dk.dialogforum.results.StatementResult;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.io.IOException;

/**
 * The parts of a referat, in the order every form of it (PDF, Word) has them: the cover, the main results,
 * the enquete, each card, the live ranking and the method, with the notes of each step of the agenda under it.
 */
interface ReferatParts {
    void cover() throws IOException;

    void results() throws IOException;

    void enquete() throws IOException;

    void card(Workshop.VisionCard card) throws IOException;

    void liveRanking() throws IOException;

    void method() throws IOException;

    /** The notes of step {@code phase}, if it has any. */
    void notes(String phase) throws IOException;

    /** Writes the parts of {@code w}'s referat in their order. */
    static void write(Workshop w, ReferatParts parts) throws IOException {
        parts.cover();
        parts.notes(Phase.WELCOME);
        parts.results();
        parts.enquete();
        parts.notes(Phase.ENQUETE);
        for (Workshop.VisionCard card : w.cards()) {
            parts.card(card);
            parts.notes(Phase.card(card.id()));
            parts.notes(Phase.dots(card.id()));
        }
        parts.liveRanking();
        parts.notes(Phase.RANKING);
        parts.notes(Phase.SUMMARY);
        parts.method();
    }

    /** An item's movement in the live ranking against the enquete ("op 1", "ned 2", "uændret"); "" if none. */
    static String moved(ExportInput in, Integer move) {
        if (move == null) {
            return "";
        }
        return move > 0 ? in.t("pdf.movedUp", move) : move < 0 ? in.t("pdf.movedDown", -move) : in.t("pdf.unmoved");
    }

    /** A statement's answers, step by step: "Helt uenig: 0 · Uenig: 1 · … · Ved ikke: 2". */
    static String counts(Workshop.Scale scale, StatementResult r) {
        StringBuilder counts = new StringBuilder();
        for (int v = 1; v <= scale.size(); v++) {
            counts.append(v == 1 ? "" : " · ")
                    .append(scale.steps().get(v - 1))
                    .append(": ")
                    .append(r.counts().get(v - 1));
        }
        if (scale.allowsDontKnow()) {
            counts.append(" · ").append(scale.dontKnow()).append(": ").append(r.dontKnow());
        }
        return counts.toString();
    }
}
