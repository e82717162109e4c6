package dk.dialogforum.ui.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.workshop.Problem;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The workshop being designed, held as the file's own JSON tree, so what the designer shows, checks and saves is
 * what a workshop file says. Every change is checked by the file's reader ({@link WorkshopLoader}): one rule set,
 * and its messages at the fields. Changes can be undone and redone; typing into one field is one step.
 */
final class Draft {
    /** How many steps back undo reaches. */
    static final int UNDO_DEPTH = 200;

    /** What the reader makes of the tree now: the workshop, or what is wrong with it, by the reader's path. */
    record Checked(Workshop workshop, List<Problem> problems) {
        boolean valid() {
            return workshop != null;
        }

        /** The problems at {@code path} exactly ({@code $.ranking.items[2].title}). */
        List<Problem> at(String path) {
            return problems.stream().filter(p -> p.path().equals(path)).toList();
        }
    }

    private ObjectNode tree;
    private final String name;
    private final Deque<ObjectNode> undo = new ArrayDeque<>();
    private final Deque<ObjectNode> redo = new ArrayDeque<>();
    /** The field typed into last: more typing there is the same undo step. */
    private String typing;

    private Checked checked;
    private final List<Consumer<Boolean>> listeners = new ArrayList<>();

    /** A draft of {@code tree}, checked as if it were the file {@code name}. */
    Draft(ObjectNode tree, String name) {
        this.tree = tree;
        this.name = name;
        this.checked = check();
    }

    String name() {
        return name;
    }

    /** The tree as it stands; read it, change it only through this draft. */
    ObjectNode tree() {
        return tree;
    }

    Checked checked() {
        return checked;
    }

    /**
     * Tells {@code listener} of every change, after it has been checked: {@code true} when the tree's shape may
     * have changed (a list, an undo) and what shows it must be built again, {@code false} for a field's new text.
     */
    void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    JsonNode at(String pointer) {
        return tree.at(pointer);
    }

    /** The text at {@code pointer}: a number as its digits, nothing as "". */
    String text(String pointer) {
        JsonNode n = tree.at(pointer);
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        return n.isTextual() ? n.textValue() : n.toString();
    }

    /**
     * Sets the value at {@code pointer} (null removes it) as typing: further typing in the same field joins this
     * undo step. {@code also} changes what follows from it (an id that follows its title) in the same step.
     */
    void type(String pointer, JsonNode value, Consumer<ObjectNode> also) {
        if (!pointer.equals(typing)) {
            remember();
        }
        typing = pointer;
        put(tree, pointer, value);
        also.accept(tree);
        redo.clear();
        changed(false);
    }

    /** A change of shape (add, remove, move, a choice): its own undo step, and the view is built again. */
    void change(Consumer<ObjectNode> change) {
        remember();
        typing = null;
        change.accept(tree);
        redo.clear();
        changed(true);
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void undo() {
        if (undo.isEmpty()) {
            return;
        }
        redo.push(tree.deepCopy());
        tree = undo.pop();
        typing = null;
        changed(true);
    }

    void redo() {
        if (redo.isEmpty()) {
            return;
        }
        undo.push(tree.deepCopy());
        tree = redo.pop();
        typing = null;
        changed(true);
    }

    private void remember() {
        undo.push(tree.deepCopy());
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
    }

    private void changed(boolean shape) {
        checked = check();
        listeners.forEach(l -> l.accept(shape));
    }

    private Checked check() {
        try {
            return new Checked(WorkshopLoader.parse(tree.deepCopy(), name), List.of());
        } catch (WorkshopException e) {
            return new Checked(null, e.problems());
        }
    }

    /** Sets {@code value} at {@code pointer} in {@code root}, making the objects on the way; null removes it. */
    static void put(ObjectNode root, String pointer, JsonNode value) {
        String[] steps = pointer.substring(1).split("/");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            if (parent instanceof ArrayNode a) {
                parent = a.get(Integer.parseInt(steps[i]));
            } else {
                ObjectNode o = (ObjectNode) parent;
                JsonNode next = o.get(steps[i]);
                parent = next != null && next.isContainerNode() ? next : o.putObject(steps[i]);
            }
        }
        String last = steps[steps.length - 1];
        if (parent instanceof ArrayNode a) {
            if (value == null) {
                a.remove(Integer.parseInt(last));
            } else {
                a.set(Integer.parseInt(last), value);
            }
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** A JSON pointer ({@code /ranking/items/2/title}) as the reader's path ({@code $.ranking.items[2].title}). */
    static String path(String pointer) {
        StringBuilder b = new StringBuilder("$");
        for (String step : pointer.substring(1).split("/")) {
            if (step.matches("\\d+")) {
                b.append('[').append(step).append(']');
            } else if (!step.isEmpty()) {
                b.append('.').append(step);
            }
        }
        return b.toString();
    }

    /** The reader's path ({@code $.ranking.items[2].title}) as a JSON pointer ({@code /ranking/items/2/title}). */
    static String pointer(String path) {
        return path.substring(1).replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }
}
