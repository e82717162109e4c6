package dk.dialogforum.ui.start;

import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.ui.kit.DesignSource;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.LanguageChoice;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.workshop.BuiltInSummary;
import dk.dialogforum.workshop.WorkshopLoader;

import java.io.File;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The start screen: a new meeting (built-in or from a file), an unfinished meeting to resume, a saved one
 * to open, and the meetings ended lately, to open for their minutes.
 */
public final class StartView {
    private final I18n i18n;
    private final Navigator nav;
    private final BuiltInSummary builtIn;
    private final List<Journals.Unfinished> unfinished;
    private final List<Path> recent;
    private List<Journals.Ended> ended;
    /** The screen's column of cards, and the row of other ways to start, under which the ended meetings are listed. */
    private VBox content;

    private Node actions;

    /** How many of the meetings ended lately the start screen lists. */
    public static final int ENDED_SHOWN = 5;

    public StartView(I18n i18n, Navigator nav, BuiltInSummary builtIn, Journals.Found journals, List<Path> recent) {
        this.i18n = i18n;
        this.nav = nav;
        this.builtIn = builtIn;
        this.unfinished = journals.unfinished();
        this.ended = journals.ended()
                .subList(0, Math.min(ENDED_SHOWN, journals.ended().size()));
        this.recent = recent;
    }

    public Parent build() {
        Label title = new Label(i18n.t("app.title"));
        title.getStyleClass().add("start-title");
        Label tagline = new Label(i18n.t("start.tagline"));
        tagline.getStyleClass().add("start-tagline");
        tagline.setWrapText(true);

        content = new VBox(24, header(title, tagline));
        if (!unfinished.isEmpty()) {
            content.getChildren().add(resumeCard());
        }
        actions = otherActions();
        content.getChildren().addAll(builtInCard(), actions);
        if (!ended.isEmpty()) {
            content.getChildren().add(endedCard());
        }
        if (!recent.isEmpty()) {
            content.getChildren().add(recentCard());
        }
        content.getChildren().add(designCard());
        content.setPadding(new Insets(40, 56, 40, 56));
        content.setMaxWidth(980);
        content.setFillWidth(true);

        VBox centred = new VBox(content);
        centred.setAlignment(Pos.TOP_CENTER);
        return new ScrollWhenNeeded(centred);
    }

    private Parent header(Label title, Label tagline) {
        HBox language = LanguageChoice.buttons(i18n);
        Label languageLabel = new Label(i18n.t("start.language"));
        languageLabel.setLabelFor(language.getChildren().get(0));
        languageLabel.setMinWidth(Region.USE_PREF_SIZE);
        VBox words = new VBox(4, title, tagline);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox top = new HBox(12, words, languageLabel, language);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private Parent resumeCard() {
        VBox card = card("card-warning");
        Label heading = new Label(i18n.t("start.resume.title"));
        heading.getStyleClass().add("card-title");
        Label explain = new Label(i18n.t("start.resume.text"));
        explain.setWrapText(true);
        card.getChildren().addAll(heading, explain);
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, i18n.locale());
        for (int i = 0; i < unfinished.size(); i++) {
            card.getChildren().add(ResumeRow.of(i18n, nav, i, unfinished.get(i), format));
        }
        return card;
    }

    private Parent builtInCard() {
        VBox card = card("card");
        Label kicker = new Label(i18n.t("start.builtIn.kicker"));
        kicker.getStyleClass().add("card-kicker");
        Label heading = new Label(builtIn.title());
        heading.getStyleClass().add("card-title");
        heading.setWrapText(true);
        Label subtitle = new Label(builtIn.subtitle());
        subtitle.setWrapText(true);
        Label facts = new Label(i18n.t(
                "start.builtIn.facts", builtIn.challenges(), builtIn.statements(), builtIn.cards(), builtIn.tables()));
        facts.getStyleClass().add("muted");
        facts.setWrapText(true);
        Button start = new Button(i18n.t("start.new.builtIn"));
        start.setId("newBuiltIn");
        start.getStyleClass().add(unfinished.isEmpty() ? "accent" : "button-outlined");
        start.setDefaultButton(unfinished.isEmpty());
        start.setOnAction(e -> nav.newBuiltInMeeting());
        card.getChildren().addAll(kicker, heading, subtitle, facts, start);
        return card;
    }

