package dk.dialogforum.demo;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A whole meeting of the built-in workshop as the tables and the facilitator might run it: every
 * table's enquete ballot, items on each vision card, moderation, dots and the live ranking. Used by the
 * demo (at human pace), by the screenshots and by tests. For other workshops the tables' texts are
 * generic, so any workshop can be demonstrated.
 */
public final class SampleMeeting {
    /** One thing that happens, and how long after the previous one it happens in the demo. */
    public record Step(long delayMillis, Command command) {}

    private static final String[][] TEXTS = {
        {
            "Flere valgmuligheder for borgerne tæt på hjemmet",
            "Fælles drift giver faglig bæredygtighed",
            "Lettere at flytte mellem tilbud, når livet ændrer sig",
            "Arbejdspladserne bliver i området",
            "Bedre dialog med brugerne i klyngen",
            "Stordriftsfordele uden at miste nærheden"
        },
        {
            "Hvem bestemmer i klyngen? Risiko for uklart ansvar",
            "Lange afstande for nogle borgere",
            "Små kommuner kan blive overhørt",
            "Fare for at de mindste målgrupper glemmes",
            "Mere bureaukrati mellem kommunerne"
        },
        {
            "Hvordan fordeler vi udgifter og risiko mellem kommunerne?",
            "Hvilke målgrupper skal klyngen dække?",
            "Hvordan inddrager vi brugerorganisationerne fra start?",
            "Hvad siger erfaringerne fra andre regioner?",
            "Hvem skal betale for de ledige pladser?",
            "Hvordan måler vi, om borgerne får det bedre?"
        },
    };

    private final Workshop w;
    private final Random random;
    private int counter;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, List<String>> questionIds = new LinkedHashMap<>();

    private SampleMeeting(Workshop w, long seed) {
        this.w = w;
        this.random = new Random(seed);
    }

    /** The whole meeting, phase by phase, with human pauses. */
    public static List<Step> script(Workshop w, long seed) {
        SampleMeeting m = new SampleMeeting(w, seed);
        m.build();
        return List.copyOf(m.steps);
    }

    private String id() {
        return "demo-" + (++counter);
    }

    private void facilitator(long delay, String phase, PhaseAction action) {
        if (Phase.find(w, phase).isPresent()) {
            steps.add(new Step(delay, new Command.ChangePhase(id(), phase, action)));
        }
    }

    private void build() {
        facilitator(0, Phase.WELCOME, PhaseAction.SHOW);
        for (Workshop.TableDef t : w.tables()) {
            steps.add(new Step(700, new Command.JoinTable(id(), t.id())));
        }
        facilitator(2500, Phase.ENQUETE, PhaseAction.OPEN);
        for (Workshop.TableDef t : w.tables()) {
            steps.add(new Step(
                    1500 + random.nextInt(1500),
                    new Command.SubmitEnqueteBallot(id(), t.id(), ballotId(), preferredRanking(0.8), answers())));
        }
        facilitator(2000, Phase.ENQUETE, PhaseAction.CLOSE);
        facilitator(800, Phase.ENQUETE, PhaseAction.REVEAL);
        for (Workshop.VisionCard card : w.cards()) {
            cardSteps(card);
        }
        facilitator(4000, Phase.RANKING, PhaseAction.OPEN);
        facilitator(800, Phase.RANKING, PhaseAction.REVEAL);
        for (Workshop.TableDef t : w.tables()) {
            steps.add(new Step(
                    1500 + random.nextInt(1000),
                    new Command.SubmitRankingBallot(id(), t.id(), ballotId(), preferredRanking(1.6))));
        }
        facilitator(2000, Phase.RANKING, PhaseAction.CLOSE);
        facilitator(3000, Phase.SUMMARY, PhaseAction.SHOW);
    }

    private String ballotId() {
        return w.voting().mode() == Workshop.VotingMode.INDIVIDUAL ? "deltager-" + (++counter) : null;
    }

