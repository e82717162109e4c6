package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;

import java.util.function.IntConsumer;
import javafx.scene.Node;

/** One phase as the projector shows it; kept while its phase is on screen and told of every new snapshot. */
public interface Slide {
    Node node();

    void update(Snapshot snapshot);

    /** Shows page {@code page} (from 0, modulo its pages) of a slide whose columns overflow. */
    default void showPage(int page) {}

    /** Tells {@code pages} how many pages the slide has, each time that changes. */
    default void onPages(IntConsumer pages) {}
}
