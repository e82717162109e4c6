package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Cards;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.StatementResult;
import dk.dialogforum.results.Statements;
import dk.dialogforum.ui.kit.FittingColumn;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** Every result at a glance: the two rankings with movement, the statements, and what each card produced. */
public final class SummarySlide implements Slide {
    private final I18n i18n;
    private final Workshop w;
    private final BorderPane root = new BorderPane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            SlideParts.compactIfCrowded(this, sections);
        }
    };
    private final List<FittingColumn> sections = new ArrayList<>();

    SummarySlide(I18n i18n, Workshop w) {
        this.i18n = i18n;
        this.w = w;
        root.getStyleClass().add("slide");
        root.setTop(SlideParts.heading(i18n.t("phase.summary"), w.meeting().title()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void update(Snapshot s) {
        sections.clear();
        Rows grid = new Rows();
        grid.setHgap(56);
        grid.setVgap(28);
        grid.setPadding(new Insets(28, 0, 0, 0));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            grid.getRowConstraints().add(new RowConstraints());
        }
        RankingResult enquete = Rankings.enquete(s);
        RankingResult live = Rankings.live(s);
        grid.add(ranking(i18n.t("audience.summary.enquete", enquete.ballots()), enquete, Map.of()), 0, 0);
        grid.add(
                ranking(i18n.t("audience.summary.live", live.ballots()), live, Rankings.movement(enquete, live)), 1, 0);
        grid.add(statements(Statements.summarise(s)), 0, 1);
        grid.add(cards(s), 1, 1);
        root.setCenter(grid);
    }

    private Node ranking(String title, RankingResult r, Map<String, Integer> moves) {
        List<Node> rows = new ArrayList<>();
        for (RankingResult.ItemScore score : r.order()) {
            Integer m = moves.get(score.itemId());
            String move = m == null || m == 0 ? "" : m > 0 ? "  ↑" + m : "  ↓" + (-m);
            rows.add(SlideParts.label(
                    score.position() + ". " + score.title() + "  ·  " + i18n.t("audience.points", score.borda()) + move,
                    "slide-body"));
        }
        return section(title, rows, "audience.more.items");
    }

    /**
     * Every statement with its text, from most to least agreement: ▲ by those with the most, ▼ by those with
     * the least (ties marked alike), and, when all agree alike, that said instead of arrows.
     */
    private Node statements(Statements.Summary summary) {
        List<Node> rows = new ArrayList<>();
        List<StatementResult> answered =
                summary.ordered().stream().filter(r -> r.answered() > 0).toList();
        if (answered.isEmpty()) {
            rows.add(SlideParts.label(i18n.t("audience.summary.noAnswers"), "slide-muted"));
            return section(i18n.t("audience.summary.statements"), rows, "audience.more.statements");
        }
        double most = answered.get(0).shareAgreeing();
        double least = answered.get(answered.size() - 1).shareAgreeing();
        boolean alike = answered.size() > 1 && most == least;
        if (alike) {
            rows.add(SlideParts.label(i18n.t("audience.summary.alike"), "slide-muted"));
        }
        for (StatementResult r : answered) {
            String mark = alike || answered.size() == 1
                    ? ""
                    : r.shareAgreeing() == most ? "▲ " : r.shareAgreeing() == least ? "▼ " : "";
            // One line each, the text cut with "…" where the column ends: every statement is on the wall, and
            // the beginning of its text says which it was.
            Label line = SlideParts.label(
                    mark + i18n.t("audience.summary.statement", r.number(), r.shareAgreeing(), r.text()),
                    "slide-small");
            line.setWrapText(false);
            line.setTextOverrun(OverrunStyle.ELLIPSIS);
            line.setEllipsisString("…");
            line.getStyleClass().add(SlideParts.CLAMPED);
            // Its whole text is wider than any column: the column's width is the line's.
            line.setMinWidth(0);
            line.setPrefWidth(1);
            line.setMaxWidth(Double.MAX_VALUE);
            rows.add(line);
        }
        return section(i18n.t("audience.summary.statements"), rows, "audience.more.statements");
    }

    private Node cards(Snapshot s) {
        List<Node> rows = new ArrayList<>();
        for (Cards.CardResult c : Cards.all(s)) {
            String top = c.dotTally().isEmpty()
                    ? ""
                    : "\n★ " + c.dotTally().get(0).item().text();
            rows.add(SlideParts.label(
                    c.card().title() + ": " + i18n.t("audience.summary.items", c.count()) + top, "slide-small"));
        }
        return section(i18n.t("audience.summary.cards"), rows, "audience.more.items");
    }

    private Node section(String title, List<Node> rows, String moreKey) {
        FittingColumn column = new FittingColumn(10, n -> i18n.t(moreKey, n));
        column.setEntries(rows);
        sections.add(column);
        VBox.setVgrow(column, Priority.ALWAYS);
        VBox box = new VBox(12, SlideParts.label(title, "slide-section"), column);
        box.getStyleClass().add("summary-section");
        return box;
    }

    /**
     * The rankings above, the statements and cards below, the height shared by what each row would show whole:
     * five challenges are not cut to two for room the statements do not need. Neither row gets less than
     * {@link #LEAST_SHARE} of it, so a long list in one never squeezes the other to nothing (each column shows
     * what fits and counts the rest).
     */
    private static final class Rows extends GridPane {
        static final double LEAST_SHARE = 0.3;

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double column = (getWidth() - in.getLeft() - in.getRight() - getHgap()) / 2;
            double[] need = new double[2];
            for (Node n : getChildren()) {
                Integer row = GridPane.getRowIndex(n);
                int r = row == null ? 0 : row;
                need[r] = Math.max(need[r], n.prefHeight(column));
            }
            double top = need[0] + need[1] <= 0 ? 0.5 : need[0] / (need[0] + need[1]);
            double share = 100 * Math.max(LEAST_SHARE, Math.min(1 - LEAST_SHARE, top));
            // Set only when it moves, so a layout does not ask for another.
            if (Math.abs(getRowConstraints().get(0).getPercentHeight() - share) > 0.5) {
                getRowConstraints().get(0).setPercentHeight(share);
                getRowConstraints().get(1).setPercentHeight(100 - share);
            }
            super.layoutChildren();
        }
    }
}
