package dk.dialogforum.ui.kit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a form that has just opened into view: a row that turns into an edit area near the bottom of a
 * scrolled page would otherwise put its save button below the fold, where the user does not see it.
 */
public final class Reveal {
    private Reveal() {}

    /**
     * After the next layout, scrolls {@code node}'s nearest scroll pane the least that shows all of it
     * (its top, if it is taller than the view).
     */
    public static void afterLayout(Node node) {
        Scene scene = node.getScene();
        if (scene == null) {
            return;
        }
        NextFrame.laidOut(scene, () -> now(node));
    }

    /** Scrolls {@code node}'s nearest scroll pane, as laid out now, the least that shows all of it. */
    static void now(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane pane && pane.getContent() != null) {
                Node content = pane.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double view = pane.getViewportBounds().getHeight();
                double range = content.getLayoutBounds().getHeight() - view;
                if (b == null || range <= 0 || view <= 0) {
                    return;
                }
                double span = pane.getVmax() - pane.getVmin();
                double top = (pane.getVvalue() - pane.getVmin()) / span * range;
                double wanted = top;
                if (b.getMaxY() > top + view) {
                    wanted = b.getMaxY() - view;
                }
                if (b.getMinY() < wanted) {
                    wanted = b.getMinY();
                }
                if (wanted != top) {
                    pane.setVvalue(pane.getVmin() + Math.max(0, Math.min(range, wanted)) / range * span);
                }
                return;
            }
        }
    }
}
