package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Snapshot;

import javafx.scene.Node;

/** The console's controls for one phase: built once when the phase is selected, updated with each snapshot. */
public interface PhasePanel {
    Node node();

    void update(Snapshot snapshot);
}
