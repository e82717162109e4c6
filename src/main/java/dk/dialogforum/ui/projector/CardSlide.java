package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Cards;
import dk.dialogforum.ui.kit.FittingColumn;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A vision card: the card itself until the tables start writing, then one live column per worksheet
 * field, each item marked with its tables. In dot voting, the dot field's items by their dots.
 */
public final class CardSlide implements Slide {
    private final I18n i18n;
    private final Workshop w;
    private final Phase phase;
    private final Workshop.VisionCard card;
    private final BorderPane root = new BorderPane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getCenter() == columnsView && columnsView != null) {
                SlideParts.compactIfCrowded(this, columnNodes);
            }
        }
    };
    /** The live columns, built once and refilled on each update. */
    private HBox columnsView;

    private final List<Label> fieldHeaders = new ArrayList<>();
    private final List<LiveColumn> fieldColumns = new ArrayList<>();
    private final List<FittingColumn> columnNodes = new ArrayList<>();
    /** The dots phase: its lines and its one column, built once and refilled on each update. */
    private VBox dotsView;

    private FittingColumn dotsColumn;
    private Label dotsProgress;
    private Label dotsNothing;
    private int page;
    private IntConsumer pagesListener = n -> {};

    CardSlide(I18n i18n, Workshop w, Phase phase) {
        this.i18n = i18n;
        this.w = w;
        this.phase = phase;
        this.card = w.card(phase.cardId()).orElseThrow();
        root.getStyleClass().add("slide");
        String kicker = phase.kind() == Phase.Kind.DOTS
                ? i18n.t("audience.dots.kicker")
                : card.kicker() == null ? i18n.t("audience.card.kicker") : card.kicker();
        root.setTop(SlideParts.heading(kicker, card.title()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void showPage(int page) {
        this.page = page;
        columnNodes.forEach(c -> c.setPage(page));
        if (dotsColumn != null) {
            dotsColumn.setPage(page);
        }
    }

    @Override
    public void onPages(IntConsumer pages) {
        this.pagesListener = pages;
    }

    /** A column that turns its pages with the slide's, and tells the slide when its number of pages changes. */
    private FittingColumn pagedColumn(double gap) {
        FittingColumn column = new FittingColumn(gap, n -> i18n.t("audience.more.items", n));
        column.pageWith((at, of) -> i18n.t("audience.page", at, of));
        column.setPage(page);
        column.pagesProperty().addListener((o, was, now) -> pagesListener.accept(pages()));
        return column;
    }

    private int pages() {
        int most = 1;
        for (FittingColumn c : columnNodes) {
            most = Math.max(most, c.pagesProperty().get());
        }
        return dotsColumn == null
                ? most
                : Math.max(most, dotsColumn.pagesProperty().get());
    }

    @Override
    public void update(Snapshot s) {
        if (phase.kind() == Phase.Kind.DOTS) {
            Node dots = dots(s, Cards.card(s, card.id()));
            if (root.getCenter() != dots) {
                root.setCenter(dots);
            }
            return;
        }
        Cards.Latest latest = Cards.latest(s, card.id(), FittingColumn.PAGED_MAX_BUILT);
        if (latest.count() == 0) {
            root.setCenter(description(s));
        } else {
            Node columns = columns(latest);
            if (root.getCenter() != columns) {
                root.setCenter(columns);
            }
        }
    }

    private Node description(Snapshot s) {
        FittingColumn text = new FittingColumn(18, n -> "…");
        List<String> paragraphs = card.description() == null
                ? List.of()
                : Arrays.stream(card.description().split("\n\\s*\n"))
                        .map(String::strip)
                        .toList();
        VBox box = new VBox(24) {
            private Object fittedFor;

            /**
             * The description in whole paragraphs at the body size; if that is too long for the slide, at
             * 28 px; if still too long, under the slide's compact heading; and at last sentence by
             * sentence, as far as fits, so a long paragraph is never left out whole.
             */
            @Override
            protected void layoutChildren() {
                Object key = List.of(getWidth(), getHeight());
                if (!paragraphs.isEmpty() && !key.equals(fittedFor) && getWidth() > 0) {
                    fittedFor = key;
                    boolean compact = root.getPseudoClassStates().contains(SlideParts.COMPACT);
                    for (int level = 0; level < 3; level++) {
                        if (level == 2 && !compact) {
                            // More room under a smaller heading: the slide lays this box out again.
                            root.pseudoClassStateChanged(SlideParts.COMPACT, true);
                            break;
                        }
                        List<Label> entries = new ArrayList<>();
                        for (String p : paragraphs) {
                            for (String part : level < 2 ? List.of(p) : sentences(p)) {
                                Label l = SlideParts.label(part, "slide-body");
                                l.setStyle(level == 0 ? "" : "-fx-font-size: 28px;");
                                entries.add(l);
                            }
                        }
                        text.setEntries(entries);
                        applyCss();
                        double room = getHeight()
                                - snappedTopInset()
                                - snappedBottomInset()
                                - getSpacing()
                                - getChildren().get(1).prefHeight(getWidth());
                        if (text.prefHeight(getWidth()) <= room + 0.5) {
                            break;
                        }
                    }
                }
                super.layoutChildren();
            }
        };
        box.setPadding(new Insets(24, 0, 0, 0));
        box.setMinHeight(0);
        VBox.setVgrow(text, Priority.ALWAYS);
        box.getChildren().addAll(text, openOrNot(s));
        return box;
    }

    /** Whether the tables can write on the card now, and in which fields. */
    private Label openOrNot(Snapshot s) {
        String fields = String.join(
                " · ",
                w.fields().stream().map(Workshop.WorksheetField::shortTitle).toList());
        return SlideParts.label(
                s.phase(phase.id()).open() ? i18n.t("audience.card.open", fields) : i18n.t("audience.card.notOpen"),
                "slide-muted");
    }

    /** A paragraph's sentences, in the workshop's language. */
    private List<String> sentences(String paragraph) {
        BreakIterator it = BreakIterator.getSentenceInstance(i18n.locale());
        it.setText(paragraph);
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            pending.append(paragraph, start, end);
            // "2." or "f.eks." alone is no sentence to show on a line of its own.
            if (pending.toString().strip().length() >= 40) {
                out.add(pending.toString().strip());
                pending.setLength(0);
            }
        }
        if (!pending.toString().isBlank()) {
            out.add(pending.toString().strip());
        }
        return out;
    }

    private Node columns(Cards.Latest latest) {
        if (columnsView == null) {
            columnsView = new HBox(28);
            columnsView.setPadding(new Insets(28, 0, 0, 0));
            for (Workshop.WorksheetField f : w.fields()) {
                LiveColumn column = new LiveColumn(pagedColumn(14));
                VBox.setVgrow(column.column, Priority.ALWAYS);
                Label header = SlideParts.label("", "column-header");
                VBox box = new VBox(14, header, column.column);
                box.getStyleClass().add("field-column");
                box.setPrefWidth(1);
                HBox.setHgrow(box, Priority.ALWAYS);
                columnsView.getChildren().add(box);
                fieldHeaders.add(header);
                fieldColumns.add(column);
                columnNodes.add(column.column);
            }
        }
        for (int k = 0; k < w.fields().size(); k++) {
            Workshop.WorksheetField f = w.fields().get(k);
            fieldColumns.get(k).show(latest.first(f.id()), latest.count(f.id()));
            fieldHeaders.get(k).setText(f.shortTitle() + "  (" + latest.count(f.id()) + ")");
        }
        return columnsView;
    }

    /**
     * A live column whose item cards live as long as the slide: an item on screen keeps its card, and the
     * card of an item that dropped off shows the next new one. A new item then costs new text in a card
     * already styled, not a new node with its skin and CSS pass, however fast the tables write.
     */
    private final class LiveColumn {
        private final FittingColumn column;
        private final Map<String, ItemCard> byItem = new HashMap<>();
        private final ArrayDeque<ItemCard> idle = new ArrayDeque<>();

        LiveColumn(FittingColumn column) {
            this.column = column;
        }

        /** Shows {@code top}, the first of {@code all} entries. */
        void show(List<Cards.Entry> top, int all) {
            Set<String> ids = new HashSet<>();
            top.forEach(e -> ids.add(e.item().id()));
            for (var it = byItem.values().iterator(); it.hasNext(); ) {
                ItemCard card = it.next();
                if (!ids.contains(card.shown().item().id())) {
                    it.remove();
                    idle.add(card);
                }
            }
            List<Node> shown = new ArrayList<>(top.size());
            for (Cards.Entry e : top) {
                ItemCard card = byItem.get(e.item().id());
                if (card == null) {
                    card = idle.isEmpty() ? new ItemCard(w) : idle.pop();
                    byItem.put(e.item().id(), card);
                }
                card.show(e);
                shown.add(card);
            }
            column.show(shown, idle, all - top.size());
        }
    }

    private Node dots(Snapshot s, Cards.CardResult result) {
        String fields = PhaseNames.dotFields(i18n, w);
        if (dotsView == null) {
            dotsView = new VBox(16);
            dotsView.setPadding(new Insets(24, 0, 0, 0));
            dotsProgress = SlideParts.label("", "slide-muted");
            dotsNothing = SlideParts.label(i18n.t("audience.dots.nothing", fields), "slide-muted");
            dotsColumn = pagedColumn(14);
            VBox.setVgrow(dotsColumn, Priority.ALWAYS);
            // Which items take dots, said: a room whose tables wrote only in other fields sees why none are here.
            Label which = SlideParts.label(i18n.t("audience.dots.fields", fields), "slide-body");
            dotsView.getChildren().addAll(dotsProgress, which, dotsColumn, dotsNothing);
        }
        Map<String, Map<String, Integer>> byTable = s.dots().getOrDefault(card.id(), Map.of());
        long voted = byTable.values().stream().filter(m -> !m.isEmpty()).count();
        dotsProgress.setText(i18n.t(
                w.voting().mode() == Workshop.VotingMode.INDIVIDUAL
                        ? "audience.dots.progressIndividual"
                        : "audience.dots.progress",
                voted,
                w.tables().size(),
                w.voting().dotVotesPerTable()));
        List<Cards.Entry> entries = new ArrayList<>();
        for (Workshop.WorksheetField f : w.fields()) {
            if (f.dotVotes()) {
                entries.addAll(result.field(f.id()));
            }
        }
        entries.sort(Comparator.comparingInt(Cards.Entry::dots)
                .reversed()
                .thenComparingLong(e -> e.item().seq()));
        dotsColumn.setEntries(entries, e -> {
            Label dots = SlideParts.label(String.valueOf(e.dots()), "dot-count");
            dots.setMinWidth(90);
            ItemCard card = new ItemCard(w);
            card.show(e);
            HBox.setHgrow(card, Priority.ALWAYS);
            return SlideParts.row(20, dots, card);
        });
        dotsNothing.setVisible(entries.isEmpty());
        dotsNothing.setManaged(entries.isEmpty());
        return dotsView;
    }
}