    private Parent otherActions() {
        Button fromFile = new Button(i18n.t("start.new.fromFile"));
        fromFile.setId("newFromFile");
        fromFile.setOnAction(e -> {
            File f = chooser("start.chooser.workshop", "*" + WorkshopLoader.EXTENSION, "*.json")
                    .showOpenDialog(window(fromFile));
            if (f != null) {
                nav.newMeetingFromWorkshopFile(f.toPath());
            }
        });
        Button open = new Button(i18n.t("start.open"));
        open.setId("openMeetingFile");
        open.setOnAction(e -> {
            File f = chooser("start.chooser.meeting", "*" + MeetingFile.EXTENSION)
                    .showOpenDialog(window(open));
            if (f != null) {
                nav.openMeetingFile(f.toPath());
            }
        });
        Button like = new Button(i18n.t("start.new.like"));
        like.setId("newLikeEarlier");
        like.setOnAction(e -> {
            File f = chooser("start.chooser.meeting", "*" + MeetingFile.EXTENSION)
                    .showOpenDialog(window(like));
            if (f != null) {
                nav.newMeetingLike(f.toPath());
            }
        });
        Button table = new Button(i18n.t("start.joinAsTable"));
        table.setId("joinAsTable");
        table.setOnAction(e -> nav.joinAsTable());
        FlowPane row = new FlowPane(12, 12, fromFile, like, open, table);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Prepare a meeting in the designer: from nothing, the built-in, an example, a file or an earlier meeting. */
    private Parent designCard() {
        VBox card = card("card");
        card.setId("designCard");
        Label heading = new Label(i18n.t("start.design.title"));
        heading.getStyleClass().add("card-title");
        Label explain = new Label(i18n.t("start.design.text"));
        explain.setWrapText(true);
        Button blank = designButton("start.design.blank", "designBlank", DesignSource.of(DesignSource.Kind.BLANK));
        Button builtInOne =
                designButton("start.design.builtIn", "designBuiltIn", DesignSource.of(DesignSource.Kind.BUILT_IN));
        MenuButton example = new MenuButton(i18n.t("start.design.example"));
        example.setId("designExample");
        for (String[] shipped : new String[][] {
            {WorkshopLoader.EXAMPLE, "start.design.example.large"},
            {WorkshopLoader.MULIGHEDER, "start.design.example.themes"}
        }) {
            MenuItem item = new MenuItem(i18n.t(shipped[1]));
            item.setOnAction(e -> nav.design(DesignSource.example(shipped[0])));
            example.getItems().add(item);
        }
        Button file = new Button(i18n.t("start.design.file"));
        file.setId("designFile");
        file.setOnAction(e -> {
            File f = chooser("start.chooser.workshop", "*" + WorkshopLoader.EXTENSION, "*.json")
                    .showOpenDialog(window(file));
            if (f != null) {
                nav.design(DesignSource.file(DesignSource.Kind.WORKSHOP_FILE, f.toPath()));
            }
        });
        Button earlier = new Button(i18n.t("start.design.earlier"));
        earlier.setId("designEarlier");
        earlier.setOnAction(e -> {
            File f = chooser("start.chooser.meeting", "*" + MeetingFile.EXTENSION)
                    .showOpenDialog(window(earlier));
            if (f != null) {
                nav.design(DesignSource.file(DesignSource.Kind.EARLIER_MEETING, f.toPath()));
            }
        });
        FlowPane row = new FlowPane(12, 12, blank, builtInOne, example, file, earlier);
        row.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(heading, explain, row);
        return card;
    }

    private Button designButton(String key, String id, DesignSource source) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(e -> nav.design(source));
        return b;
    }

    private Parent recentCard() {
        VBox card = card("card");
        Label heading = new Label(i18n.t("start.recent"));
        heading.getStyleClass().add("card-title");
        card.getChildren().add(heading);
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            Button open = new Button(String.valueOf(file.getFileName()));
            open.setId("recent-" + i);
            open.setOnAction(e -> nav.openMeetingFile(file));
            Label where = new Label(String.valueOf(file.toAbsolutePath().getParent()));
            where.getStyleClass().add("muted");
            HBox row = new HBox(12, open, where);
            row.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(row);
        }
        return card;
    }

    /**
     * Lists {@code filed}, the meetings filed away as ended, read after the first frame, with those already
     * listed: under the ways to start a meeting, so nothing above them moves when they come.
     */
    public void addEnded(List<Journals.Ended> filed) {
        if (filed.isEmpty() || content == null) {
            return;
        }
        List<Journals.Ended> all = new ArrayList<>(ended);
        all.addAll(filed);
        all.sort(Comparator.comparingLong(Journals.Ended::endedAt).reversed());
        ended = List.copyOf(all.subList(0, Math.min(ENDED_SHOWN, all.size())));
        content.getChildren().removeIf(n -> "endedMeetings".equals(n.getId()));
        content.getChildren().add(content.getChildren().indexOf(actions) + 1, endedCard());
    }

    /** The meetings ended lately: each opens in its console, where its minutes are saved. */
    private Parent endedCard() {
        VBox card = card("card");
        card.setId("endedMeetings");
        Label heading = new Label(i18n.t("start.ended"));
        heading.getStyleClass().add("card-title");
        card.getChildren().add(heading);
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, i18n.locale());
        for (int i = 0; i < ended.size(); i++) {
            Journals.Ended e = ended.get(i);
            Label what = new Label(i18n.t(
                    "start.ended.item",
                    e.title(),
                    format.format(new Date(e.endedAt())),
                    e.tables(),
                    e.ballots(),
                    e.items()));
            what.setWrapText(true);
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            Button open = new Button(i18n.t("start.ended.open"));
            open.setId("ended-" + i);
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setOnAction(x -> nav.resume(e.file(), fraction -> {}));
            Button like = new Button(i18n.t("start.ended.like"));
            like.setId("like-" + i);
            like.setMinWidth(Region.USE_PREF_SIZE);
            like.setOnAction(x -> nav.newMeetingLike(e.file()));
            HBox row = new HBox(12, what, like, open);
            row.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(row);
        }
        return card;
    }

    private FileChooser chooser(String titleKey, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t(titleKey), patterns));
        return chooser;
    }

    private static Window window(Button b) {
        return b.getScene() == null ? null : b.getScene().getWindow();
    }

    private static VBox card(String style) {
        VBox card = new VBox(10);
        card.getStyleClass().addAll("df-card", style);
        card.setPadding(new Insets(20, 24, 20, 24));
        return card;
    }
}
