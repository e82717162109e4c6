package dk.dialogforum.results;

import java.util.List;

/**
 * The answers to one statement.
 *
 * @param counts           how many answered each scale step; index 0 is step 1 (strongest disagreement)
 * @param dontKnow         how many answered "don't know"
 * @param answered         answers on the scale (leaving out "don't know")
 * @param shareAgreeing    share of {@code answered} above the scale's middle, 0..1 (0 with no answers)
 * @param shareDisagreeing share of {@code answered} below the scale's middle, 0..1
 * @param mean             mean scale value, 1..n; NaN with no answers
 * @param dissent          population standard deviation of the answers; NaN with no answers
 * @param rank             1 for the statement with the most agreement
 */
public record StatementResult(
        String statementId,
        String text,
        int number,
        List<Integer> counts,
        int dontKnow,
        int answered,
        double shareAgreeing,
        double shareDisagreeing,
        double mean,
        double dissent,
        int rank) {
    public StatementResult {
        counts = List.copyOf(counts);
    }
}
