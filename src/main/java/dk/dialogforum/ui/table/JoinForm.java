package dk.dialogforum.ui.table;

import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.net.LanDiscovery;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.util.Daemons;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import static dk.dialogforum.ui.table.TableLabels.label;

/**
 * The form a table joins a meeting with: the meetings announced on the LAN, found while the form is shown,
 * and the address and join code. A meeting found and nothing typed fills the address in; the meeting this
 * laptop sat in before is joined by itself.
 */
final class JoinForm {
    private static final Logger LOG = Logger.getLogger(JoinForm.class.getName());
    private final I18n i18n;
    private final BiConsumer<String, String> connect;
    /** Told each meeting found; true if the screen went into it by itself (the seat this laptop had). */
    private final Predicate<LanDiscovery.Found> rejoins;

    private final VBox box;
    private LanDiscovery.Browser browser;
    /** Counts the searches begun, so that one stopped before it started is closed when it does. */
    private long searches;

    private boolean stopped;

    /**
     * {@code typed}: the address already given; {@code refused}: why the last try failed, or null;
     * {@code connect}: joins with an address and a code.
     */
    JoinForm(
            I18n i18n,
            String typed,
            String refused,
            BiConsumer<String, String> connect,
            Predicate<LanDiscovery.Found> rejoins) {
        this.i18n = i18n;
        this.connect = connect;
        this.rejoins = rejoins;
        this.box = build(typed, refused);
    }

    Node node() {
        return box;
    }

    private VBox build(String typed, String refused) {
        TextField address = new TextField(typed);
        address.setId("hostAddress");
        address.setPromptText("192.168.1.20:47800");
        // Once the table has clicked or typed in the address, a meeting found afterwards does not overwrite it.
        boolean[] addressTouched = {false};
        address.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> addressTouched[0] = true);
        address.addEventFilter(KeyEvent.KEY_TYPED, e -> addressTouched[0] = true);
        TextField code = new TextField();
        code.setId("joinCode");
        Button go = new Button(i18n.t("table.connect"));
        go.setId("connect");
        go.getStyleClass().add("accent");
        go.setDefaultButton(true);
        go.setOnAction(
                e -> connect.accept(address.getText().strip(), code.getText().strip()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.addRow(0, new Label(i18n.t("table.address")), address);
        grid.addRow(1, new Label(i18n.t("table.code")), code);
        grid.add(go, 1, 2);

        VBox found = foundList(address, code, addressTouched);
        VBox form = new VBox(16, label(i18n.t("table.intro"), "card-title"), found, grid);
        form.setPadding(new Insets(32));
        if (refused != null) {
            // Beside the code it is about, where the table looks, not at the foot of the window.
            Label why = label(refused, "feedback-error");
            why.setId("joinRefusal");
            why.setMaxWidth(640);
            form.getChildren().add(why);
        }
        if (!typed.isEmpty()) {
            Platform.runLater(code::requestFocus);
        }
        return form;
    }

    /**
     * The meetings found on the LAN, each a button that fills the address in. Room is kept for the heading in
     * either of its looks and for one meeting, so that the meeting turning up does not move the fields under
     * a table that is about to click one.
     */
    private VBox foundList(TextField address, TextField code, boolean[] addressTouched) {
        Label searching = label(i18n.t("table.found.searching"), "muted");
        Label foundTitle = label(i18n.t("table.found.title"), "card-kicker");
        foundTitle.setVisible(false);
        StackPane heading = new StackPane(searching, foundTitle);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox list = new VBox(8, roomForAMeeting());
        VBox found = new VBox(8, heading, list);
        found.setId("foundMeetings");
        browse(meetings -> {
            searching.setVisible(meetings.isEmpty());
            foundTitle.setVisible(!meetings.isEmpty());
            list.getChildren().setAll(meetings.isEmpty() ? List.of(roomForAMeeting()) : List.of());
            for (LanDiscovery.Found m : meetings) {
                list.getChildren().add(pick(m, address, code));
            }
            if (meetings.stream().anyMatch(rejoins)) {
                return;
            }
            // One meeting in the room and nothing typed yet: that is the one.
            if (meetings.size() == 1 && address.getText().isBlank() && !addressTouched[0]) {
                address.setText(meetings.get(0).address());
            }
        });
        return found;
    }

    /** A found meeting's button: it fills the address in, and the table types the code. */
    private Button pick(LanDiscovery.Found m, TextField address, TextField code) {
        Button pick = new Button(i18n.t("table.found.entry", m.title(), m.address()));
        pick.getStyleClass().add("found-meeting");
        pick.setWrapText(true);
        pick.setMaxWidth(640);
        pick.setOnAction(e -> {
            address.setText(m.address());
            code.requestFocus();
        });
        return pick;
    }

    /** Takes the room of one found meeting in the list while none is found. */
    private static Node roomForAMeeting() {
        Button room = new Button("Dialogforum");
        room.getStyleClass().add("found-meeting");
        room.setVisible(false);
        room.setFocusTraversable(false);
        return room;
    }

    /**
     * Looks for the meetings announced on the LAN while the form is shown, telling {@code show} what is
     * found until {@link #stop()}. A network without multicast just finds none.
     */
    private void browse(Consumer<List<LanDiscovery.Found>> show) {
        long search = ++searches;
        Daemons.start("meeting-search", () -> {
            try {
                LanDiscovery.Browser[] self = new LanDiscovery.Browser[1];
                LanDiscovery.Browser started = LanDiscovery.browse(
                        InetAddress.getByName(HostIdentity.lanAddress()),
                        meetings -> Platform.runLater(() -> {
                            if (browser != null && browser == self[0]) {
                                show.accept(meetings);
                            }
                        }));
                self[0] = started;
                Platform.runLater(() -> taken(started, search, show));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot look for meetings on the network", e);
            }
        });
    }

    /** A search has started (FX thread): kept, with what it found already, unless the form was left meanwhile. */
    private void taken(LanDiscovery.Browser started, long search, Consumer<List<LanDiscovery.Found>> show) {
        if (search != searches || stopped) {
            closeBrowser(started);
            return;
        }
        browser = started;
        // What was found before the search was taken up here.
        List<LanDiscovery.Found> already = started.current();
        if (!already.isEmpty()) {
            show.accept(already);
        }
    }

    private static void closeBrowser(LanDiscovery.Browser b) {
        Daemons.start("meeting-search-close", () -> {
            try {
                b.close();
            } catch (IOException e) {
                // nothing more to do: the search is over either way
            }
        });
    }

    /** Stops looking for meetings: the table has joined one, or left the form. */
    void stop() {
        stopped = true;
        searches++;
        if (browser != null) {
            closeBrowser(browser);
            browser = null;
        }
    }
}
