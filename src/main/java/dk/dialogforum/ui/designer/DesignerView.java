package dk.dialogforum.ui.designer;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.journal.JournalException;
import dk.dialogforum.ui.kit.DesignSource;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.workshop.Problem;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The workshop designer: the workshop's parts down the left with how many mistakes each has, the chosen part's
 * fields in the middle, checked as they are typed with the file reader's own messages beside them; undo and redo;
 * a preview of every slide; save; printable worksheets; and start a meeting once nothing is wrong.
 */
public final class DesignerView {
    private final I18n i18n;
    private final Navigator nav;
    private final Draft draft;
    private final DesignerFiles files;
    private final BorderPane root = new BorderPane();
    private final ScrollPane content = new ScrollPane();
    private final ListView<Part> parts = new ListView<>();
    private final VBox problems = new VBox(4);
    private final Label state = new Label();
    private final Label said = new Label();
    private final Button undo = new Button();
    private final Button redo = new Button();
    private Fields fields;
    private Part shown;
    /** Changes not yet saved to a file. */
    private boolean dirty;

    /** How many mistakes the left column lists; the rest are counted. */
    static final int PROBLEMS_LISTED = 8;

    public DesignerView(I18n i18n, Navigator nav, ObjectNode tree, String name, Path file, Executor io) {
        this.i18n = i18n;
        this.nav = nav;
        this.draft = new Draft(tree, name);
        this.files = new DesignerFiles(
                i18n,
                draft,
                file,
                io,
                this::say,
                () -> dirty = false,
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        draft.onChange(shape -> {
            dirty = true;
            if (shape) {
                showPart(shown);
            } else {
                fields.sync();
            }
            refresh();
        });
    }

    /** Opens the designer on {@code source}'s workshop. */
    public static DesignerView open(I18n i18n, Navigator nav, DesignSource source, Executor io)
            throws IOException, JournalException, WorkshopException {
        Sources.Opened opened = Sources.open(source, i18n.locale().getLanguage());
        return new DesignerView(i18n, nav, opened.tree(), opened.name(), opened.file(), io);
    }

    public Parent build() {
        root.getStyleClass().add("designer");
        root.getProperties().put(DesignerView.class, this);
        root.setTop(top());
        parts.getItems().setAll(Part.values());
        parts.setId("designParts");
        parts.setCellFactory(l -> new PartCell());
        parts.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != shown) {
                showPart(now);
            }
        });
        parts.setPrefHeight(Part.values().length * 44 + 4);
        parts.setMinHeight(Region.USE_PREF_SIZE);
        Label mistakes = new Label(i18n.t("designer.problems"));
        mistakes.getStyleClass().add("designer-subheading");
        problems.setId("designProblems");
        VBox left = new VBox(12, parts, mistakes, problems);
        left.setPadding(new Insets(12));
        left.setPrefWidth(300);
        left.setMinWidth(260);
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        root.setLeft(leftScroll);
        content.setFitToWidth(true);
        content.setId("designContent");
        root.setCenter(content);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        parts.getSelectionModel().select(Part.MEETING);
        refresh();
        return root;
    }

    private Node top() {
        Button back = button("designer.back", "designBack", this::back);
        Label title = new Label(i18n.t("designer.title"));
        title.getStyleClass().add("designer-title");
        undo.setText(i18n.t("designer.undo"));
        undo.setId("designUndo");
        undo.setOnAction(e -> draft.undo());
        redo.setText(i18n.t("designer.redo"));
        redo.setId("designRedo");
        redo.setOnAction(e -> draft.redo());
        Button preview = button("designer.preview", "designPreview", this::preview);
        Button worksheets =
                button("designer.worksheets", "designWorksheets", () -> valid().ifPresent(w -> files.worksheets(w)));
        Button save = button("designer.save", "designSave", () -> files.save(false));
        Button saveAs = button("designer.saveAs", "designSaveAs", () -> files.save(true));
        Button start = button("designer.start", "designStart", this::start);
        start.getStyleClass().add("accent");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, back, title, grow, undo, redo, preview, worksheets, save, saveAs, start);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        state.setId("designState");
        state.setWrapText(true);
        said.setId("designSaid");
        said.setWrapText(true);
        said.managedProperty().bind(said.textProperty().isNotEmpty());
        VBox top = new VBox(6, bar, state, said);
        top.setPadding(new Insets(10, 16, 10, 16));
        top.getStyleClass().add("designer-top");
        return top;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void keys(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            draft.undo();
        } else if (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown())) {
            draft.redo();
        } else if (e.getCode() == KeyCode.S) {
            files.save(e.isShiftDown());
        } else {
            return;
        }
        e.consume();
    }

    private void showPart(Part part) {
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        String focused = owner != null && owner.getUserData() instanceof String p && p.startsWith("/") ? p : null;
        String typed = owner instanceof TextInputControl t ? t.getText() : null;
        int caret = owner instanceof TextInputControl t ? t.getCaretPosition() : 0;
        shown = part;
        fields = new Fields(i18n, draft);
        Node page = new Pages(fields).page(part);
        VBox.setVgrow(page, Priority.ALWAYS);
        ((Region) page).setPadding(new Insets(16, 24, 32, 24));
        double at = content.getVvalue();
        content.setContent(page);
        fields.sync();
        if (parts.getSelectionModel().getSelectedItem() != part) {
            parts.getSelectionModel().select(part);
        }
        if (focused != null && Part.of(Draft.path(focused)) == part) {
            Platform.runLater(() -> {
                content.setVvalue(at);
                fields.focus(focused, typed, caret);
            });
        }
    }

    /** The state line, the parts' counts, the list of mistakes and the undo buttons, after any change. */
    private void refresh() {
        Draft.Checked checked = draft.checked();
        List<Problem> all = checked.problems();
        if (checked.valid()) {
            var w = checked.workshop();
            state.setText(i18n.t(
                    "designer.state.valid",
                    w.ranking().items().size(),
                    w.enquete().statements().size(),
                    w.cards().size(),
                    w.tables().size()));
            state.getStyleClass().setAll("label", "feedback-ok");
        } else {
            state.setText(i18n.t("designer.state.invalid", all.size()));
            state.getStyleClass().setAll("label", "feedback-error");
        }
        undo.setDisable(!draft.canUndo());
        redo.setDisable(!draft.canRedo());
        parts.refresh();
        problems.getChildren().clear();
        if (all.isEmpty()) {
            Label none = new Label(i18n.t("designer.problems.none"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            problems.getChildren().add(none);
        }
        for (int i = 0; i < Math.min(PROBLEMS_LISTED, all.size()); i++) {
            Problem p = all.get(i);
            Hyperlink link = new Hyperlink(Where.said(i18n, p));
            link.setWrapText(true);
            link.setId("designProblem-" + i);
            link.setOnAction(e -> goTo(p));
            if (p.key().equals("unknownField") || p.key().equals("format")) {
                // A field the format does not know (misspelt in a file) is taken away; a file of another format is
                // read as this program's, and what it does not know is then said field by field.
                boolean unknown = p.key().equals("unknownField");
                Button mend = new Button(i18n.t(unknown ? "designer.unknown.remove" : "designer.format.mend"));
                mend.setId((unknown ? "designRemoveUnknown-" : "designFormat-") + i);
                mend.setOnAction(e -> draft.change(tree ->
                        Draft.put(tree, Draft.pointer(p.path()), unknown ? null : IntNode.valueOf(Workshop.FORMAT))));
                problems.getChildren().add(new VBox(2, link, mend));
            } else {
                problems.getChildren().add(link);
            }
        }
        if (all.size() > PROBLEMS_LISTED) {
            problems.getChildren().add(new Label(i18n.t("designer.problems.more", all.size() - PROBLEMS_LISTED)));
        }
    }

    /** Shows the part a mistake is in and puts the focus in its field. */
    private void goTo(Problem p) {
        showPart(Part.of(p.path()));
        fields.focus(Draft.pointer(p.path()));
    }

    private Optional<Workshop> valid() {
        Draft.Checked c = draft.checked();
        if (c.valid()) {
            return Optional.of(c.workshop());
        }
        say(i18n.t(
                "designer.fixFirst",
                c.problems().size(),
                Where.said(i18n, c.problems().get(0))));
        goTo(c.problems().get(0));
        return Optional.empty();
    }

    private void start() {
        valid().ifPresent(nav::newMeeting);
    }

    private void preview() {
        valid().ifPresent(w -> PreviewWindow.show(i18n, w, root.getScene().getWindow()));
    }

    private void back() {
        if (mayLeave(i18n.t("designer.leave.title"))) {
            nav.backToStart();
        }
    }

    /**
     * Whether the designer may be left: at once when nothing is unsaved, else when the facilitator says so
     * (asked with {@code question}: going to the start screen, or closing the program).
     */
    public boolean mayLeave(String question) {
        if (!dirty) {
            return true;
        }
        var keep = new ButtonType(i18n.t("designer.leave.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var leave = new ButtonType(i18n.t("designer.leave.go"), ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("designer.leave.text"), keep, leave);
        alert.setHeaderText(question);
        alert.initOwner(root.getScene().getWindow());
        return alert.showAndWait().orElse(keep) == leave;
    }

    private void say(String text) {
        said.setText(text);
    }

    /** The designer shown in {@code root}, if it is one. */
    public static Optional<DesignerView> in(Parent root) {
        return Optional.ofNullable((DesignerView) root.getProperties().get(DesignerView.class));
    }

    /** The workshop as designed, when it has no mistakes; else null. */
    public Workshop workshop() {
        return draft.checked().workshop();
    }

    /** Writes the paper worksheets to {@code pdf} without asking where, when the workshop has no mistakes. */
    public void printWorksheetsTo(Path pdf) {
        valid().ifPresent(w -> files.worksheetsTo(w, pdf));
    }

    /** Saves to {@code file} without asking where (what the Save button does once the file is known). */
    public void saveTo(Path file) {
        files.saveTo(file);
    }

    private final class PartCell extends ListCell<Part> {
        @Override
        protected void updateItem(Part part, boolean empty) {
            super.updateItem(part, empty);
            if (empty || part == null) {
                setText(null);
                setId(null);
                pseudoClassStateChanged(Fields.WRONG, false);
                return;
            }
            long n = draft.checked().problems().stream()
                    .filter(p -> Part.of(p.path()) == part)
                    .count();
            setText(i18n.t(part.key()) + (n == 0 ? "" : "  ·  " + i18n.t("designer.part.problems", n)));
            setId("designPart-" + part.name().toLowerCase(Locale.ROOT));
            pseudoClassStateChanged(Fields.WRONG, n > 0);
        }
    }
}
