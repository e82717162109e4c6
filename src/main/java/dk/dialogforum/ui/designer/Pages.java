package dk.dialogforum.ui.designer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.designer.ListEditor.Column;
import dk.dialogforum.ui.designer.ListEditor.Kind;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Limits;
import dk.dialogforum.workshop.TableColour;
import dk.dialogforum.workshop.Workshop;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The designer's pages, one per part of the workshop: the fields of that part, bound to the draft. */
final class Pages {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Fields fields;
    private final I18n i18n;

    Pages(Fields fields) {
        this.fields = fields;
        this.i18n = fields.i18n();
    }

    Node page(Part part) {
        VBox page = new VBox(16);
        page.getStyleClass().add("designer-page");
        Label heading = new Label(i18n.t(part.key()));
        heading.getStyleClass().add("designer-heading");
        Label about = new Label(i18n.t(part.key() + ".about"));
        about.setWrapText(true);
        about.getStyleClass().add("muted");
        page.getChildren().addAll(heading, about);
        page.getChildren()
                .addAll(
                        switch (part) {
                            case MEETING -> meeting();
                            case RANKING -> ranking();
                            case ENQUETE -> enquete();
                            case CARDS -> cards();
                            case FIELDS -> worksheetFields();
                            case TABLES -> tables();
                            case PLAN -> new Plan(fields).nodes();
                        });
        return page;
    }

    private List<Node> meeting() {
        Node language = new Plan(fields).language();
        TextField date = new TextField();
        date.setPromptText(i18n.t("designer.meeting.date.prompt"));
        date.setMaxWidth(220);
        return List.of(
                fields.line("designer.meeting.title", "/meeting/title", true),
                fields.area("designer.meeting.subtitle", "/meeting/subtitle", false),
                fields.text(date, "designer.meeting.date", "/meeting/date", false, Fields.Follow.NOTHING),
                fields.line("designer.meeting.time", "/meeting/time", false),
                fields.line("designer.meeting.place", "/meeting/place", false),
                fields.line("designer.meeting.organiser", "/meeting/organiser", false),
                language,
                fields.message("$.format", null));
    }

    private List<Node> ranking() {
        ListEditor items = new ListEditor(
                fields,
                "/ranking/items",
                "designer.noun.item",
                Limits.MAX_ITEMS,
                List.of(
                        new Column("title", "designer.item.title", Kind.LINE, true),
                        new Column("description", "designer.item.description", Kind.AREA, false),
                        new Column("id", "designer.id", Kind.ID, true)),
                "punkt",
                id -> F.objectNode().put("id", id).put("title", ""));
        return List.of(
                fields.line("designer.ranking.title", "/ranking/title", true),
                fields.area("designer.ranking.question", "/ranking/question", false),
                fields.subheading("designer.ranking.items"),
                items.build());
    }

    private List<Node> enquete() {
        ListEditor statements = new ListEditor(
                fields,
                "/enquete/statements",
                "designer.noun.statement",
                Limits.MAX_STATEMENTS,
                List.of(
                        new Column("text", "designer.statement.text", Kind.AREA, true),
                        new Column("id", "designer.id", Kind.ID, true)),
                "udsagn",
                id -> F.objectNode().put("id", id).put("text", ""));
        ListEditor steps = new ListEditor(
                fields,
                "/enquete/scale/steps",
                "designer.noun.step",
                Limits.MAX_SCALE_STEPS,
                List.of(new Column(null, "designer.scale.step", Kind.LINE, true)),
                "trin",
                id -> new TextNode(""));
        VBox dontKnow = new VBox(6, dontKnowChoice());
        if (fields.draft().at("/enquete/scale/dontKnow").isTextual()) {
            dontKnow.getChildren().add(fields.line("designer.scale.dontKnow.label", "/enquete/scale/dontKnow", false));
        }
        HBox summary = new HBox(
                24,
                fields.number("designer.summary.most", "/enquete/summary/most"),
                fields.number("designer.summary.least", "/enquete/summary/least"));
        return List.of(
                fields.area("designer.enquete.question", "/enquete/question", false),
                fields.subheading("designer.enquete.statements"),
                statements.build(),
                fields.subheading("designer.enquete.scale"),
                steps.build(),
                dontKnow,
                fields.subheading("designer.enquete.summary"),
                summary);
    }

