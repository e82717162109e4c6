package dk.dialogforum.ui;

import dk.dialogforum.meeting.Snapshot;
import javafx.scene.Node;

/** One phase as the projector shows it; kept while its phase is on screen and told of every new snapshot. */
interface Slide {
    Node node();

    void update(Snapshot snapshot);
}
