package dk.dialogforum.ui.kit;

import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Puts the items in order: drag an item to its place, or select it and move it with the buttons or with
 * Alt+↑ / Alt+↓, so no mouse is needed. On a table's ballot each item shows its description under its title.
 */
public final class RankingEditor extends VBox {
    private final ObservableList<Workshop.RankItem> order = FXCollections.observableArrayList();
    private final ListView<Workshop.RankItem> list = new ListView<>(order);

    /** {@code described}: each item shows its description under its title (a table's ballot). */
    public RankingEditor(I18n i18n, List<Workshop.RankItem> items, boolean described) {
        super(8);
        order.setAll(items);
        list.setId("rankingList");
        list.setPrefHeight(Math.min(SHOWN, items.size()) * ROW + 8);
        list.setCellFactory(l -> cell(described));
        list.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int i = list.getSelectionModel().getSelectedIndex();
                move(i, e.getCode() == KeyCode.UP ? i - 1 : i + 1);
                e.consume();
            }
        });
        Button up = new Button(i18n.t("ranking.up"));
        up.setId("rankUp");
        up.setOnAction(e -> moveSelected(-1));
        Button down = new Button(i18n.t("ranking.down"));
        down.setId("rankDown");
        down.setOnAction(e -> moveSelected(1));
        getChildren().addAll(list, new HBox(8, up, down));
    }

    /** A row to drag, its title and, on a table's ballot, its description under it. */
    private WrappingCell<Workshop.RankItem> cell(boolean described) {
        return new WrappingCell<>() {
            /** The item's description under its title, as the projector shows it. */
            private final Label description = new Label();

            {
                description.getStyleClass().addAll("muted", "ranking-description");
                description.setWrapText(true);
                description.setMinHeight(Region.USE_PREF_SIZE);
                description.prefWidthProperty().bind(list.widthProperty().subtract(48));
                setContentDisplay(ContentDisplay.BOTTOM);
                setAlignment(Pos.CENTER_LEFT);
                setGraphicTextGap(2);
                heightProperty().addListener((o, was, now) -> measured(getIndex(), now.doubleValue()));
                setOnDragDetected(e -> {
                    if (getItem() != null) {
                        var db = startDragAndDrop(TransferMode.MOVE);
                        ClipboardContent c = new ClipboardContent();
                        c.putString(String.valueOf(getIndex()));
                        db.setContent(c);
                        e.consume();
                    }
                });
                setOnDragOver(e -> {
                    if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                        e.acceptTransferModes(TransferMode.MOVE);
                    }
                    e.consume();
                });
                setOnDragDropped(e -> {
                    int from = Integer.parseInt(e.getDragboard().getString());
                    int to = getItem() == null ? order.size() - 1 : getIndex();
                    move(from, to);
                    e.setDropCompleted(true);
                    e.consume();
                });
            }

            @Override
            protected void updateItem(Workshop.RankItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.title());
                boolean shown = described && !empty && item != null && item.description() != null;
                description.setText(shown ? item.description() : null);
                setGraphic(shown ? description : null);
                measured(getIndex(), getHeight());
            }
        };
    }

    /** Up to this many challenges are shown without scrolling. */
    private static final int SHOWN = 12;
    /** A row's height before it is measured: one line of text. */
    private static final double ROW = 37;

    private final Map<Integer, Double> rowHeights = new HashMap<>();

    /**
     * Makes the list as tall as its rows, so every challenge shows without scrolling (up to {@link #SHOWN}):
     * a long challenge wraps to more lines, and its row is measured once laid out.
     */
    private void measured(int index, double height) {
        int rows = Math.min(SHOWN, order.size());
        if (index < 0 || index >= rows || height <= 0) {
            return;
        }
        rowHeights.put(index, height);
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            sum += rowHeights.getOrDefault(i, ROW);
        }
        double want =
                Math.ceil(sum + list.getInsets().getTop() + list.getInsets().getBottom() + 2);
        if (Math.abs(list.getPrefHeight() - want) > 1) {
            list.setPrefHeight(want);
        }
    }

    private void moveSelected(int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        move(i, i + delta);
    }

    /** Moves the item at {@code from} to {@code to}, keeping it selected. */
    public void move(int from, int to) {
        if (from < 0 || from >= order.size() || to < 0 || to >= order.size() || from == to) {
            return;
        }
        Workshop.RankItem item = order.remove(from);
        order.add(to, item);
        list.getSelectionModel().select(to);
        list.refresh();
    }

    /**
     * {@code items} in a random order that is never the order given (when there are two or more): the order a
     * workshop lists them in, often the last meeting's result, is no one's ballot unless they put it so.
     */
    public static List<Workshop.RankItem> shuffled(List<Workshop.RankItem> items, Random random) {
        List<Workshop.RankItem> out = new ArrayList<>(items);
        if (out.size() < 2) {
            return out;
        }
        Collections.shuffle(out, random);
        if (out.equals(items)) {
            Collections.rotate(out, 1);
        }
        return out;
    }

    public List<String> ranking() {
        return order.stream().map(Workshop.RankItem::id).toList();
    }

    public ListView<Workshop.RankItem> list() {
        return list;
    }
}
