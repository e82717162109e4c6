package dk.dialogforum.ui.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.ui.kit.GrowingArea;
import dk.dialogforum.ui.kit.I18n;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list of the workshop (items, statements, cards, fields, tables, scale steps) as rows: each row its fields,
 * moved by dragging its handle, by its ↑ ↓ buttons or by Alt+↑/↓ in any of its fields, and removed by ✕; new rows
 * are added at the end. An element's id follows its title (a new element's made-up id, and an id made from its
 * title) until it is typed into, so a facilitator never has to think of ids but can see and change them.
 */
final class ListEditor {
    enum Kind {
        LINE,
        AREA,
        CHECK,
        ID
    }

    /** A field of each row: its name in the element (null for a list of plain texts), its label, its kind. */
    record Column(String name, String labelKey, Kind kind, boolean required) {}

    /** Extra content of a row, made from the row's pointer (a table's colour and chip). */
    interface Extra {
        Node make(String rowPointer);
    }

    private final Fields fields;
    private final String pointer;
    private final String nounKey;
    private final int max;
    private final List<Column> columns;
    private final Function<String, JsonNode> newElement;
    private final String idPrefix;
    private Extra extra;

    /**
     * The list at {@code pointer}; {@code nounKey} names one element ("Tilføj {0}"); new elements are made by
     * {@code newElement} from a free id starting with {@code idPrefix}.
     */
    ListEditor(
            Fields fields,
            String pointer,
            String nounKey,
            int max,
            List<Column> columns,
            String idPrefix,
            Function<String, JsonNode> newElement) {
        this.fields = fields;
        this.pointer = pointer;
        this.nounKey = nounKey;
        this.max = max;
        this.columns = List.copyOf(columns);
        this.idPrefix = idPrefix;
        this.newElement = newElement;
    }

    ListEditor extra(Extra more) {
        this.extra = more;
        return this;
    }

    private I18n i18n() {
        return fields.i18n();
    }

    private Draft draft() {
        return fields.draft();
    }

    private ArrayNode list(ObjectNode tree) {
        JsonNode n = tree.at(pointer);
        if (n.isArray()) {
            return (ArrayNode) n;
        }
        ArrayNode fresh = tree.arrayNode();
        Draft.put(tree, pointer, fresh);
        return fresh;
    }

