package dk.dialogforum.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;
import dk.dialogforum.workshop.WorkshopWriter;

import java.util.function.Consumer;

/** Workshops for tests: the built-in one, changed as a test needs. */
public final class TestWorkshops {
    private TestWorkshops() {}

    /** The built-in workshop's JSON tree, changed by {@code change}. */
    public static ObjectNode tree(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) WorkshopWriter.toTree(WorkshopLoader.builtIn());
        change.accept(root);
        return root;
    }

    public static Workshop workshop(Consumer<ObjectNode> change) {
        try {
            return WorkshopLoader.parse(tree(change).toString(), "test.json");
        } catch (WorkshopException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A workshop with {@code n} items to rank, ids i1..in. */
    public static Workshop withItems(int n) {
        return workshop(root -> setItems(root, n));
    }

    public static void setItems(ObjectNode root, int n) {
        ArrayNode items = ((ObjectNode) root.get("ranking")).putArray("items");
        for (int i = 1; i <= n; i++) {
            items.addObject().put("id", "i" + i).put("title", "Punkt " + i);
        }
    }

    public static void setStatements(ObjectNode root, int n) {
        ArrayNode st = ((ObjectNode) root.get("enquete")).putArray("statements");
        for (int i = 1; i <= n; i++) {
            st.addObject().put("id", "s" + i).put("text", "Udsagn " + i);
        }
    }

    public static void setCards(ObjectNode root, int n) {
        ArrayNode cards = root.putArray("cards");
        for (int i = 1; i <= n; i++) {
            cards.addObject().put("id", "k" + i).put("title", "Kort " + i);
        }
    }
}
