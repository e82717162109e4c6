package dk.dialogforum.workshop;

import java.util.List;
import java.util.Optional;

/**
 * A workshop: everything a meeting shows, as read from a workshop file (format 1).
 * Instances are only made by {@link WorkshopLoader}, which checks every bound, so code that holds a
 * Workshop may rely on unique ids, non-empty lists and counts within {@link Limits}.
 */
public record Workshop(
        int format,
        String language,
        MeetingFacts meeting,
        Ranking ranking,
        Enquete enquete,
        List<VisionCard> cards,
        List<WorksheetField> fields,
        List<TableDef> tables,
        List<AgendaStep> agenda,
        Voting voting,
        int textLimit) {

    public static final int FORMAT = 1;

    public Workshop {
        cards = List.copyOf(cards);
        fields = List.copyOf(fields);
        tables = List.copyOf(tables);
        agenda = List.copyOf(agenda);
    }

    public record MeetingFacts(
            String title, String subtitle, String date, String time, String place, String organiser) {}

    /** What the tables rank: the challenges in the seed meeting. */
    public record Ranking(String title, String question, List<RankItem> items) {
        public Ranking {
            items = List.copyOf(items);
        }
    }

    public record RankItem(String id, String title, String description) {}

    /**
     * The enquete: its statements on one scale, and how many of them its summary names as those with most and
     * with least agreement (the seed's four and one unless the workshop says otherwise).
     */
    public record Enquete(String question, List<Statement> statements, Scale scale, Highlights highlights) {
        public Enquete {
            statements = List.copyOf(statements);
        }

        public Enquete(String question, List<Statement> statements, Scale scale) {
            this(question, statements, scale, Highlights.SEED);
        }
    }

    /** How many statements the summary names with most agreement and with least. */
    public record Highlights(int most, int least) {
        /** The seed summary's: four with most agreement, one with least. */
        public static final Highlights SEED = new Highlights(4, 1);
    }

    public record Statement(String id, String text) {}

    /**
     * An agreement scale: steps from strongest disagreement (value 1) to strongest agreement
     * (value n), and optionally a "don't know" answer (value 0) that counts as no opinion.
     */
    public record Scale(List<String> steps, String dontKnow) {
        public Scale {
            steps = List.copyOf(steps);
        }

        public int size() {
            return steps.size();
        }

        public boolean allowsDontKnow() {
            return dontKnow != null;
        }

        /** Values strictly above the midpoint count as agreement (4 and 5 on a five-step scale). */
        public boolean isAgreement(int value) {
            return value > 0 && 2 * value > size() + 1;
        }

        /** Values strictly below the midpoint count as disagreement (1 and 2 on a five-step scale). */
        public boolean isDisagreement(int value) {
            return value > 0 && 2 * value < size() + 1;
        }
    }

    public record VisionCard(String id, String kicker, String title, String description) {}

    /** A field of the table worksheet; items of a field with {@code dotVotes} can receive dot votes. */
    public record WorksheetField(String id, String title, String shortTitle, boolean dotVotes) {}

    public record TableDef(String id, String name, TableColour colour) {}

    public enum VotingMode {
        /** One enquete and ranking ballot per table; a new ballot replaces the table's previous one. */
        TABLE,
        /** The laptop goes round the table; each participant submits a ballot of their own. */
        INDIVIDUAL
    }

    /**
     * How the tables vote: one ballot per table or per participant, how many dots, and whether the live
     * ranking is on the projector from the first ballot or waits for the facilitator's Reveal.
     */
    public record Voting(VotingMode mode, int dotVotesPerTable, boolean liveFromFirstBallot) {
        public Voting(VotingMode mode, int dotVotesPerTable) {
            this(mode, dotVotesPerTable, false);
        }
    }

    public Optional<RankItem> item(String id) {
        return Optional.ofNullable(WorkshopIndex.of(this).items.get(id));
    }

    public Optional<Statement> statement(String id) {
        return Optional.ofNullable(WorkshopIndex.of(this).statements.get(id));
    }

    public Optional<VisionCard> card(String id) {
        return Optional.ofNullable(WorkshopIndex.of(this).cards.get(id));
    }

    public Optional<WorksheetField> field(String id) {
        return Optional.ofNullable(WorkshopIndex.of(this).fields.get(id));
    }

    public Optional<TableDef> table(String id) {
        return Optional.ofNullable(WorkshopIndex.of(this).tables.get(id));
    }

    /** The phases of the meeting in agenda order, with one phase per vision card. */
    public List<Phase> phases() {
        return WorkshopIndex.of(this).phases;
    }
}
