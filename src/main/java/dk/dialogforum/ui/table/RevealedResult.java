package dk.dialogforum.ui.table;

import dk.dialogforum.net.Wire;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

import static dk.dialogforum.ui.table.TableLabels.label;

/**
 * What the facilitator revealed on the projector, at the table too: the items in order with their points,
 * and after the enquete each statement's share agreeing. It follows the live ranking as ballots arrive.
 */
final class RevealedResult implements TablePhase {
    private final I18n i18n;
    private final Workshop w;
    private final VBox box = new VBox(10);
    private Wire.Revealed shown;

    RevealedResult(I18n i18n, Workshop w) {
        this.i18n = i18n;
        this.w = w;
        box.setId("tableResult");
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void update(Wire.State state) {
        Wire.Revealed r = state.revealed();
        if (r == null || r.equals(shown)) {
            return;
        }
        shown = r;
        box.getChildren().clear();
        box.getChildren().add(label(i18n.t("table.result.ballots", r.ballots()), "muted"));
        box.getChildren().add(label(w.ranking().title(), "console-section"));
        for (Wire.Place p : r.ranking()) {
            String title = w.item(p.itemId()).map(Workshop.RankItem::title).orElse(p.itemId());
            var line = label(i18n.t("table.result.place", p.position(), title, p.points()), "label");
            line.setId("result-place-" + p.position());
            box.getChildren().add(line);
        }
        if (r.phase().equals(Phase.ENQUETE) && !r.statements().isEmpty()) {
            box.getChildren().add(label(i18n.t("table.result.statements"), "console-section"));
            for (Wire.Agreement a : r.statements()) {
                String text = w.statement(a.statementId())
                        .map(Workshop.Statement::text)
                        .orElse(a.statementId());
                var line = label(i18n.t("table.result.agreement", a.agreeing(), text, a.answered()), "label");
                line.setId("result-statement-" + a.statementId());
                box.getChildren().add(line);
            }
        }
    }
}
