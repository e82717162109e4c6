package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The live ranking: a bar per challenge that slides to its new place as ballots arrive, with its
 * movement against the enquete ranking, said to be that. Until the facilitator reveals it, only the count
 * of tables in, unless the workshop shows it from the first ballot. Every item is on screen (the format
 * allows 12): rows share the height, and a title too long for its row is cut with "…". Rows are opaque
 * and a rising row passes over a falling one, so text never prints over text while they move.
 */
public final class RankingSlide implements Slide {
    private static final double WIDTH = 1792;
    private static final double BAR_MAX = 900;
    private static final Duration MOVE = Duration.millis(600);

    private final I18n i18n;
    private final Workshop w;
    private final BorderPane root = new BorderPane();
    private final WaitingPanel waiting;
    private final Pane chart = new Pane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (naturalRowHeight == 0 && getScene() != null) {
                measureRows();
            }
            fitRows(getHeight());
        }
    };
    /** Each challenge's place in the ranking now, from 1. */
    private final Map<String, Integer> positions = new HashMap<>();

    private final Label ballots = new Label();
    /** Over the arrows: what they compare with. */
    private final Label movementHeader = new Label();

    private final Map<String, Row> rows = new HashMap<>();
    /** The height the rows are drawn apart at: the tallest title's, or the chart's share when less. */
    private double rowHeight;

    /** The height the tallest row needs for its whole title; measured when first laid out in a scene. */
    private double naturalRowHeight;

    private final double baseRowHeight;

    private final class Row {
        final HBox box;
        final Label rank = SlideParts.label("", "rank-number");
        final Region bar = new Region();
        final Label points = new Label();
        final Label movement = SlideParts.label("", "movement");
        final Label title;

        Row(Workshop.RankItem item) {
            rank.setMinWidth(56);
            title = SlideParts.label(item.title(), "slide-body", "strong", SlideParts.CLAMPED);
            title.setEllipsisString("…");
            title.setMinWidth(520);
            title.setMaxWidth(520);
            title.setMinHeight(0);
            // "10 point" on one line, whatever the width.
            points.getStyleClass().add("slide-small");
            points.setMinWidth(Region.USE_PREF_SIZE);
            bar.getStyleClass().add("borda-bar");
            bar.setMinHeight(30);
            bar.setMaxHeight(30);
            movement.setMinWidth(110);
            box = SlideParts.row(20, rank, title, bar, points, SlideParts.grow(), movement);
            box.setPrefWidth(WIDTH);
            box.getStyleClass().add("ranking-row");
            box.setId("ranking-" + item.id());
        }
    }

    RankingSlide(I18n i18n, Workshop w) {
        this.i18n = i18n;
        this.w = w;
        this.waiting = new WaitingPanel(i18n, w);
        this.baseRowHeight = Math.min(120, 760.0 / w.ranking().items().size());
        root.getStyleClass().add("slide");
        root.setTop(SlideParts.heading(i18n.t("phase.ranking"), w.ranking().title()));
        for (Workshop.RankItem item : w.ranking().items()) {
            Row row = new Row(item);
            rows.put(item.id(), row);
            chart.getChildren().add(row.box);
        }
        chart.setPrefHeight(baseRowHeight * w.ranking().items().size());
        chart.setMinHeight(0);
        VBox.setVgrow(chart, Priority.ALWAYS);
        ballots.getStyleClass().add("slide-muted");
        movementHeader.getStyleClass().add("slide-muted");
        movementHeader.setText(i18n.t("audience.ranking.movement"));
        movementHeader.setMinWidth(Region.USE_PREF_SIZE);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void update(Snapshot s) {
        Snapshot.PhaseStatus st = s.phase(Phase.RANKING);
        boolean live = w.voting().liveFromFirstBallot() && !s.rankingBallots().isEmpty();
        if (!st.revealed() && !live) {
            waiting.show(
                    s.rankingBallots().stream().map(Snapshot.Ballot::tableId).collect(Collectors.toSet()),
                    s.rankingBallots().size(),
                    st,
                    w.voting().liveFromFirstBallot());
            root.setCenter(waiting);
            return;
        }
        RankingResult result = Rankings.live(s);
        Map<String, Integer> moves = Rankings.movement(Rankings.enquete(s), result);
        movementHeader.setVisible(!moves.isEmpty());
        int max = Math.max(1, result.maxBorda());
        boolean first = root.getCenter() != chartBox();
        root.setCenter(chartBox());
        Timeline timeline = new Timeline();
        for (RankingResult.ItemScore score : result.order()) {
            Row row = rows.get(score.itemId());
            Integer was = positions.get(score.itemId());
            if (was != null && score.position() < was) {
                // A rising row passes over the falling ones: only its own text shows where they cross.
                row.box.toFront();
            }
            row.rank.setText(score.position() + ".");
            row.points.setText(i18n.t("audience.points", score.borda()));
            Integer move = moves.get(score.itemId());
            row.movement.setText(move == null ? "" : move > 0 ? "↑" + move : move < 0 ? "↓" + (-move) : "=");
            row.movement.getStyleClass().removeAll("movement-up", "movement-down");
            if (move != null && move != 0) {
                row.movement.getStyleClass().add(move > 0 ? "movement-up" : "movement-down");
            }
            positions.put(score.itemId(), score.position());
            double y = (score.position() - 1) * rowHeight;
            double width = Math.max(6, BAR_MAX * score.borda() / max);
            if (rowHeight == 0) {
                // Placed when the chart is first laid out and its rows can be measured.
                row.bar.setPrefWidth(width);
            } else if (first) {
                row.box.setLayoutY(y);
                row.bar.setPrefWidth(width);
            } else {
                timeline.getKeyFrames()
                        .add(new KeyFrame(
                                MOVE,
                                new KeyValue(row.box.layoutYProperty(), y, Interpolator.EASE_BOTH),
                                new KeyValue(row.bar.prefWidthProperty(), width, Interpolator.EASE_BOTH)));
            }
        }
        ballots.setText(i18n.t(
                "audience.ranking.ballots",
                result.ballots(),
                s.phase(Phase.RANKING).open() ? i18n.t("audience.ranking.live") : i18n.t("audience.ranking.frozen")));
        timeline.play();
        chart.requestLayout();
    }

    private VBox chartBox;

    private VBox chartBox() {
        if (chartBox == null) {
            HBox top = SlideParts.row(20, ballots, SlideParts.grow(), movementHeader);
            chartBox = new VBox(20, top, chart);
            chartBox.setPadding(new Insets(28, 0, 0, 0));
            chartBox.setMinHeight(0);
        }
        return chartBox;
    }

    /**
     * Every row on the chart: drawn as far apart as the tallest title needs, or, when that is more than
     * the chart holds, at an equal share of its height, each title cut to its row.
     */
    private void fitRows(double height) {
        if (naturalRowHeight <= 0 || height <= 0) {
            return;
        }
        double share = Math.floor(height / rows.size());
        double next = Math.min(naturalRowHeight, Math.max(share, 40));
        if (next != rowHeight) {
            rowHeight = next;
            rows.values().forEach(r -> r.title.setMaxHeight(rowHeight - 8));
            positions.forEach((id, position) -> rows.get(id).box.setLayoutY((position - 1) * rowHeight));
        }
    }

    /** Long titles wrap: the height the tallest needs, measured at the first layout in a scene. */
    private void measureRows() {
        double tallest = rows.values().stream()
                .mapToDouble(r -> r.box.prefHeight(WIDTH))
                .max()
                .orElse(0);
        naturalRowHeight = Math.max(baseRowHeight, tallest + 12);
        chart.setPrefHeight(naturalRowHeight * rows.size());
    }
}
