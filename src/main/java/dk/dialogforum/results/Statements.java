package dk.dialogforum.results;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.meeting.Snapshot.Ballot;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.Workshop.Scale;
import dk.dialogforum.workshop.Workshop.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The enquete statements: distribution, agreement, mean and dissent, and their order by agreement. */
public final class Statements {
    private Statements() {}

    /**
     * The result of every statement, ordered from most to least agreement, and how many the summary names with
     * most and least agreement (the workshop's choice).
     */
    public record Summary(List<StatementResult> ordered, Workshop.Highlights highlights) {
        public Summary {
            ordered = List.copyOf(ordered);
        }

        /**
         * The statements with the most agreement, as the seed summary lists them: the workshop's number (the
         * seed's four), never one of those named with least agreement, never one that no one agreed with.
         */
        public List<StatementResult> most() {
            int n = ordered.size();
            int least = least().size();
            List<StatementResult> top = ordered.subList(0, Math.max(0, Math.min(highlights.most(), n - least)));
            return top.stream().filter(r -> r.shareAgreeing() > 0).toList();
        }

        /**
         * The statements with the least agreement, least last: the workshop's number (the seed's one), and none
         * with fewer than two statements, so a statement is never both.
         */
        public List<StatementResult> least() {
            int n = ordered.size();
            if (n < 2) {
                return List.of();
            }
            return ordered.subList(n - Math.min(highlights.least(), n - 1), n);
        }

        public StatementResult of(String statementId) {
            return ordered.stream()
                    .filter(r -> r.statementId().equals(statementId))
                    .findFirst()
                    .orElseThrow();
        }
    }

    public static Summary summarise(Snapshot s) {
        return summarise(s.workshop(), s.enqueteBallots());
    }

    public static Summary summarise(Workshop w, List<Ballot> ballots) {
        Scale scale = w.enquete().scale();
        List<StatementResult> results = new ArrayList<>();
        List<Statement> statements = w.enquete().statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            int[] counts = new int[scale.size()];
            int dontKnow = 0;
            for (Ballot b : ballots) {
                Integer v = b.answers().get(st.id());
                if (v == null) {
                    continue;
                }
                if (v == 0) {
                    dontKnow++;
                } else {
                    counts[v - 1]++;
                }
            }
            results.add(result(st, i + 1, scale, counts, dontKnow));
        }
        Comparator<StatementResult> order = Comparator.comparingInt((StatementResult r) -> r.answered() == 0 ? 1 : 0)
                .thenComparing(Comparator.comparingDouble(StatementResult::shareAgreeing)
                        .reversed())
                .thenComparing(Comparator.comparingDouble((StatementResult r) -> nanLow(r.mean()))
                        .reversed())
                .thenComparingDouble(r -> nanHigh(r.dissent()))
                .thenComparingInt(StatementResult::number);
        List<StatementResult> sorted = new ArrayList<>(results);
        sorted.sort(order);
        List<StatementResult> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            StatementResult r = sorted.get(i);
            ranked.add(new StatementResult(
                    r.statementId(),
                    r.text(),
                    r.number(),
                    r.counts(),
                    r.dontKnow(),
                    r.answered(),
                    r.shareAgreeing(),
                    r.shareDisagreeing(),
                    r.mean(),
                    r.dissent(),
                    i + 1));
        }
        return new Summary(ranked, w.enquete().highlights());
    }

    private static StatementResult result(Statement st, int number, Scale scale, int[] counts, int dontKnow) {
        int answered = 0;
        int agree = 0;
        int disagree = 0;
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            int value = k + 1;
            answered += counts[k];
            sum += value * (double) counts[k];
            if (scale.isAgreement(value)) {
                agree += counts[k];
            }
            if (scale.isDisagreement(value)) {
                disagree += counts[k];
            }
        }
        double mean = answered == 0 ? Double.NaN : sum / answered;
        double dissent = Double.NaN;
        if (answered > 0) {
            double squares = 0;
            for (int k = 0; k < counts.length; k++) {
                double d = (k + 1) - mean;
                squares += d * d * counts[k];
            }
            dissent = Math.sqrt(squares / answered);
        }
        List<Integer> list = new ArrayList<>();
        for (int c : counts) {
            list.add(c);
        }
        return new StatementResult(
                st.id(),
                st.text(),
                number,
                list,
                dontKnow,
                answered,
                answered == 0 ? 0 : agree / (double) answered,
                answered == 0 ? 0 : disagree / (double) answered,
                mean,
                dissent,
                0);
    }

    private static double nanLow(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static double nanHigh(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }
}
