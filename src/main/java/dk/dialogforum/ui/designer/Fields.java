package dk.dialogforum.ui.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.dialogforum.ui.kit.GrowingArea;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.TextDirection;
import dk.dialogforum.workshop.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The designer's fields, each bound to a place in the draft's tree: typing changes the draft, and the reader's
 * message about that place shows under the field. Built anew with the page; {@link #sync} brings the fields up to
 * a draft changed elsewhere (an id that follows its title) and shows the problems of the latest check.
 */
final class Fields {
    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final I18n i18n;
    private final Draft draft;
    /** Each field's control by its pointer, to sync its text and give it the focus. */
    private final Map<String, Control> controls = new LinkedHashMap<>();
    /** The labels that show problems, by the reader's path they show. */
    private final Map<String, List<Label>> messages = new HashMap<>();

    private final List<Runnable> syncs = new ArrayList<>();
    private boolean syncing;

    Fields(I18n i18n, Draft draft) {
        this.i18n = i18n;
        this.draft = draft;
    }

    I18n i18n() {
        return i18n;
    }

    Draft draft() {
        return draft;
    }

    /** A line of text; empty, an optional text is left out of the file, a required one is said to be empty. */
    Node line(String labelKey, String pointer, boolean required) {
        return text(new TextField(), labelKey, pointer, required, Follow.NOTHING);
    }

    /** The most rows a text area grows to with its text; a longer text scrolls in it. */
    static final int ROWS_AT_MOST = 10;

    Node area(String labelKey, String pointer, boolean required) {
        return text(GrowingArea.of(2, ROWS_AT_MOST), labelKey, pointer, required, Follow.NOTHING);
    }

    /** What changes with a field's text, in the same undo step: told the tree with the new text, and the text before. */
    interface Follow {
        Follow NOTHING = (tree, before) -> {};

        void apply(ObjectNode tree, String before);
    }

    /** A text field at {@code pointer}; {@code also} changes what follows from its text (an id from its title). */
    Node text(TextInputControl input, String labelKey, String pointer, boolean required, Follow also) {
        input.setText(draft.text(pointer));
        TextDirection.follow(input);
        input.textProperty().addListener((o, was, now) -> {
            if (!syncing) {
                draft.type(
                        pointer, now.isEmpty() && !required ? null : new TextNode(now), tree -> also.apply(tree, was));
            }
        });
        syncs.add(() -> {
            String value = draft.text(pointer);
            if (!input.getText().equals(value)) {
                setKeepingPlace(input, value);
            }
        });
        return field(input, labelKey, pointer);
    }

    /**
     * Shows {@code value} (an undo or redo) in {@code input} with the caret where the change was, at its end, so
     * typing goes on there: set anew, a field put its caret at the start, and the next letter typed went there.
     */
    static void setKeepingPlace(TextInputControl input, String value) {
        int caret = place(input.getText(), input.getCaretPosition(), value);
        input.setText(value);
        input.positionCaret(caret);
    }

    /**
     * Where the caret goes in {@code now}, a text that was {@code before} with the caret at {@code caret}: where it
     * was if the text is the same, else at the end of what changed (what the two end alike with stays after it).
     */
    static int place(String before, int caret, String now) {
        if (before.equals(now)) {
            return Math.min(caret, now.length());
        }
        int sameEnd = 0;
        int most = Math.min(before.length(), now.length());
        while (sameEnd < most
                && before.charAt(before.length() - 1 - sameEnd) == now.charAt(now.length() - 1 - sameEnd)) {
            sameEnd++;
        }
        return now.length() - sameEnd;
    }

    /**
     * A whole number: digits are written as a number, anything else as the text typed, which the reader then names
     * as the wrong kind of value; empty leaves it out (the format's default).
     */
    Node number(String labelKey, String pointer) {
        TextField input = new TextField(draft.text(pointer));
        input.setPrefColumnCount(6);
        input.setMaxWidth(160);
        input.textProperty().addListener((o, was, now) -> {
            if (syncing) {
                return;
            }
            String t = now.strip();
            JsonNode value = t.isEmpty()
                    ? null
                    : t.matches("-?\\d{1,9}") ? IntNode.valueOf(Integer.parseInt(t)) : new TextNode(now);
            draft.type(pointer, value, tree -> {});
        });
        syncs.add(() -> {
            String value = draft.text(pointer);
            if (!input.getText().strip().equals(value)) {
                setKeepingPlace(input, value);
            }
        });
        return field(input, labelKey, pointer);
    }

    Node check(String labelKey, String pointer) {
        CheckBox box = new CheckBox(i18n.t(labelKey));
        box.setSelected(draft.at(pointer).asBoolean(false));
        box.selectedProperty()
                .addListener((o, was, now) -> draft.change(tree -> Draft.put(tree, pointer, BooleanNode.valueOf(now))));
        register(box, pointer);
        return box;
    }

    /** {@code control} under its label, with the reader's message about {@code pointer} under it. */
    Node field(Control control, String labelKey, String pointer) {
        return field(control, labelKey, pointer, control);
    }

    /** {@code shown} (which holds {@code control}) under the control's label, with the reader's message under it. */
    Node field(Control control, String labelKey, String pointer, Node shown) {
        Label label = new Label(i18n.t(labelKey));
        label.setLabelFor(control);
        label.getStyleClass().add("designer-label");
        register(control, pointer);
        VBox box = new VBox(4, label, shown, message(Draft.path(pointer), control));
        box.getStyleClass().add("designer-field");
        return box;
    }

    /** A heading within a page. */
    Label subheading(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("designer-subheading");
        return l;
    }

    /** A small flat button of one sign (↑ ↓ ✕), which says what it does to a screen reader and on hover. */
    Button sign(String glyph, String key, String id, boolean enabled, Runnable action) {
        Button b = new Button(glyph);
        b.getStyleClass().add("flat");
        b.setId(id);
        b.setAccessibleText(i18n.t(key));
        b.setTooltip(new Tooltip(i18n.t(key)));
        b.setDisable(!enabled);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Runs {@code update} whenever the fields are brought up to the draft. */
    void onSync(Runnable update) {
        syncs.add(update);
    }

    void register(Control control, String pointer) {
        control.setId("design" + pointer.replace('/', '-'));
        control.setUserData(pointer);
        controls.put(pointer, control);
    }

    /** The label that says what is wrong at the reader's {@code path}, marking {@code control} (if any) wrong too. */
    Label message(String path, Control control) {
        Label label = new Label();
        label.getStyleClass().add("feedback-error");
        label.setWrapText(true);
        label.setManaged(false);
        label.setVisible(false);
        label.setUserData(control);
        label.setId("problem" + path.replaceAll("[$.\\[\\]]+", "-"));
        messages.computeIfAbsent(path, p -> new ArrayList<>()).add(label);
        return label;
    }

    /** Brings every field up to the draft and shows the problems of its latest check where they belong. */
    void sync() {
        syncing = true;
        try {
            syncs.forEach(Runnable::run);
        } finally {
            syncing = false;
        }
        Draft.Checked checked = draft.checked();
        messages.forEach((path, labels) -> {
            String said =
                    checked.at(path).stream().map(p -> Where.what(i18n, p)).collect(Collectors.joining("\n"));
            for (Label label : labels) {
                label.setText(said);
                label.setVisible(!said.isEmpty());
                label.setManaged(!said.isEmpty());
                if (label.getUserData() instanceof Control c) {
                    c.pseudoClassStateChanged(WRONG, !said.isEmpty());
                    c.setAccessibleHelp(said.isEmpty() ? null : said);
                }
            }
        });
    }

    /** Whether some field shows the problems at {@code problem}'s path. */
    boolean shows(Problem problem) {
        return messages.containsKey(problem.path());
    }

    /** Gives the focus to the field at {@code pointer}, or the nearest field above it in the tree; whether one had it. */
    /**
     * Puts the focus in the field at {@code pointer}, its caret placed as {@link #place} says from the same field's
     * {@code before} text and caret (a part made anew after an undo: typing goes on where the change was).
     */
    void focus(String pointer, String before, int caret) {
        if (focus(pointer) && controls.get(pointer) instanceof TextInputControl input && before != null) {
            input.positionCaret(place(before, caret, input.getText()));
        }
    }

    boolean focus(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            String at = p;
            Control c = controls.entrySet().stream()
                    .filter(e -> e.getKey().equals(at) || e.getKey().startsWith(at + "/"))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (c != null) {
                c.requestFocus();
                return true;
            }
        }
        return false;
    }
}
