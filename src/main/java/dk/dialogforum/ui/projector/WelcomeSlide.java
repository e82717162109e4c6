package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.results.Participation;
import dk.dialogforum.ui.kit.ChipFlow;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.QrCode;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.workshop.Workshop;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Welcome: the meeting's title, date and place, how to join, and which tables are here. */
public final class WelcomeSlide implements Slide {
    private final I18n i18n;
    private final Workshop w;
    private final VBox root = new VBox(28) {
        @Override
        protected void layoutChildren() {
            fit();
            super.layoutChildren();
        }
    };
    private Label hero;
    private Label lead;
    private Label organiser;
    /** The size the slide was last fitted to; fitted again when it changes or the join details do. */
    private Object fittedFor;

    private final ChipFlow tables;
    private final Label tablesHeading;

    private final VBox join = new VBox(12);
    /** The day, time and place the meeting is held, as the facilitator recorded them, else as planned. */
    private final Label held = SlideParts.label("", "slide-body");

    WelcomeSlide(I18n i18n, Workshop w, Presentation presentation) {
        this.i18n = i18n;
        this.w = w;
        this.tables = new ChipFlow(16, 16, HPos.LEFT, n -> i18n.t("audience.more.tables", n));
        this.tablesHeading =
                SlideParts.label(i18n.t("audience.welcome.tables", 0, w.tables().size()), "slide-section");
        Workshop.MeetingFacts m = w.meeting();
        root.getStyleClass().add("slide");
        // Sized to the slide, not to its content: fit() makes the content fit.
        root.setMinHeight(0);
        root.getChildren().add(SlideParts.label(i18n.t("audience.welcome.kicker"), "slide-kicker", "slide-heading"));
        hero = SlideParts.label(m.title(), "slide-hero", "slide-heading");
        root.getChildren().add(hero);
        if (m.subtitle() != null) {
            lead = SlideParts.label(m.subtitle(), "slide-lead");
            root.getChildren().add(lead);
        }
        root.getChildren().add(held);
        if (m.organiser() != null) {
            organiser = SlideParts.label(m.organiser(), "slide-muted");
            root.getChildren().add(organiser);
        }
        root.getChildren().add(SlideParts.grow());
        root.getChildren().add(join);
        root.getChildren().add(tablesHeading);
        root.getChildren().add(tables);
        showJoin(presentation.roomProperty().get());
        presentation.roomProperty().addListener((o, was, now) -> showJoin(now));
    }

    /** How the tables join: the address and code to type, and the same as a QR code. */
    private void showJoin(RoomStatus info) {
        fittedFor = null;
        join.getChildren().clear();
        if (info == null || !info.joinable()) {
            return;
        }
        Node qr = QrCode.node(info.uri(), 220);
        VBox text = new VBox(
                10,
                SlideParts.label(i18n.t("audience.welcome.join"), "slide-section"),
                SlideParts.label(i18n.t("audience.welcome.address", info.webAddress()), "slide-body"),
                SlideParts.label(i18n.t("audience.welcome.code", info.code()), "join-code"));
        HBox box = new HBox(36, qr, text);
        box.setAlignment(Pos.CENTER_LEFT);
        join.getChildren().add(box);
    }

    /**
     * A long title or subtitle would push the slide past its bottom: then the title and subtitle get
     * smaller type, step by step (never under the body size), and the organiser and at last the subtitle
     * make way. The table chips below show as many rows as are left.
     */
    private void fit() {
        Object key = List.of(root.getWidth(), root.getHeight());
        if (key.equals(fittedFor) || root.getWidth() <= 0) {
            return;
        }
        fittedFor = key;
        for (int level = 0; level <= 3; level++) {
            setLevel(level);
            root.applyCss();
            if (needed(root.getWidth()) <= root.getHeight()) {
                return;
            }
        }
    }

    private void setLevel(int level) {
        hero.setStyle(level == 0 ? "" : level == 1 ? "-fx-font-size: 54px;" : "-fx-font-size: 44px;");
        if (lead != null) {
            lead.setStyle(level == 0 ? "" : level == 1 ? "-fx-font-size: 32px;" : "-fx-font-size: 28px;");
            show(lead, level < 3);
        }
        if (organiser != null) {
            show(organiser, level < 2);
        }
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    /** The slide's height with every text whole and one row of table chips. */
    private double needed(double width) {
        double inner = width - root.snappedLeftInset() - root.snappedRightInset();
        double h = root.snappedTopInset() + root.snappedBottomInset();
        int shown = 0;
        for (Node n : root.getChildren()) {
            if (n.isManaged()) {
                h += n == tables ? n.minHeight(inner) : n.prefHeight(inner);
                shown++;
            }
        }
        return h + root.getSpacing() * (shown - 1);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void update(Snapshot s) {
        List<Label> chips = new ArrayList<>();
        int present = 0;
        for (Participation.TableParticipation p : Participation.of(s)) {
            chips.add(SlideParts.chip(p.table(), !p.present()));
            present += p.present() ? 1 : 0;
        }
        tables.setChips(chips);
        tablesHeading.setText(i18n.t("audience.welcome.tables", present, chips.size()));
        showHeld(s);
    }

    /** The day the meeting is held (never the workshop file's date), its time and place. */
    private void showHeld(Snapshot s) {
        Workshop.MeetingFacts planned = w.meeting();
        Snapshot.Facts recorded = s.minutes().facts();
        List<String> facts = new ArrayList<>();
        LocalDate day = s.heldOn(ZoneId.systemDefault());
        if (day != null) {
            facts.add(day.format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale())));
        }
        String time = recorded.time().isEmpty() ? planned.time() : recorded.time();
        String place = recorded.place().isEmpty() ? planned.place() : recorded.place();
        if (time != null) {
            facts.add(time);
        }
        if (place != null) {
            facts.add(place);
        }
        String line = String.join(" · ", facts);
        if (!line.equals(held.getText())) {
            held.setText(line);
            held.setVisible(!line.isEmpty());
            held.setManaged(!line.isEmpty());
            fittedFor = null;
        }
    }
}
