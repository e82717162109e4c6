package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.RankingResult;
import dk.dialogforum.results.Rankings;
import dk.dialogforum.results.StatementResult;
import dk.dialogforum.results.Statements;
import dk.dialogforum.ui.kit.FittingColumn;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * The enquete: before the reveal only how many tables have answered; after it, the challenges in
 * prioritised order with their Borda bars and the statements as diverging bars, most agreement first —
 * or, on the facilitator's request, the full distribution of one statement.
 */
public final class EnqueteSlide implements Slide {
    private static final double BAR_MAX = 960;
    private static final double DIVERGING_HALF = 290;

    private final I18n i18n;
    private final Workshop w;
    private final Presentation presentation;
    private final BorderPane root = new BorderPane();
    private final WaitingPanel waiting;
    private Snapshot last;

    EnqueteSlide(I18n i18n, Workshop w, Presentation presentation) {
        this.i18n = i18n;
        this.w = w;
        this.presentation = presentation;
        this.waiting = new WaitingPanel(i18n, w);
        root.getStyleClass().add("slide");
        presentation.distributionProperty().addListener((o, was, now) -> {
            // a new view of the result: start from the top
            if (last != null) {
                update(last);
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void update(Snapshot s) {
        last = s;
        Snapshot.PhaseStatus st = s.phase(Phase.ENQUETE);
        if (!st.revealed()) {
            root.setTop(SlideParts.heading(i18n.t("phase.enquete"), i18n.t("audience.enquete.title")));
            waiting.show(
                    s.enqueteBallots().stream().map(Snapshot.Ballot::tableId).collect(Collectors.toSet()),
                    s.enqueteBallots().size(),
                    st,
                    false);
            root.setCenter(waiting);
            return;
        }
        Statements.Summary summary = Statements.summarise(s);
        String chosen = presentation.distributionProperty().get();
        Node body;
        String title;
        if (chosen != null && w.statement(chosen).isPresent()) {
            body = distribution(summary.of(chosen));
            title = i18n.t("audience.distribution.title", summary.of(chosen).number());
        } else if (Presentation.STATEMENTS.equals(chosen)) {
            body = statements(summary);
            title = i18n.t("audience.enquete.statements");
        } else {
            RankingResult ranking = Rankings.enquete(s);
            body = challenges(ranking);
            title = i18n.t("audience.enquete.challenges", w.ranking().title());
        }
        root.setTop(SlideParts.heading(
                i18n.t("audience.enquete.kicker", s.enqueteBallots().size()), title));
        BorderPane.setMargin(body, new Insets(28, 0, 0, 0));
        root.setCenter(body);
    }

    private Node challenges(RankingResult r) {
        List<Node> titleRows = new ArrayList<>();
        List<Label> descriptions = new ArrayList<>();
        VBox box = new VBox(22) {
            /** Each challenge with its description if all fit so; else every challenge without one. */
            @Override
            protected void layoutChildren() {
                double w = getWidth();
                double needed = 0;
                for (int k = 0; k < titleRows.size(); k++) {
                    Label d = descriptions.get(k);
                    needed += titleRows.get(k).prefHeight(w) + CHALLENGE_GAP + (d == null ? 0 : 4 + d.prefHeight(w));
                }
                boolean shown = needed <= getHeight() + 0.5;
                for (Label d : descriptions) {
                    if (d != null && d.isManaged() != shown) {
                        d.setManaged(shown);
                        d.setVisible(shown);
                    }
                }
                super.layoutChildren();
            }
        };
        box.setMinHeight(0);
        FittingColumn column = new FittingColumn(CHALLENGE_GAP, n -> i18n.t("audience.more.items", n));
        VBox.setVgrow(column, Priority.ALWAYS);
        List<Node> rows = new ArrayList<>();
        int max = Math.max(1, r.maxBorda());
        for (RankingResult.ItemScore score : r.order()) {
            Label rank = SlideParts.label(score.position() + ".", "rank-number");
            rank.setMinWidth(48);
            Label title = SlideParts.label(score.title(), "slide-body", "strong");
            title.setMinWidth(480);
            title.setMaxWidth(480);
            Region bar = new Region();
            bar.getStyleClass().add("borda-bar");
            bar.setPrefSize(Math.max(4, BAR_MAX * score.borda() / max), 34);
            bar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            bar.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            Label points = SlideParts.label(i18n.t("audience.points", score.borda()), "slide-small");
            points.setMinWidth(Region.USE_PREF_SIZE);
            Node titleRow = SlideParts.row(20, rank, title, bar, points);
            VBox row = new VBox(4, titleRow);
            Label description = w.item(score.itemId())
                    .map(Workshop.RankItem::description)
                    .map(d -> {
                        Label l = SlideParts.label(d, "slide-small", "slide-description");
                        l.setPadding(new Insets(0, 0, 0, 76));
                        row.getChildren().add(l);
                        return l;
                    })
                    .orElse(null);
            titleRows.add(titleRow);
            descriptions.add(description);
            rows.add(row);
        }
        column.setEntries(rows);
        box.getChildren().add(column);
        return box;
    }

    private static final double CHALLENGE_GAP = 20;

    private Node statements(Statements.Summary summary) {
        VBox box = new VBox(14);
        FittingColumn column = new FittingColumn(20, n -> i18n.t("audience.more.statements", n));
        VBox.setVgrow(column, Priority.ALWAYS);
        List<Node> rows = new ArrayList<>();
        for (StatementResult r : summary.ordered()) {
            Label text = SlideParts.label(r.number() + ". " + r.text(), "slide-statement");
            Label share = SlideParts.label(
                    r.answered() == 0 ? "–" : i18n.t("audience.agree", r.shareAgreeing()), "slide-small");
            share.setMinWidth(Region.USE_PREF_SIZE);
            text.setMaxWidth(960);
            text.setMinWidth(960);
            rows.add(SlideParts.row(36, text, divergingBar(r), share));
        }
        column.setEntries(rows);
        box.getChildren().addAll(column, legend());
        return box;
    }

    /** Disagreement to the left of the centre line, agreement to the right; the middle step is split. */
    private Node divergingBar(StatementResult r) {
        int n = w.enquete().scale().size();
        HBox left = new HBox();
        left.setAlignment(Pos.CENTER_RIGHT);
        HBox right = new HBox();
        right.setAlignment(Pos.CENTER_LEFT);
        left.setPrefWidth(DIVERGING_HALF);
        right.setPrefWidth(DIVERGING_HALF);
        double total = Math.max(1, r.answered());
        for (int v = 1; v <= n; v++) {
            double share = r.counts().get(v - 1) / total;
            String colour = SlideParts.css(SlideParts.scaleColour(v, n));
            if (2 * v < n + 1) {
                left.getChildren().add(segment(share * DIVERGING_HALF, colour));
            } else if (2 * v > n + 1) {
                right.getChildren().add(segment(share * DIVERGING_HALF, colour));
            } else {
                left.getChildren().add(segment(share * DIVERGING_HALF / 2, colour));
                right.getChildren().add(0, segment(share * DIVERGING_HALF / 2, colour));
            }
        }
        Region axis = new Region();
        axis.getStyleClass().add("diverging-axis");
        axis.setPrefSize(3, 34);
        HBox bar = new HBox(left, axis, right);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private static Region segment(double width, String colour) {
        Region r = new Region();
        r.setPrefSize(width, 30);
        r.setMinSize(width, 30);
        r.setMaxSize(width, 30);
        r.setStyle("-fx-background-color: " + colour + ";");
        return r;
    }

    private Node legend() {
        HBox legend = new HBox(20);
        List<String> steps = w.enquete().scale().steps();
        for (int v = 1; v <= steps.size(); v++) {
            Region swatch = segment(22, SlideParts.css(SlideParts.scaleColour(v, steps.size())));
            swatch.setPrefHeight(22);
            swatch.setMinHeight(22);
            Label l = SlideParts.label(steps.get(v - 1), "slide-legend");
            l.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(SlideParts.row(6, swatch, l));
        }
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    /** Seed 000's "Fordeling spørgsmål 5": how many gave each answer, as columns. */
    private Node distribution(StatementResult r) {
        VBox box = new VBox(24);
        box.setPadding(new Insets(24, 0, 0, 0));
        box.getChildren().add(SlideParts.label(r.text(), "slide-lead"));
        List<String> steps = w.enquete().scale().steps();
        int max = Math.max(
                1, r.counts().stream().mapToInt(Integer::intValue).max().orElse(1));
        max = Math.max(max, r.dontKnow());
        HBox columns = new HBox(36);
        columns.setAlignment(Pos.BOTTOM_CENTER);
        // The bars take the height a long statement leaves them, up to 420 px.
        columns.setMinHeight(0);
        DoubleBinding room = Bindings.createDoubleBinding(
                () -> Math.max(40, Math.min(420, columns.getHeight() - COLUMN_LABELS)), columns.heightProperty());
        for (int v = 1; v <= steps.size(); v++) {
            columns.getChildren()
                    .add(column(
                            steps.get(v - 1),
                            r.counts().get(v - 1),
                            max,
                            SlideParts.css(SlideParts.scaleColour(v, steps.size())),
                            room));
        }
        if (w.enquete().scale().allowsDontKnow()) {
            columns.getChildren().add(column(w.enquete().scale().dontKnow(), r.dontKnow(), max, "#9E9E9E", room));
        }
        VBox.setVgrow(columns, Priority.ALWAYS);
        box.getChildren().add(columns);
        String summary = r.answered() == 0
                ? i18n.t("audience.distribution.none")
                : i18n.t("audience.distribution.summary", r.shareAgreeing(), r.mean(), r.answered());
        box.getChildren().add(SlideParts.label(summary, "slide-body"));
        return box;
    }

    /** Room under and over a distribution's bars: the count above (about 50 px), the step's name below (84 px), the gaps. */
    private static final double COLUMN_LABELS = 150;

    private static Node column(String label, int count, int max, String colour, ObservableDoubleValue room) {
        Region bar = segment(120, colour);
        DoubleBinding h = Bindings.createDoubleBinding(() -> Math.max(4, room.get() * count / max), room);
        bar.prefHeightProperty().bind(h);
        bar.minHeightProperty().bind(h);
        bar.maxHeightProperty().bind(h);
        Label value = SlideParts.label(String.valueOf(count), "slide-body", "strong");
        Label name = SlideParts.label(label, "slide-legend");
        name.setMaxWidth(200);
        name.setMinHeight(84);
        name.setPrefHeight(84);
        name.setAlignment(Pos.CENTER);
        name.setTextAlignment(TextAlignment.CENTER);
        VBox col = new VBox(8, value, new StackPane(bar), name);
        col.setAlignment(Pos.BOTTOM_CENTER);
        col.setPrefWidth(200);
        return col;
    }
}
