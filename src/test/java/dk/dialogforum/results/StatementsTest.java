package dk.dialogforum.results;

import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.testing.TestWorkshops;
import dk.dialogforum.workshop.Phase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementsTest {
    private static final double EPS = 1e-9;

    @Test
    void distributionAgreementMeanDissentAndOrder() {
        try (TestMeeting m = TestMeeting.of(TestWorkshops.workshop(r -> TestWorkshops.setStatements(r, 4)))) {
            m.open(Phase.ENQUETE);
            List<String> order = m.itemIds();
            // answers per table for s1..s4 (0 = ved ikke)
            int[][] answers = {
                {5, 3, 5, 4},
                {4, 3, 5, 4},
                {4, 3, 4, 4},
                {2, 3, 1, 1},
                {0, 3, 1, 0},
            };
            for (int t = 0; t < answers.length; t++) {
                m.enquete(
                        "bord-" + (t + 1),
                        order,
                        Map.of("s1", answers[t][0], "s2", answers[t][1], "s3", answers[t][2], "s4", answers[t][3]));
            }
            Statements.Summary summary = Statements.summarise(m.snap());
            // s1: 5 4 4 2 (+1 ved ikke) → counts [0,1,0,2,1], agree 3/4, disagree 1/4, mean 15/4 = 3.75,
            //     deviations 1.25 .25 .25 -1.75 → squares 4.75 / 4 = 1.1875 → dissent √1.1875
            StatementResult s1 = summary.of("s1");
            assertEquals(List.of(0, 1, 0, 2, 1), s1.counts());
            assertEquals(1, s1.dontKnow());
            assertEquals(4, s1.answered());
            assertEquals(0.75, s1.shareAgreeing(), EPS);
            assertEquals(0.25, s1.shareDisagreeing(), EPS);
            assertEquals(3.75, s1.mean(), EPS);
            assertEquals(Math.sqrt(1.1875), s1.dissent(), EPS);
            // s2: all 3 → no agreement, mean 3, dissent 0
            StatementResult s2 = summary.of("s2");
            assertEquals(List.of(0, 0, 5, 0, 0), s2.counts());
            assertEquals(0, s2.shareAgreeing(), EPS);
            assertEquals(0, s2.shareDisagreeing(), EPS);
            assertEquals(0, s2.dissent(), EPS);
            // s3: 5 5 4 1 1 → agree 3/5, mean 16/5 = 3.2, squares 3.24+3.24+.64+4.84+4.84 = 16.8 / 5 = 3.36
            StatementResult s3 = summary.of("s3");
            assertEquals(0.6, s3.shareAgreeing(), EPS);
            assertEquals(3.2, s3.mean(), EPS);
            assertEquals(Math.sqrt(3.36), s3.dissent(), EPS);
            // s4: 4 4 4 1 (+1 ved ikke) → agree 3/4 like s1, mean 13/4 = 3.25 < 3.75 → after s1
            StatementResult s4 = summary.of("s4");
            assertEquals(0.75, s4.shareAgreeing(), EPS);
            assertEquals(3.25, s4.mean(), EPS);
            assertEquals(
                    List.of("s1", "s4", "s3", "s2"),
                    summary.ordered().stream().map(StatementResult::statementId).toList());
            assertEquals(
                    List.of(1, 2, 3, 4),
                    summary.ordered().stream().map(StatementResult::rank).toList());
            assertEquals(
                    List.of("s1", "s4", "s3"),
                    summary.most().stream().map(StatementResult::statementId).toList());
            assertEquals(
                    List.of("s2"),
                    summary.least().stream().map(StatementResult::statementId).toList());
        }
    }

    @Test
    void theSeedShapeFourMostAndOneLeast() {
        try (TestMeeting m = TestMeeting.builtIn()) {
            m.open(Phase.ENQUETE);
            m.enquete(
                    "bord-1",
                    m.itemIds(),
                    Map.of(
                            "kapacitet",
                            5,
                            "inddragelse",
                            5,
                            "taettere-2021",
                            4,
                            "kvalitet",
                            4,
                            "egen-tilbudsvifte",
                            2));
            Statements.Summary summary = Statements.summarise(m.snap());
            assertEquals(4, summary.most().size());
            assertEquals("egen-tilbudsvifte", summary.least().get(0).statementId());
            // A statement no one agreed with is never among those with the most agreement.
            m.enquete("bord-2", m.itemIds(), 1);
            m.enquete("bord-3", m.itemIds(), 1);
            m.enquete("bord-4", m.itemIds(), 1);
            m.enquete("bord-1", m.itemIds(), 2);
            Statements.Summary none = Statements.summarise(m.snap());
            assertEquals(List.of(), none.most(), "no statement at 0 % is called the most agreed");
            assertEquals(1, none.least().size());
            assertEquals(List.of(0, 1, 0, 0, 0), summary.least().get(0).counts());
        }
    }

    @Test
    void statementsWithoutAnswersComeLastWithoutNumbers() {
        try (TestMeeting m = TestMeeting.builtIn()) {
            Statements.Summary summary = Statements.summarise(m.snap());
            assertEquals(5, summary.ordered().size());
            summary.ordered().forEach(r -> {
                assertEquals(0, r.answered());
                assertTrue(Double.isNaN(r.mean()));
            });
            assertEquals("kapacitet", summary.ordered().get(0).statementId());
        }
    }
}
