package dk.dialogforum.ui.table;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.net.Wire;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import static dk.dialogforum.ui.table.TableLabels.label;

/** The dot vote on a card's open questions: the table spreads its dots and sends them as one vote. */
final class DotsForm implements TablePhase {
    private final I18n i18n;
    private final Workshop w;
    private final int allowed;
    private final VBox box = new VBox(14);
    private final VBox list = new VBox(10);
    private final Label used = label("", "label");
    private final Button send;
    private final Map<String, Spinner<Integer>> spinners = new LinkedHashMap<>();
    /** The items to vote on as last shown: the list is built again only when they change. */
    private List<String> shown;

    DotsForm(I18n i18n, Workshop w, Phase phase, Entries entries) {
        this.i18n = i18n;
        this.w = w;
        this.allowed = w.voting().dotVotesPerTable();
        box.getChildren().add(label(i18n.t("table.dots.intro", allowed), "muted"));
        box.getChildren().add(label(i18n.t("table.dots.fields", PhaseNames.dotFields(i18n, w)), "label"));
        list.setId("tableDots");
        used.setId("dotsUsed");
        send = new Button(i18n.t("table.dots.send"));
        send.setId("sendDots");
        send.getStyleClass().add("accent");
        box.getChildren().addAll(list, used, send);
        send.setOnAction(e -> {
            Map<String, Integer> given = new LinkedHashMap<>();
            spinners.forEach((id, sp) -> {
                if (sp.getValue() != null && sp.getValue() > 0) {
                    given.put(id, sp.getValue());
                }
            });
            entries.send(new Command.CastDots(Entries.newId(), entries.tableId(), phase.cardId(), given), () -> {});
        });
    }

    @Override
    public Node node() {
        return box;
    }

    private void count() {
        int total = spinners.values().stream()
                .mapToInt(sp -> sp.getValue() == null ? 0 : sp.getValue())
                .sum();
        used.setText(i18n.t("table.dots.used", total, allowed));
        send.setDisable(total > allowed || spinners.isEmpty());
    }

    @Override
    public void update(Wire.State state) {
        List<String> ids =
                state.dotItems().stream().map(d -> d.id() + "\u0000" + d.text()).toList();
        if (ids.equals(shown)) {
            return;
        }
        shown = ids;
        Map<String, Integer> before = new LinkedHashMap<>();
        spinners.forEach((id, sp) -> before.put(id, sp.getValue()));
        spinners.clear();
        list.getChildren().clear();
        if (state.dotItems().isEmpty()) {
            list.getChildren().add(label(i18n.t("table.dots.none", PhaseNames.dotFields(i18n, w)), "muted"));
        }
        for (Wire.DotItem item : state.dotItems()) {
            int start = before.getOrDefault(item.id(), state.dots().getOrDefault(item.id(), 0));
            Spinner<Integer> sp = new Spinner<>(0, allowed, Math.min(start, allowed));
            sp.setId("dot-" + item.id());
            sp.setPrefWidth(90);
            sp.valueProperty().addListener((o, a, b) -> count());
            spinners.put(item.id(), sp);
            String from = w.table(item.tableId()).map(Workshop.TableDef::name).orElse("");
            Label text = label(item.text() + (from.isEmpty() ? "" : "  (" + from + ")"), "label");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(12, sp, text);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
        count();
    }
}
