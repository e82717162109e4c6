package dk.dialogforum.ui.table;

import dk.dialogforum.net.Wire;

import javafx.scene.Node;

/**
 * The table laptop's screen for one phase, in the shape of the console's panels and the projector's slides:
 * built when the phase opens, then told each state the host sends the table.
 */
interface TablePhase {
    Node node();

    void update(Wire.State state);
}
