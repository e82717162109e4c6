package dk.dialogforum.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One phase of a meeting. Its id is what events and commands name: {@code welcome}, {@code enquete},
 * {@code card:<cardId>}, {@code dots:<cardId>} (dot voting on a card, when the workshop gives dots),
 * {@code ranking} and {@code summary}.
 */
public record Phase(String id, Kind kind, String cardId) {

    public enum Kind {
        WELCOME,
        ENQUETE,
        CARD,
        DOTS,
        RANKING,
        SUMMARY
    }

    public static final String WELCOME = "welcome";
    public static final String ENQUETE = "enquete";
    public static final String RANKING = "ranking";
    public static final String SUMMARY = "summary";

    public static String card(String cardId) {
        return "card:" + cardId;
    }

    public static String dots(String cardId) {
        return "dots:" + cardId;
    }

    /** Whether tables submit anything in this phase (and so whether it can be opened and closed). */
    public boolean takesInput() {
        return kind == Kind.ENQUETE || kind == Kind.CARD || kind == Kind.DOTS || kind == Kind.RANKING;
    }

    static List<Phase> expand(Workshop workshop) {
        List<Phase> phases = new ArrayList<>();
        boolean dots = workshop.voting().dotVotesPerTable() > 0
                && workshop.fields().stream().anyMatch(Workshop.WorksheetField::dotVotes);
        for (AgendaStep step : workshop.agenda()) {
            switch (step) {
                case WELCOME -> phases.add(new Phase(WELCOME, Kind.WELCOME, null));
                case ENQUETE -> phases.add(new Phase(ENQUETE, Kind.ENQUETE, null));
                case CARDS -> {
                    for (Workshop.VisionCard card : workshop.cards()) {
                        phases.add(new Phase(card(card.id()), Kind.CARD, card.id()));
                        if (dots) {
                            phases.add(new Phase(dots(card.id()), Kind.DOTS, card.id()));
                        }
                    }
                }
                case RANKING -> phases.add(new Phase(RANKING, Kind.RANKING, null));
                case SUMMARY -> phases.add(new Phase(SUMMARY, Kind.SUMMARY, null));
            }
        }
        return List.copyOf(phases);
    }

    public static Optional<Phase> find(Workshop workshop, String id) {
        return Optional.ofNullable(WorkshopIndex.of(workshop).phaseById.get(id));
    }

    /** The step of {@code workshop}'s agenda after {@code phase}; empty for the last. */
    public static Optional<Phase> after(Workshop workshop, Phase phase) {
        List<Phase> phases = workshop.phases();
        int at = phases.indexOf(phase);
        return at >= 0 && at + 1 < phases.size() ? Optional.of(phases.get(at + 1)) : Optional.empty();
    }

    /** The text key a phase is named by to people: "phase.enquete", "phase.card" … */
    public String nameKey() {
        return "phase." + kind.name().toLowerCase(Locale.ROOT);
    }

    /** What goes into {@link #nameKey()}'s text: the card's title for a card or its dots, else nothing. */
    public Object[] nameArgs(Workshop w) {
        if (cardId == null) {
            return new Object[0];
        }
        return new Object[] {w.card(cardId).map(Workshop.VisionCard::title).orElse(cardId)};
    }
}