    private Node dontKnowChoice() {
        var box = new javafx.scene.control.CheckBox(i18n.t("designer.scale.dontKnow"));
        box.setId("designDontKnow");
        box.setSelected(fields.draft().at("/enquete/scale/dontKnow").isTextual());
        box.selectedProperty()
                .addListener((o, was, now) -> fields.draft().change(tree -> {
                    String language = tree.path("language").asText("da");
                    Draft.put(
                            tree,
                            "/enquete/scale/dontKnow",
                            now ? new TextNode(Texts.get(Texts.forLanguage(language), "scale.dontKnow")) : null);
                }));
        return box;
    }

    private List<Node> cards() {
        ListEditor cards = new ListEditor(
                fields,
                "/cards",
                "designer.noun.card",
                Limits.MAX_CARDS,
                List.of(
                        new Column("kicker", "designer.card.kicker", Kind.LINE, false),
                        new Column("title", "designer.card.title", Kind.LINE, true),
                        new Column("description", "designer.card.description", Kind.AREA, false),
                        new Column("id", "designer.id", Kind.ID, true)),
                "kort",
                id -> F.objectNode().put("id", id).put("title", ""));
        return List.of(cards.build());
    }

    private List<Node> worksheetFields() {
        ListEditor list = new ListEditor(
                fields,
                "/fields",
                "designer.noun.field",
                Limits.MAX_FIELDS,
                List.of(
                        new Column("title", "designer.field.title", Kind.LINE, true),
                        new Column("short", "designer.field.short", Kind.LINE, false),
                        new Column("dotVotes", "designer.field.dots", Kind.CHECK, false),
                        new Column("id", "designer.id", Kind.ID, true)),
                "felt",
                id -> F.objectNode().put("id", id).put("title", "").put("dotVotes", false));
        return List.of(list.build());
    }

    private List<Node> tables() {
        ListEditor list = new ListEditor(
                        fields,
                        "/tables",
                        "designer.noun.table",
                        Limits.MAX_TABLES,
                        List.of(
                                new Column("name", "designer.table.name", Kind.LINE, true),
                                new Column("id", "designer.id", Kind.ID, true)),
                        "bord",
                        id -> newTable(fields.draft().tree(), id))
                .extra(this::colour);
        return List.of(new TableCount(fields).node(), list.build());
    }

    /** A new table: "Bord n" in the next colour of the palette. */
    static ObjectNode newTable(ObjectNode tree, String id) {
        int n = tree.path("tables").size() + 1;
        String language = tree.path("language").asText("da");
        return F.objectNode()
                .put("id", id)
                .put("name", Texts.get(Texts.forLanguage(language), "table.name", n))
                .put("colour", TableColour.forIndex(n - 1).fileName());
    }

    /** A table's colour, chosen from the palette, and its chip as the projector shows it. */
    private Node colour(String row) {
        Draft draft = fields.draft();
        ComboBox<TableColour> box = new ComboBox<>(FXCollections.observableArrayList(TableColour.values()));
        box.setCellFactory(l -> new ColourCell());
        box.setButtonCell(new ColourCell());
        String name = draft.text(row + "/colour");
        box.setValue(TableColour.fromFileName(name).orElse(null));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                draft.change(tree -> Draft.put(tree, row + "/colour", new TextNode(now.fileName())));
            }
        });
        Label chip = new Label();
        chip.getStyleClass().add("table-chip");
        Runnable paint = () -> {
            TableColour c =
                    TableColour.fromFileName(draft.text(row + "/colour")).orElse(TableColour.GREY);
            String label = draft.text(row + "/name");
            SlideParts.paintChip(chip, new Workshop.TableDef("x", label.isBlank() ? " " : label, c));
        };
        paint.run();
        fields.onSync(paint);
        HBox line = new HBox(12, box, chip);
        line.setAlignment(Pos.CENTER_LEFT);
        return fields.field(box, "designer.table.colour", row + "/colour", line);
    }

    private final class ColourCell extends ListCell<TableColour> {
        @Override
        protected void updateItem(TableColour c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(i18n.t("colour." + c.fileName()));
            Circle dot = new Circle(8, Color.web(c.hex()));
            dot.setStroke(Color.gray(0.4));
            setGraphic(dot);
        }
    }
}