    Node build() {
        VBox box = new VBox(10);
        box.getStyleClass().add("designer-list");
        box.getChildren().add(fields.message(Draft.path(pointer), null));
        JsonNode n = draft().at(pointer);
        int size = n.isArray() ? n.size() : 0;
        List<HBox> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            HBox row = row(i, size, rows);
            rows.add(row);
            box.getChildren().add(row);
        }
        String noun = i18n().t(nounKey);
        Button add = new Button(i18n().t("designer.add", noun));
        add.setId("add" + pointer.replace('/', '-'));
        add.setDisable(size >= max);
        add.setOnAction(e -> {
            String row = pointer + "/" + size;
            draft().change(tree -> {
                ArrayNode list = list(tree);
                list.add(newElement.apply(newId(list, idPrefix)));
            });
            fields.focus(row);
        });
        Label most = new Label(size >= max ? i18n().t("designer.atMost", max, noun) : "");
        most.getStyleClass().add("muted");
        HBox foot = new HBox(12, add, most);
        foot.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(foot);
        return box;
    }

    private HBox row(int i, int size, List<HBox> rows) {
        String at = pointer + "/" + i;
        Label handle = new Label("≡");
        handle.getStyleClass().add("designer-handle");
        handle.setCursor(Cursor.MOVE);
        handle.setId("handle" + at.replace('/', '-'));
        Tooltip.install(handle, new Tooltip(i18n().t("designer.drag")));
        Label number = new Label((i + 1) + ".");
        number.getStyleClass().add("designer-number");
        VBox left = new VBox(6, handle, number);
        left.setAlignment(Pos.TOP_CENTER);
        // The texts one under the other across the row; the id, choices and colour side by side under them.
        VBox cells = new VBox(8);
        cells.getStyleClass().add("designer-cells");
        FlowPane minor = new FlowPane(24, 8);
        for (Column c : columns) {
            boolean wide = c.kind() == Kind.LINE || c.kind() == Kind.AREA;
            (wide ? cells.getChildren() : minor.getChildren()).add(cell(at, c));
        }
        if (extra != null) {
            minor.getChildren().add(extra.make(at));
        }
        if (!minor.getChildren().isEmpty()) {
            cells.getChildren().add(minor);
        }
        HBox.setHgrow(cells, Priority.ALWAYS);
        Button up = fields.sign("↑", "designer.up", "up" + at.replace('/', '-'), i > 0, () -> move(i, i - 1));
        Button down =
                fields.sign("↓", "designer.down", "down" + at.replace('/', '-'), i < size - 1, () -> move(i, i + 1));
        Button remove = fields.sign("✕", "designer.remove", "remove" + at.replace('/', '-'), true, () -> {
            draft().change(tree -> list(tree).remove(i));
            fields.focus(pointer + "/" + Math.max(0, i - 1));
        });
        VBox buttons = new VBox(4, up, down, remove);
        HBox row = new HBox(12, left, cells, buttons);
        row.getStyleClass().add("designer-row");
        row.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int to = e.getCode() == KeyCode.UP ? i - 1 : i + 1;
                if (to >= 0 && to < size) {
                    String focused = focusedPointer(row);
                    move(i, to);
                    if (focused != null) {
                        fields.focus(pointer + "/" + to + focused.substring(at.length()));
                    }
                }
                e.consume();
            }
        });
        dragging(handle, row, i, rows);
        return row;
    }

    private static String focusedPointer(Node row) {
        Node f = row.getScene() == null ? null : row.getScene().getFocusOwner();
        return f != null && f.getUserData() instanceof String p ? p : null;
    }

    private Node cell(String at, Column c) {
        String p = c.name() == null ? at : at + "/" + c.name();
        return switch (c.kind()) {
            case LINE ->
                c.name() != null && c.name().equals("title")
                        ? fields.text(new TextField(), c.labelKey(), p, true, followId(at, c.name()))
                        : fields.line(c.labelKey(), p, c.required());
            case AREA -> {
                TextArea area = GrowingArea.of(2, Fields.ROWS_AT_MOST);
                area.setPrefColumnCount(40);
                yield fields.text(area, c.labelKey(), p, c.required(), followId(at, c.name()));
            }
            case CHECK -> fields.check(c.labelKey(), p);
            case ID -> {
                TextField id = new TextField();
                id.setPrefColumnCount(14);
                id.getStyleClass().add("designer-id");
                yield fields.text(id, c.labelKey(), p, true, Fields.Follow.NOTHING);
            }
        };
    }

    /** The row's id follows its {@code name} (title, or a statement's text) while the id is still made from it. */
    private Fields.Follow followId(String at, String name) {
        boolean hasId = columns.stream().anyMatch(c -> c.kind() == Kind.ID);
        if (!hasId || name == null || (!name.equals("title") && !name.equals("text"))) {
            return Fields.Follow.NOTHING;
        }
        return (tree, before) -> {
            String id = tree.at(at + "/id").asText("");
            String now = tree.at(at + "/" + name).asText("");
            String base = slug(before).isEmpty() ? idPrefix : slug(before);
            if (id.equals(base) || Pattern.matches(Pattern.quote(base) + "-\\d+", id)) {
                ArrayNode list = list(tree);
                int index = Integer.parseInt(at.substring(at.lastIndexOf('/') + 1));
                // An emptied title leaves the id as it was.
                if (!slug(now).isEmpty()) {
                    ((ObjectNode) list.get(index)).put("id", freeId(list, slug(now), index));
                }
            }
        };
    }

    private void move(int from, int to) {
        draft().change(tree -> {
            ArrayNode list = list(tree);
            JsonNode moved = list.remove(from);
            list.insert(to, moved);
        });
    }

    /** The handle drags its row: the row follows the pointer, and lands where it is let go. */
    private void dragging(Label handle, HBox row, int i, List<HBox> rows) {
        double[] start = new double[1];
        handle.setOnMousePressed(e -> {
            start[0] = e.getSceneY();
            row.getStyleClass().add("dragging");
            // Drawn over the rows it passes.
            row.setViewOrder(-1);
            e.consume();
        });
        handle.setOnMouseDragged(e -> {
            row.setTranslateY(e.getSceneY() - start[0]);
            e.consume();
        });
        handle.setOnMouseReleased(e -> {
            row.setTranslateY(0);
            row.setViewOrder(0);
            row.getStyleClass().remove("dragging");
            int to = i;
            for (int k = 0; k < rows.size(); k++) {
                var b = rows.get(k).localToScene(rows.get(k).getBoundsInLocal());
                if (e.getSceneY() >= b.getMinY() && e.getSceneY() <= b.getMaxY()) {
                    to = k;
                }
            }
            if (!rows.isEmpty()) {
                var first = rows.get(0).localToScene(rows.get(0).getBoundsInLocal());
                var last = rows.get(rows.size() - 1)
                        .localToScene(rows.get(rows.size() - 1).getBoundsInLocal());
                to = e.getSceneY() < first.getMinY() ? 0 : e.getSceneY() > last.getMaxY() ? rows.size() - 1 : to;
            }
            if (to != i) {
                move(i, to);
            }
            e.consume();
        });
    }

    /** An id made from {@code title}: lower case a–z and digits joined by "-", Danish letters spelt out. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 34) {
            s = s.substring(0, 34).replaceAll("-+$", "");
        }
        return s;
    }

    /** {@code wanted}, or {@code wanted-2}, {@code -3} …: the first that no element of {@code list} but {@code self} has. */
    static String freeId(ArrayNode list, String wanted, int self) {
        Set<String> taken = ids(list, self);
        if (!taken.contains(wanted)) {
            return wanted;
        }
        for (int n = 2; ; n++) {
            if (!taken.contains(wanted + "-" + n)) {
                return wanted + "-" + n;
            }
        }
    }

    /** An id for an element added to {@code list}: {@code prefix-n}, n its place or the first after it that is free. */
    static String newId(ArrayNode list, String prefix) {
        Set<String> taken = ids(list, -1);
        for (int n = list.size() + 1; ; n++) {
            if (!taken.contains(prefix + "-" + n)) {
                return prefix + "-" + n;
            }
        }
    }

    private static Set<String> ids(ArrayNode list, int self) {
        Set<String> taken = new HashSet<>();
        for (int k = 0; k < list.size(); k++) {
            if (k != self) {
                taken.add(list.get(k).path("id").asText(""));
            }
        }
        return taken;
    }
}
