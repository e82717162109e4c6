package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.ui.kit.Choices;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.MeasuredLabel;
import dk.dialogforum.ui.kit.RankingEditor;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The enquete in the console: who has answered, which distribution the projector shows, and a ballot entered for a table. */
public final class EnquetePanel implements PhasePanel {
    private final VBox box = new VBox(14);
    private final VBox participation = new VBox();
    private final PanelKit kit;
    private final Presentation presentation;
    private final boolean ranking;

    /** {@code ranking}: the live ranking (a ranking only); otherwise the enquete (ranking and statements). */
    EnquetePanel(PanelKit kit, Presentation presentation, boolean ranking) {
        this.kit = kit;
        this.presentation = presentation;
        this.ranking = ranking;
        build();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void update(Snapshot s) {
        participation
                .getChildren()
                .setAll(ParticipationList.of(kit.i18n(), s, ranking ? s.rankingBallots() : s.enqueteBallots()));
    }

    private void build() {
        I18n i18n = kit.i18n();
        Workshop w = kit.workshop();
        box.getChildren().add(participation);
        if (!ranking) {
            List<String> options = new ArrayList<>();
            options.add(Presentation.CHALLENGES);
            options.add(Presentation.STATEMENTS);
            w.enquete().statements().forEach(st -> options.add(st.id()));
            ChoiceBox<String> show = kit.choice(
                    options,
                    id -> Presentation.CHALLENGES.equals(id)
                            ? i18n.t(
                                    "console.distribution.challenges",
                                    w.ranking().title())
                            : Presentation.STATEMENTS.equals(id)
                                    ? i18n.t("console.distribution.overview")
                                    : i18n.t(
                                            "console.distribution.statement",
                                            w.enquete()
                                                            .statements()
                                                            .indexOf(w.statement(id)
                                                                    .orElseThrow())
                                                    + 1,
                                            w.statement(id).orElseThrow().text()),
                    "distributionChoice");
            show.setValue(presentation.distributionProperty().get());
            show.valueProperty()
                    .addListener(
                            (o, was, now) -> presentation.distributionProperty().set(now));
            presentation.distributionProperty().addListener((o, was, now) -> show.setValue(now));
            show.setMaxWidth(560);
            box.getChildren().add(new VBox(6, new Label(i18n.t("console.distribution")), show));
        }
        box.getChildren().add(onBehalf());
    }

    private Node onBehalf() {
        I18n i18n = kit.i18n();
        Workshop w = kit.workshop();
        ChoiceBox<Workshop.TableDef> table = kit.tableChoice();
        RankingEditor editor = new RankingEditor(i18n, w.ranking().items(), false);
        Label rankingHelp = new MeasuredLabel(i18n.t("console.onBehalf.ranking"));
        rankingHelp.setWrapText(true);
        VBox form = new VBox(10, new Label(i18n.t("console.onBehalf.table")), table, rankingHelp, editor);
        Map<String, ChoiceBox<Integer>> answers = new LinkedHashMap<>();
        if (!ranking) {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(8);
            int row = 0;
            for (Workshop.Statement st : w.enquete().statements()) {
                Label text = new MeasuredLabel((row + 1) + ". " + st.text());
                text.setWrapText(true);
                text.setMaxWidth(520);
                ChoiceBox<Integer> answer = Choices.scaleAnswer(w.enquete().scale(), "answer-" + st.id());
                answers.put(st.id(), answer);
                grid.addRow(row++, text, answer);
            }
            form.getChildren().addAll(new Label(i18n.t("console.onBehalf.answers")), grid);
        }
        Button submit = new Button(i18n.t("console.onBehalf.submit"));
        submit.setId("submitBallot");
        submit.getStyleClass().add("accent");
        submit.setOnAction(e -> {
            String tableId = table.getValue().id();
            String ballotId = w.voting().mode() == Workshop.VotingMode.INDIVIDUAL ? FxMeeting.newId() : null;
            Command c;
            if (ranking) {
                c = new Command.SubmitRankingBallot(FxMeeting.newId(), tableId, ballotId, editor.ranking());
            } else {
                Map<String, Integer> given = new LinkedHashMap<>();
                answers.forEach((id, box) -> {
                    if (box.getValue() != null) {
                        given.put(id, box.getValue());
                    }
                });
                c = new Command.SubmitEnqueteBallot(FxMeeting.newId(), tableId, ballotId, editor.ranking(), given);
            }
            kit.send(c, () -> answers.values().forEach(b -> b.setValue(null)));
        });
        form.getChildren().addAll(submit, kit.feedback());
        form.setPadding(new Insets(8));
        TitledPane pane = kit.onBehalf(i18n.t("console.onBehalf.title"), form);
        pane.setExpanded(false);
        return pane;
    }
}
