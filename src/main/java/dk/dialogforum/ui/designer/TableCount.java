package dk.dialogforum.ui.designer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.workshop.Limits;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * How many tables, in one go: tables are added at the end ("Bord 7", "Bord 8" … in the palette's next colours)
 * or taken from the end, and the rest are left as they are.
 */
final class TableCount {
    private final Fields fields;

    TableCount(Fields fields) {
        this.fields = fields;
    }

    Node node() {
        I18n i18n = fields.i18n();
        Draft draft = fields.draft();
        Label label = new Label(i18n.t("designer.tables.count"));
        label.getStyleClass().add("designer-label");
        TextField count = new TextField(String.valueOf(draft.at("/tables").size()));
        count.setId("designTableCount");
        count.setPrefColumnCount(4);
        count.setMaxWidth(100);
        label.setLabelFor(count);
        Label said = new Label();
        said.getStyleClass().add("feedback-error");
        said.setWrapText(true);
        Button set = new Button(i18n.t("designer.tables.set"));
        set.setId("designTableCountSet");
        set.setDefaultButton(false);
        Runnable apply = () -> {
            int n;
            try {
                n = Integer.parseInt(count.getText().strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < Limits.MIN_TABLES || n > Limits.MAX_TABLES) {
                said.setText(i18n.t("designer.tables.countRange", Limits.MIN_TABLES, Limits.MAX_TABLES));
                return;
            }
            int wanted = n;
            draft.change(tree -> {
                if (!tree.path("tables").isArray()) {
                    tree.putArray("tables");
                }
                ArrayNode tables = (ArrayNode) tree.get("tables");
                while (tables.size() > wanted) {
                    tables.remove(tables.size() - 1);
                }
                while (tables.size() < wanted) {
                    String id = ListEditor.newId(tables, "bord");
                    tables.add(Pages.newTable(tree, id));
                }
            });
        };
        set.setOnAction(e -> apply.run());
        count.setOnAction(e -> apply.run());
        HBox row = new HBox(8, count, set);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, label, row, said);
    }
}
