package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;

import javafx.scene.Node;

/** One phase as the projector shows it; kept while its phase is on screen and told of every new snapshot. */
public interface Slide {
    Node node();

    void update(Snapshot snapshot);
}
