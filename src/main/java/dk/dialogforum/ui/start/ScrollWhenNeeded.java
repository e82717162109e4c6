package dk.dialogforum.ui.start;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The start screen's content, put in a scroll pane only once it does not fit the window (many
 * unfinished or recent meetings, a small window): most starts show a screen that fits, and a scroll
 * pane is among the dearest controls to show for the first time.
 */
final class ScrollWhenNeeded extends StackPane {
    private final VBox content;
    private boolean scrolling;

    ScrollWhenNeeded(VBox content) {
        this.content = content;
        getStyleClass().add("start-screen");
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        if (!scrolling && content.prefHeight(getWidth()) > getHeight() && getHeight() > 0) {
            scrolling = true;
            ScrollPane scroll = new ScrollPane();
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("start-screen");
            getChildren().setAll(scroll);
            scroll.setContent(content);
        }
        super.layoutChildren();
    }
}
