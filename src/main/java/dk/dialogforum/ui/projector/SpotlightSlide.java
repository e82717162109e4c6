package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Cards;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Workshop;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One item alone and large on the projector, as the facilitator puts it in the spotlight: its card and
 * field above, its whole text, and the tables that wrote it. The text's size follows its length, so the
 * longest item the format allows is shown whole.
 */
final class SpotlightSlide {
    private final I18n i18n;
    private final Workshop w;
    private final VBox root = new VBox(36);
    private final Label kicker;
    private final Label text;
    private final FlowPane tables = new FlowPane(12, 12);

    SpotlightSlide(I18n i18n, Workshop w) {
        this.i18n = i18n;
        this.w = w;
        root.getStyleClass().addAll("slide", "spotlight");
        root.setId("spotlight");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(0, 40, 0, 0));
        kicker = SlideParts.label("", "slide-kicker");
        text = SlideParts.label("", "spotlight-text");
        text.setId("spotlightText");
        root.getChildren().addAll(kicker, text, tables);
    }

    Node node() {
        return root;
    }

    /** The item in the spotlight as it stands in {@code s}, or empty when it is gone (hidden, withdrawn). */
    static Optional<Cards.Entry> find(Snapshot s, String itemId) {
        return s.items().stream()
                .filter(i -> i.id().equals(itemId) && i.visible())
                .findFirst()
                .flatMap(i -> Cards.card(s, i.cardId()).field(i.fieldId()).stream()
                        .filter(e -> e.item().id().equals(itemId))
                        .findFirst());
    }

    void show(Cards.Entry e) {
        Snapshot.Item item = e.item();
        String card = w.card(item.cardId()).map(Workshop.VisionCard::title).orElse("");
        String field =
                w.field(item.fieldId()).map(Workshop.WorksheetField::shortTitle).orElse("");
        kicker.setText((card + "  ·  " + field).toUpperCase(i18n.locale()));
        text.setText(item.text());
        int length = item.text().length();
        text.setStyle("-fx-font-size: " + (length <= 200 ? 64 : length <= 500 ? 48 : 36) + "px;");
        tables.getChildren().clear();
        for (String id : e.tableIds()) {
            w.table(id).ifPresent(t -> tables.getChildren().add(SlideParts.chip(t, false)));
        }
    }
}
