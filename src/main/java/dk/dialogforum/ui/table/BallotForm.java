package dk.dialogforum.ui.table;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.net.Wire;
import dk.dialogforum.ui.kit.Choices;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.RankingEditor;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import static dk.dialogforum.ui.table.TableLabels.label;

/**
 * A ballot: the ranking of the challenges and, in the enquete, an answer per statement; reviewed in words
 * before it is sent. With a ballot per participant, the laptop then offers a clean ballot to the next.
 */
final class BallotForm implements TablePhase {
    private final I18n i18n;
    private final Workshop w;
    private final boolean enquete;
    private final Entries entries;
    /** Starts a clean ballot for the next participant. */
    private final Runnable next;

    private final boolean individual;
    private final VBox box = new VBox(14);
    private final RankingEditor editor;
    private final Map<String, ChoiceBox<Integer>> answers = new LinkedHashMap<>();
    private final VBox form = new VBox(14);
    /** Review, then submit: the ballot as it will be sent, with "send" and "change". */
    private final VBox check = new VBox(10);

    private Label count;

    BallotForm(I18n i18n, Workshop w, boolean enquete, Entries entries, Runnable next) {
        this.i18n = i18n;
        this.w = w;
        this.enquete = enquete;
        this.entries = entries;
        this.next = next;
        this.individual = w.voting().mode() == Workshop.VotingMode.INDIVIDUAL;
        // Each ballot starts from an order of its own, never the workshop's (often the last meeting's result),
        // so a table that leaves the list as it is does not vote for that order.
        this.editor = new RankingEditor(i18n, RankingEditor.shuffled(w.ranking().items(), new Random()));
        build();
    }

    @Override
    public Node node() {
        return box;
    }

    private void build() {
        Label hint = label(i18n.t("table.ranking.hint"), "muted");
        hint.setId("rankingHint");
        form.getChildren()
                .addAll(
                        label(
                                w.ranking().question() == null
                                        ? w.ranking().title()
                                        : w.ranking().question(),
                                "muted"),
                        hint,
                        editor);
        if (enquete) {
            int n = 0;
            for (Workshop.Statement st : w.enquete().statements()) {
                ChoiceBox<Integer> choice = Choices.scaleAnswer(w.enquete().scale(), "tableAnswer-" + st.id());
                answers.put(st.id(), choice);
                form.getChildren().add(new VBox(6, label((++n) + ". " + st.text(), "label"), choice));
            }
        }
        Button review = new Button(i18n.t("table.reviewBallot"));
        review.setId("tableSend");
        review.getStyleClass().add("accent");
        review.setDefaultButton(true);
        form.getChildren().add(review);
        check.setVisible(false);
        check.setManaged(false);
        review.setOnAction(e -> review());
        box.getChildren().addAll(form, check);
        if (individual) {
            count = label("", "muted");
            count.setId("ballotCount");
            box.getChildren().add(0, count);
        }
    }

    private void review() {
        check.getChildren().setAll(reviewOf(editor.ranking()));
        Button confirm = new Button(i18n.t("table.review.confirm"));
        confirm.setId("tableConfirm");
        confirm.getStyleClass().add("accent");
        confirm.setDefaultButton(true);
        Button back = new Button(i18n.t("table.review.back"));
        back.setId("tableBack");
        back.setCancelButton(true);
        check.getChildren().add(new HBox(12, confirm, back));
        showReview(true);
        back.setOnAction(b -> showReview(false));
        confirm.setOnAction(c -> {
            confirm.setDisable(true);
            back.setDisable(true);
            entries.send(
                    ballotCommand(),
                    () -> {
                        showReview(false);
                        if (individual) {
                            // The laptop goes round the table: a clean ballot for the next participant.
                            entries.say(i18n.t("table.ballots.next"));
                            next.run();
                        } else {
                            // The table may still change its mind: the next ballot replaces this one.
                            entries.say(i18n.t("table.savedMayChange"));
                        }
                    },
                    () -> {
                        confirm.setDisable(false);
                        back.setDisable(false);
                    });
        });
    }

    @Override
    public void update(Wire.State state) {
        if (count != null) {
            count.setText(i18n.t("table.ballots.individual", state.ballots()));
        }
    }

    private void showReview(boolean review) {
        form.setVisible(!review);
        form.setManaged(!review);
        check.setVisible(review);
        check.setManaged(review);
    }

    private Command ballotCommand() {
        String id = Entries.newId();
        String ballotId = individual ? id : null;
        if (!enquete) {
            return new Command.SubmitRankingBallot(id, entries.tableId(), ballotId, editor.ranking());
        }
        Map<String, Integer> given = new LinkedHashMap<>();
        answers.forEach((k, v) -> {
            if (v.getValue() != null) {
                given.put(k, v.getValue());
            }
        });
        return new Command.SubmitEnqueteBallot(id, entries.tableId(), ballotId, editor.ranking(), given);
    }

    /** The ballot in words: the ranking in order, and each statement with its answer or "not answered". */
    private List<Node> reviewOf(List<String> ranking) {
        List<Node> lines = new ArrayList<>();
        lines.add(label(i18n.t("table.review.title"), "card-title"));
        lines.add(label(i18n.t("table.review.ranking"), "label"));
        for (int i = 0; i < ranking.size(); i++) {
            String itemId = ranking.get(i);
            String title = w.item(itemId).map(Workshop.RankItem::title).orElse(itemId);
            Label l = label((i + 1) + ". " + title, "review-line");
            l.setId("review-rank-" + (i + 1));
            lines.add(l);
        }
        if (!answers.isEmpty()) {
            lines.add(label(i18n.t("table.review.statements"), "label"));
            int n = 0;
            for (Workshop.Statement st : w.enquete().statements()) {
                ChoiceBox<Integer> choice = answers.get(st.id());
                Integer v = choice == null ? null : choice.getValue();
                String answer = v == null
                        ? i18n.t("table.review.unanswered")
                        : choice.getConverter().toString(v);
                Label a = label(answer, v == null ? "review-missing" : "review-answer");
                a.setId("review-answer-" + st.id());
                lines.add(new VBox(2, label((++n) + ". " + st.text(), "review-line"), a));
            }
        }
        return lines;
    }
}
