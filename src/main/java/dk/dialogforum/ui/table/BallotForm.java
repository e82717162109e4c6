package dk.dialogforum.ui.table;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.net.Wire;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.RankingEditor;
import dk.dialogforum.ui.kit.Segmented;
import dk.dialogforum.workshop.Workshop;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import static dk.dialogforum.ui.table.TableLabels.label;

/**
 * A ballot: the ranking of the challenges and, in the enquete, an answer per statement (one click each);
 * reviewed in words before it is sent, and once the host holds it, shown as a receipt the table can change.
 * With a ballot per participant, the laptop then offers a clean ballot to the next.
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
    private final Map<String, Segmented<Integer>> answers = new LinkedHashMap<>();
    private final VBox form = new VBox(14);
    /** Review, then submit: the ballot as it will be sent, with "send" and "change". */
    private final VBox check = new VBox(10);
    /** What the host holds of this table's ballot, after it was sent: the receipt. */
    private final VBox receipt = new VBox(10);

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
        this.editor = new RankingEditor(i18n, RankingEditor.shuffled(w.ranking().items(), new Random()), true);
        build();
    }

    @Override
    public Node node() {
        return box;
    }

    private void build() {
        Label hint = label(i18n.tFor(individual, "table.ranking.hint"), "muted");
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
            Workshop.Scale scale = w.enquete().scale();
            List<Integer> values = new ArrayList<>();
            for (int v = 1; v <= scale.size(); v++) {
                values.add(v);
            }
            if (scale.allowsDontKnow()) {
                values.add(0);
            }
            for (Workshop.Statement st : w.enquete().statements()) {
                Segmented<Integer> choice = new Segmented<>(values, this::answerName, "tableAnswer-" + st.id(), true);
                answers.put(st.id(), choice);
                form.getChildren().add(new VBox(6, label((++n) + ". " + st.text(), "label"), choice));
            }
        }
        Button review = new Button(i18n.tFor(individual, "table.reviewBallot"));
        review.setId("tableSend");
        review.getStyleClass().add("accent");
        review.setDefaultButton(true);
        form.getChildren().add(review);
        review.setOnAction(e -> review());
        receipt.setId("tableReceipt");
        box.getChildren().addAll(form, check, receipt);
        show(form);
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
        show(check);
        back.setOnAction(b -> show(form));
        confirm.setOnAction(c -> {
            confirm.setDisable(true);
            back.setDisable(true);
            entries.send(
                    ballotCommand(),
                    () -> {
                        if (individual) {
                            // The laptop goes round the table: a clean ballot for the next participant.
                            show(form);
                            entries.say(i18n.t("table.ballots.next"));
                            next.run();
                        } else {
                            // The table may still change its mind: the next ballot replaces this one.
                            showReceipt();
                            entries.say(i18n.tFor(individual, "table.savedMayChange"));
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

    /** Shows one of the form, its review and the receipt. */
    private void show(VBox part) {
        for (VBox b : List.of(form, check, receipt)) {
            b.setVisible(b == part);
            b.setManaged(b == part);
        }
    }

    /** The ballot the host holds now, in words, with the time it was saved; the table may change it. */
    private void showReceipt() {
        check.getChildren().clear();
        List<Node> lines = reviewOf(editor.ranking());
        lines.set(
                0,
                label(
                        i18n.tFor(
                                individual,
                                "table.receipt.title",
                                LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"))),
                        "card-title"));
        Button change = new Button(i18n.t("table.receipt.change"));
        change.setId("tableChange");
        change.setOnAction(e -> show(form));
        // Under the title, where a small screen shows it without scrolling.
        lines.add(1, change);
        receipt.getChildren().setAll(lines);
        show(receipt);
    }

    private String answerName(Integer v) {
        Workshop.Scale scale = w.enquete().scale();
        return v == 0 ? scale.dontKnow() : scale.steps().get(v - 1);
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
        lines.add(label(i18n.tFor(individual, "table.review.title"), "card-title"));
        lines.add(label(i18n.tFor(individual, "table.review.ranking"), "label"));
        for (int i = 0; i < ranking.size(); i++) {
            String itemId = ranking.get(i);
            String title = w.item(itemId).map(Workshop.RankItem::title).orElse(itemId);
            Label l = label((i + 1) + ". " + title, "review-line");
            l.setId("review-rank-" + (i + 1));
            lines.add(l);
        }
        if (!answers.isEmpty()) {
            lines.add(label(i18n.tFor(individual, "table.review.statements"), "label"));
            int n = 0;
            for (Workshop.Statement st : w.enquete().statements()) {
                Segmented<Integer> choice = answers.get(st.id());
                Integer v = choice == null ? null : choice.getValue();
                String answer = v == null ? i18n.t("table.review.unanswered") : answerName(v);
                Label a = label(answer, v == null ? "review-missing" : "review-answer");
                a.setId("review-answer-" + st.id());
                lines.add(new VBox(2, label((++n) + ". " + st.text(), "review-line"), a));
            }
        }
        return lines;
    }
}
