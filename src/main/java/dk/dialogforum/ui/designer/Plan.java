package dk.dialogforum.ui.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Segmented;
import dk.dialogforum.workshop.AgendaStep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The meeting's plan: the agenda's steps, each on or off and in its order, and how the room votes. The steps are
 * the format's five, so none can be named twice or misspelt here.
 */
final class Plan {
    private final Fields fields;
    private final I18n i18n;
    private final Draft draft;

    Plan(Fields fields) {
        this.fields = fields;
        this.i18n = fields.i18n();
        this.draft = fields.draft();
    }

    List<Node> nodes() {
        return List.of(
                fields.subheading("designer.plan.agenda"),
                agenda(),
                fields.subheading("designer.plan.voting"),
                mode(),
                fields.number("designer.plan.dots", "/voting/dotVotesPerTable"),
                live(),
                fields.number("designer.plan.textLimit", "/textLimit"));
    }

    /** The agenda's steps in order (a step a file repeats, once), then the steps left out. */
    private List<String> order() {
        List<String> steps = new ArrayList<>();
        draft.at("/agenda").forEach(n -> {
            if (!steps.contains(n.asText())) {
                steps.add(n.asText());
            }
        });
        for (AgendaStep s : AgendaStep.values()) {
            if (!steps.contains(s.fileName())) {
                steps.add(s.fileName());
            }
        }
        return steps;
    }

    private Node agenda() {
        List<String> steps = order();
        List<String> written = new ArrayList<>();
        draft.at("/agenda").forEach(n -> written.add(n.asText()));
        // The steps on the agenda, each once: the first of the list order() makes.
        List<String> on = new ArrayList<>(new LinkedHashSet<>(written));
        VBox box = new VBox(6);
        box.getChildren().add(fields.message("$.agenda", null));
        // A file's misspelt or repeated step is said here, at the agenda.
        for (int i = 0; i < written.size(); i++) {
            box.getChildren().add(fields.message("$.agenda[" + i + "]", null));
        }
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean included = on.contains(step);
            boolean known = AgendaStep.fromFileName(step).isPresent();
            CheckBox check = new CheckBox(known ? i18n.t("designer.step." + step) : "»" + step + "«");
            check.setId("designStep-" + step);
            check.setSelected(included);
            check.selectedProperty().addListener((o, was, now) -> write(steps, on, step, now));
            int at = i;
            Button up = fields.sign(
                    "↑", "designer.up", "stepUp-" + step, included && at > 0, () -> swap(steps, on, at, -1));
            Button down = fields.sign(
                    "↓",
                    "designer.down",
                    "stepDown-" + step,
                    included && at + 1 < on.size(),
                    () -> swap(steps, on, at, 1));
            HBox row = new HBox(8, up, down, check);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    private void write(List<String> steps, List<String> on, String step, boolean include) {
        List<String> now = new ArrayList<>();
        for (String s : steps) {
            if (s.equals(step) ? include : on.contains(s)) {
                now.add(s);
            }
        }
        setAgenda(now);
    }

    private void swap(List<String> steps, List<String> on, int at, int by) {
        List<String> now = new ArrayList<>(on);
        String moved = now.remove(at);
        now.add(at + by, moved);
        setAgenda(now);
    }

    private void setAgenda(List<String> steps) {
        draft.change(tree -> {
            ArrayNode list = tree.arrayNode();
            steps.forEach(list::add);
            Draft.put(tree, "/agenda", list);
        });
    }

    private Node mode() {
        Segmented<String> mode = new Segmented<>(
                List.of("table", "individual"), m -> i18n.t("designer.plan.mode." + m), "designMode", false);
        mode.valueProperty().set(draft.text("/voting/mode").isEmpty() ? "table" : draft.text("/voting/mode"));
        mode.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                draft.change(tree -> Draft.put(tree, "/voting/mode", new TextNode(now)));
            }
        });
        Label label = new Label(i18n.t("designer.plan.mode"));
        label.getStyleClass().add("designer-label");
        return new VBox(4, label, mode, fields.message("$.voting.mode", null));
    }

    private Node live() {
        CheckBox live = new CheckBox(i18n.t("designer.plan.live"));
        live.setId("designLive");
        live.setSelected("fromFirstBallot".equals(draft.text("/voting/liveRanking")));
        live.selectedProperty()
                .addListener((o, was, now) -> draft.change(tree ->
                        Draft.put(tree, "/voting/liveRanking", new TextNode(now ? "fromFirstBallot" : "onReveal"))));
        return new VBox(4, live, fields.message("$.voting.liveRanking", null));
    }

    /** The workshop's language: that of the texts it brings by default (the scale, a new table's name). */
    Node language() {
        Segmented<String> language =
                new Segmented<>(List.of("da", "en"), l -> i18n.t("designer.language." + l), "designLanguage", false);
        JsonNode now = draft.at("/language");
        language.valueProperty().set(now.isTextual() ? now.asText() : "da");
        language.valueProperty().addListener((o, was, chosen) -> {
            if (chosen != null) {
                draft.change(tree -> Draft.put(tree, "/language", new TextNode(chosen)));
            }
        });
        Label label = new Label(i18n.t("designer.meeting.language"));
        label.getStyleClass().add("designer-label");
        return new VBox(4, label, language, fields.message("$.language", null));
    }
}