    private void cardSteps(Workshop.VisionCard card) {
        facilitator(4000, Phase.card(card.id()), PhaseAction.OPEN);
        List<String> questions = new ArrayList<>();
        int round = 0;
        for (int f = 0; f < w.fields().size(); f++) {
            Workshop.WorksheetField field = w.fields().get(f);
            // Only items of one field can be merged: a duplicate is looked for within the field.
            String firstQuestion = null;
            String[] texts = TEXTS[Math.min(f, TEXTS.length - 1)];
            int count = 5 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Workshop.TableDef table =
                        w.tables().get((round++ + f) % w.tables().size());
                String text = texts[(i + card.id().length()) % texts.length];
                String id = id();
                steps.add(new Step(
                        500 + random.nextInt(900), new Command.AddItem(id, table.id(), card.id(), field.id(), text)));
                if (field.dotVotes()) {
                    if (firstQuestion != null && text.equals(textOf(firstQuestion))) {
                        // A duplicate of an earlier question: the facilitator merges it below.
                        steps.add(new Step(1200, new Command.MergeItems(id(), firstQuestion, List.of(id))));
                        continue;
                    }
                    if (firstQuestion == null) {
                        firstQuestion = id;
                    }
                    questions.add(id);
                }
            }
        }
        if (!questions.isEmpty()) {
            steps.add(new Step(1500, new Command.HighlightItem(id(), questions.get(questions.size() - 1), true)));
        }
        facilitator(3000, Phase.card(card.id()), PhaseAction.CLOSE);
        if (!questions.isEmpty() && w.voting().dotVotesPerTable() > 0) {
            facilitator(1500, Phase.dots(card.id()), PhaseAction.OPEN);
            for (Workshop.TableDef t : w.tables()) {
                Map<String, Integer> dots = new LinkedHashMap<>();
                for (int d = 0; d < w.voting().dotVotesPerTable(); d++) {
                    // Earlier questions are a little more popular, so the tally has a clear order.
                    String q =
                            questions.get(Math.min(questions.size() - 1, (int) Math.abs(random.nextGaussian() * 1.5)));
                    dots.merge(q, 1, Integer::sum);
                }
                steps.add(new Step(900 + random.nextInt(700), new Command.CastDots(id(), t.id(), card.id(), dots)));
            }
            facilitator(2500, Phase.dots(card.id()), PhaseAction.CLOSE);
        }
        questionIds.put(card.id(), questions);
    }

    private String textOf(String itemId) {
        return steps.stream()
                .map(Step::command)
                .filter(c -> c instanceof Command.AddItem a && a.commandId().equals(itemId))
                .map(c -> ((Command.AddItem) c).text())
                .findFirst()
                .orElse("");
    }

    /** A ranking near the workshop's order, shuffled by noise of the given size. */
    private List<String> preferredRanking(double noise) {
        List<Workshop.RankItem> items = new ArrayList<>(w.ranking().items());
        Map<String, Double> score = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            score.put(items.get(i).id(), i + random.nextGaussian() * noise);
        }
        items.sort(Comparator.comparingDouble(i -> score.get(i.id())));
        return items.stream().map(Workshop.RankItem::id).toList();
    }

    private Map<String, Integer> answers() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        int n = w.enquete().scale().size();
        List<Workshop.Statement> statements = w.enquete().statements();
        for (int i = 0; i < statements.size(); i++) {
            // The first statements lean towards agreement, the last towards disagreement, as in the seed.
            double lean = statements.size() == 1 ? 0.7 : 0.85 - 0.6 * i / (statements.size() - 1);
            int v = (int) Math.round(1 + (n - 1) * Math.max(0, Math.min(1, lean + random.nextGaussian() * 0.2)));
            answers.put(
                    statements.get(i).id(), w.enquete().scale().allowsDontKnow() && random.nextInt(12) == 0 ? 0 : v);
        }
        return answers;
    }
}
