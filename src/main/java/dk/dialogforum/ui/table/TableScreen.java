package dk.dialogforum.ui.table;

import dk.dialogforum.ui.kit.Choices;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.ItemText;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.kit.RankingEditor;
import dk.dialogforum.ui.kit.Reveal;
import dk.dialogforum.ui.kit.SlideParts;

import dk.dialogforum.journal.DataFolder;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.net.LanDiscovery;
import dk.dialogforum.net.TableClient;
import dk.dialogforum.net.Wire;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.util.Daemons;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Table mode: a table laptop joins the facilitator's meeting, takes its seat and follows the phases by
 * itself — the enquete ballot, items on the open vision card, the live ranking. The top line always
 * says whether the laptop is connected and how many entries wait to be sent; an entry is shown as
 * saved only when the host has acknowledged it.
 */
public final class TableScreen {
    private final I18n i18n;
    private final Navigator nav;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Label feedback = new Label();
    private TableClient client;
    /** Updates the parts of the current screen that follow the host's state (own items, dots, ballot count). */
    private java.util.function.Consumer<Wire.State> live;
    /** The item being edited or withdrawn now: its row is left alone while the list refreshes. */
    private String busyItem;
    private LanDiscovery.Browser browser;
    /** Counts the searches begun, so that one stopped before it started is closed when it does. */
    private long searches;
    /** The host's address the table last knew, to say so when the client follows the meeting elsewhere. */
    private URI hostShown;
    private boolean disposed;
    private String shownFor;
    private String connectingTo;
    /** This window's outbox folder, held while the window is open: another window on the computer gets another. */
    private dk.dialogforum.net.OutboxClaim outbox;
    private final java.util.Map<String, Button> seatButtons = new java.util.HashMap<>();
    /** The workshop whose seats are shown now, if any. */
    private Workshop seatsShown;
    /**
     * The meeting this laptop has a seat in from before its program started: when it is found on the
     * network, the table goes back into it by itself, at its seat. Tried once; a table turned away chooses
     * for itself.
     */
    private String rejoin;
    /** The address the table typed or picked, given again in the form if the host turns the table away. */
    private String typedAddress = "";

    /** Whether to go back by itself into a meeting this laptop has a seat in, when it is found. */
    private final boolean rejoinSeat;
    private boolean joined;
    private final Button leave = new Button();

    /**
     * {@code rejoinSeat}: a program that starts again takes its table back into the meeting it sat in; after
     * the table left a meeting in this run, it picks the meeting itself.
     */
    public TableScreen(I18n i18n, Navigator nav, boolean rejoinSeat) {
        this.i18n = i18n;
        this.nav = nav;
        this.rejoinSeat = rejoinSeat;
    }

    /** Whether the table joined a meeting on this screen (was connected, or tried to be). */
    public boolean joined() {
        return joined;
    }

    public Parent build() {
        status.setId("tableStatus");
        status.getStyleClass().add("console-title");
        feedback.setId("tableFeedback");
        feedback.setWrapText(true);
        // "Leave the meeting" once the table has joined one; before, it only goes back.
        leave.setText(i18n.t("table.back"));
        leave.setId("tableLeave");
        leave.setOnAction(e -> {
            dispose();
            nav.backToStart();
        });
        HBox top = new HBox(16, status, SlideParts.grow(), leave);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 12, 16));
        top.getStyleClass().add("console-bar");
        root.setTop(top);
        root.setBottom(feedback);
        BorderPane.setMargin(feedback, new Insets(8, 16, 12, 16));
        // The window's outbox is claimed now, so the seat it remembers is this window's (a second window on
        // the computer has its own folder and no seat yet).
        try {
            outbox = dk.dialogforum.net.OutboxClaim.claim(DataFolder.root().resolve("table"));
            rejoin = rejoinSeat ? dk.dialogforum.net.TableClient.seatedIn(outbox.folder()) : null;
        } catch (IOException | RuntimeException e) {
            rejoin = null; // claimed again when the table joins, which says what is wrong
        }
        root.setCenter(connectForm("", null));
        status.setText(i18n.t("table.title"));
        return root;
    }

    /** The form to join a meeting with: {@code typed} the address already given, {@code refused} why the last try failed. */
    private Node connectForm(String typed, String refused) {
        TextField address = new TextField(typed);
        address.setId("hostAddress");
        address.setPromptText("192.168.1.20:47800");
        // Once the table has clicked or typed in the address, a meeting found afterwards does not overwrite it.
        boolean[] addressTouched = {false};
        address.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> addressTouched[0] = true);
        address.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> addressTouched[0] = true);
        TextField code = new TextField();
        code.setId("joinCode");
        Button connect = new Button(i18n.t("table.connect"));
        connect.setId("connect");
        connect.getStyleClass().add("accent");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> connect(address.getText().strip(), code.getText().strip()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.addRow(0, new Label(i18n.t("table.address")), address);
        grid.addRow(1, new Label(i18n.t("table.code")), code);
        grid.add(connect, 1, 2);

        // Room is kept for the heading in either of its looks and for one meeting, so that the meeting turning
        // up does not move the fields under a table that is about to click one.
        Label searching = label(i18n.t("table.found.searching"), "muted");
        Label foundTitle = label(i18n.t("table.found.title"), "card-kicker");
        foundTitle.setVisible(false);
        javafx.scene.layout.StackPane heading = new javafx.scene.layout.StackPane(searching, foundTitle);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox list = new VBox(8, roomForAMeeting());
        VBox found = new VBox(8, heading, list);
        found.setId("foundMeetings");
        browse(meetings -> {
            searching.setVisible(meetings.isEmpty());
            foundTitle.setVisible(!meetings.isEmpty());
            list.getChildren().setAll(meetings.isEmpty() ? List.of(roomForAMeeting()) : List.of());
            for (LanDiscovery.Found m : meetings) {
                Button pick = new Button(i18n.t("table.found.entry", m.title(), m.address()));
                pick.getStyleClass().add("found-meeting");
                pick.setWrapText(true);
                pick.setMaxWidth(640);
                pick.setOnAction(e -> {
                    address.setText(m.address());
                    code.requestFocus();
                });
                list.getChildren().add(pick);
            }
            for (LanDiscovery.Found m : meetings) {
                if (rejoin != null && rejoin.equals(m.meeting()) && client == null) {
                    rejoin = null;
                    connect(m.address(), "");
                    return;
                }
            }
            // One meeting in the room and nothing typed yet: that is the one.
            if (meetings.size() == 1 && address.getText().isBlank() && !addressTouched[0]) {
                address.setText(meetings.get(0).address());
            }
        });
        VBox box = new VBox(16, label(i18n.t("table.intro"), "card-title"), found, grid);
        box.setPadding(new Insets(32));
        if (refused != null) {
            // Beside the code it is about, where the table looks, not at the foot of the window.
            Label why = label(refused, "feedback-error");
            why.setId("joinRefusal");
            why.setMaxWidth(640);
            box.getChildren().add(why);
        }
        if (!typed.isEmpty()) {
            Platform.runLater(code::requestFocus);
        }
        return box;
    }

    /**
     * Looks for the meetings announced on the LAN while the form is shown, telling {@code show} what is
     * found until {@link #stopBrowsing()}. A network without multicast just finds none.
     */
    private void browse(java.util.function.Consumer<java.util.List<LanDiscovery.Found>> show) {
        stopBrowsing();
        long search = ++searches;
        Daemons.start("meeting-search", () -> {
            try {
                LanDiscovery.Browser[] self = new LanDiscovery.Browser[1];
                LanDiscovery.Browser started = LanDiscovery.browse(java.net.InetAddress.getByName(HostIdentity.lanAddress()),
                        meetings -> Platform.runLater(() -> {
                            if (browser != null && browser == self[0]) {
                                show.accept(meetings);
                            }
                        }));
                self[0] = started;
                Platform.runLater(() -> {
                    if (search != searches || disposed) {
                        closeBrowser(started);
                    } else {
                        browser = started;
                        // What was found before the search was taken up here.
                        java.util.List<LanDiscovery.Found> already = started.current();
                        if (!already.isEmpty()) {
                            show.accept(already);
                        }
                    }
                });
            } catch (IOException | RuntimeException e) {
                java.util.logging.Logger.getLogger(TableScreen.class.getName())
                        .log(java.util.logging.Level.WARNING, "cannot look for meetings on the network", e);
            }
        });
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

    private void stopBrowsing() {
        searches++;
        if (browser != null) {
            closeBrowser(browser);
            browser = null;
        }
    }

    /** A table with a seat leaves the meeting; one still choosing its seat (or connecting) only goes back. */
    private void leaveSaysWhere() {
        leave.setText(i18n.t(client.tableId() == null ? "table.back" : "table.leave"));
    }

    /** Says where the meeting is now, when the client has followed it to another address. */
    private void sayWhereTheMeetingIs() {
        URI now = client.address();
        if (hostShown != null && !now.equals(hostShown)) {
            typedAddress = now.getAuthority();
            connectingTo = i18n.t("table.moved", now.getAuthority());
            feedback.setText(connectingTo);
        }
        hostShown = now;
    }

    /** Takes the room of one found meeting in the list while none is found. */
    private static Node roomForAMeeting() {
        Button room = new Button("Dialogforum");
        room.getStyleClass().add("found-meeting");
        room.setVisible(false);
        room.setFocusTraversable(false);
        return room;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private void connect(String address, String code) {
        // The code may be left out by a table that sat in this meeting before: its seat lets it in.
        if (address.isEmpty()) {
            feedback.setText(i18n.t("table.missing"));
            return;
        }
        String hostPort = address.contains(":") ? address : address + ":" + HostIdentity.DEFAULT_PORT;
        try {
            // One outbox for the laptop, whatever the address: it is kept per meeting (see TableClient), so a
            // host that comes back at another address is the same meeting, with the same seat and entries.
            if (outbox == null) {
                outbox = dk.dialogforum.net.OutboxClaim.claim(DataFolder.root().resolve("table"));
            }
            client = new TableClient(TableClient.hostAt(hostPort), code, null, outbox.folder());
        } catch (IOException | IllegalArgumentException e) {
            feedback.setText(i18n.t("table.failed", String.valueOf(e.getMessage())));
            return;
        }
        joined = true;
        leaveSaysWhere();
        client.setOnChange(() -> Platform.runLater(this::refresh));
        client.followOnTheNetwork();
        hostShown = client.address();
        client.start();
        stopBrowsing();
        typedAddress = address;
        connectingTo = i18n.t("table.connecting", hostPort);
        feedback.setText(connectingTo);
    }

    private void refresh() {
        if (client == null) {
            return;
        }
        TableClient.Refusal refused = client.refusal();
        if (refused != null) {
            // Turned away (a wrong code, another version …): back to the form, the address kept, saying why.
            client.close();
            client = null;
            shownFor = null;
            seatsShown = null;
            live = null;
            status.setText(i18n.t("table.title"));
            leave.setText(i18n.t("table.back"));
            root.setCenter(connectForm(typedAddress, i18n.t("table.joinRefused", reason(refused.code(), refused.message()))));
            feedback.setText("");
            return;
        }
        Workshop w = client.workshop();
        String statusKey = switch (client.status()) {
            case CONNECTED -> "table.status.connected";
            case RECONNECTING -> "table.status.reconnecting";
            // The host has said hello, and waits for the table to pick its seat.
            default -> w != null && client.tableId() == null ? "table.status.chooseSeat" : "table.status.offline";
        };
        String seat = client.tableId() == null || w == null ? i18n.t("table.title")
                : w.table(client.tableId()).map(Workshop.TableDef::name).orElse(client.tableId());
        status.setText(seat + " · " + i18n.t(statusKey) + " · " + i18n.t("table.pending", client.pending()));
        if ((client.status() == TableClient.Status.CONNECTED || w != null) && connectingTo != null
                && connectingTo.equals(feedback.getText())) {
            // The host has answered: the status line says so; "connecting to …" would be stale.
            feedback.setText("");
        }
        if (client.status() != TableClient.Status.CONNECTED && client.pending() > 0
                && i18n.t("table.sending").equals(feedback.getText())) {
            // Sent on a connection that has since been found dead: it waits here, and says so.
            feedback.setText(i18n.t("table.kept"));
        }
        leaveSaysWhere();
        sayWhereTheMeetingIs();
        if (w == null) {
            return;
        }
        if (client.tableId() == null || client.status() != TableClient.Status.CONNECTED && shownFor == null) {
            if (client.tableId() == null) {
                if (seatsShown != w) {
                    // Built once per meeting: a refresh must not undo a table's half-made choice.
                    seatsShown = w;
                    root.setCenter(seats(w));
                } else {
                    markSeats(w);
                }
            }
            return;
        }
        Wire.State state = client.state();
        String open = state == null ? null : state.openPhases().stream()
                .filter(p -> !p.equals(Phase.WELCOME)).reduce((a, b) -> b).orElse(null);
        String key = open + "|" + (state != null && state.closed());
        if (!Objects.equals(key, shownFor)) {
            shownFor = key;
            live = null;
            ScrollPane scroll = new ScrollPane(state != null && state.closed() ? ended() : phaseView(w, open));
            scroll.setFitToWidth(true);
            root.setCenter(scroll);
        }
        if (live != null && state != null) {
            live.accept(state);
        }
    }

    /**
     * The seats to pick from. A seat another laptop is connected at is marked, and taking it asks first: a
     * table may have a second laptop, but a table that picks another's seat by mistake would enter for it.
     */
    private Node seats(Workshop w) {
        FlowPane buttons = new FlowPane(12, 12);
        VBox confirm = new VBox(10);
        confirm.setId("seatConfirm");
        seatButtons.clear();
        for (Workshop.TableDef t : w.tables()) {
            Button b = new Button(t.name());
            b.setId("seat-" + t.id());
            b.setStyle("-fx-border-color: " + t.colour().hex() + "; -fx-border-width: 3; -fx-font-size: 18px;");
            seatButtons.put(t.id(), b);
            b.setOnAction(e -> {
                if (!client.takenSeats().contains(t.id())) {
                    client.takeSeat(t.id());
                    return;
                }
                Button yes = new Button(i18n.t("table.seat.confirm", t.name()));
                yes.setId("seatConfirmYes");
                yes.getStyleClass().add("accent");
                yes.setOnAction(x -> client.takeSeat(t.id()));
                Button no = new Button(i18n.t("table.seat.other"));
                no.setOnAction(x -> confirm.getChildren().clear());
                Label why = label(i18n.t("table.seat.inUseText", t.name()), "feedback-error");
                why.setMaxWidth(640);
                confirm.getChildren().setAll(why, new HBox(8, yes, no));
            });
            buttons.getChildren().add(b);
        }
        markSeats(w);
        VBox box = new VBox(16, label(w.meeting().title(), "card-title"), label(i18n.t("table.chooseSeat"), "muted"), buttons, confirm);
        box.setPadding(new Insets(32));
        return box;
    }

    /** Marks the seats a laptop is at now, as the host last said. */
    private void markSeats(Workshop w) {
        java.util.Set<String> taken = client.takenSeats();
        for (Workshop.TableDef t : w.tables()) {
            Button b = seatButtons.get(t.id());
            if (b != null) {
                b.setText(taken.contains(t.id()) ? i18n.t("table.seat.inUse", t.name()) : t.name());
            }
        }
    }

    /** The meeting is over: nothing more to enter, and what the table wrote is in the minutes. */
    private Node ended() {
        VBox box = new VBox(14, label(i18n.t("table.ended.title"), "card-title"), label(i18n.t("table.ended.text"), "muted"));
        box.setId("tableEnded");
        box.setPadding(new Insets(24));
        return box;
    }

    private Node phaseView(Workshop w, String phaseId) {
        VBox box = new VBox(14);
        box.setPadding(new Insets(24));
        Phase phase = phaseId == null ? null : Phase.find(w, phaseId).orElse(null);
        if (phase == null) {
            box.getChildren().add(label(i18n.t("table.waiting"), "card-title"));
            return box;
        }
        box.getChildren().add(label(PhaseNames.name(i18n, w, phase), "card-title"));
        switch (phase.kind()) {
            case ENQUETE -> ballot(w, box, true);
            case RANKING -> ballot(w, box, false);
            case CARD -> items(w, box, phase);
            case DOTS -> dots(w, box, phase);
            default -> box.getChildren().add(label(i18n.t("table.followScreen"), "muted"));
        }
        return box;
    }

    private void ballot(Workshop w, VBox box, boolean enquete) {
        boolean individual = w.voting().mode() == Workshop.VotingMode.INDIVIDUAL;
        // Each ballot starts from an order of its own, never the workshop's (often the last meeting's result),
        // so a table that leaves the list as it is does not vote for that order.
        RankingEditor editor = new RankingEditor(i18n, RankingEditor.shuffled(w.ranking().items(), new java.util.Random()));
        Label hint = label(i18n.t("table.ranking.hint"), "muted");
        hint.setId("rankingHint");
        VBox form = new VBox(14);
        form.getChildren().addAll(label(w.ranking().question() == null ? w.ranking().title() : w.ranking().question(), "muted"),
                hint, editor);
        Map<String, ChoiceBox<Integer>> answers = new LinkedHashMap<>();
        if (enquete) {
            int n = 0;
            for (Workshop.Statement st : w.enquete().statements()) {
                ChoiceBox<Integer> choice = Choices.scaleAnswer(w.enquete().scale(), "tableAnswer-" + st.id());
                answers.put(st.id(), choice);
                form.getChildren().add(new VBox(6, label((++n) + ". " + st.text(), "label"), choice));
            }
        }
        Button review = new Button(i18n.t("table.reviewBallot"));
        review.setId("tableSend");
        review.getStyleClass().add("accent");
        review.setDefaultButton(true);
        form.getChildren().add(review);
        // Review, then submit: the ballot as it will be sent, with "send" and "change".
        VBox check = new VBox(10);
        check.setVisible(false);
        check.setManaged(false);
        review.setOnAction(e -> {
            check.getChildren().setAll(reviewOf(w, editor.ranking(), answers));
            Button confirm = new Button(i18n.t("table.review.confirm"));
            confirm.setId("tableConfirm");
            confirm.getStyleClass().add("accent");
            confirm.setDefaultButton(true);
            Button back = new Button(i18n.t("table.review.back"));
            back.setId("tableBack");
            back.setCancelButton(true);
            check.getChildren().add(new HBox(12, confirm, back));
            showReview(form, check, true);
            back.setOnAction(b -> showReview(form, check, false));
            confirm.setOnAction(c -> {
                confirm.setDisable(true);
                back.setDisable(true);
                Command command = ballotCommand(w, enquete, editor, answers);
                send(command, () -> {
                    showReview(form, check, false);
                    if (individual) {
                        // The laptop goes round the table: a clean ballot for the next participant.
                        feedback.setText(i18n.t("table.ballots.next"));
                        shownFor = null;
                        refresh();
                    } else {
                        // The table may still change its mind: the next ballot replaces this one.
                        feedback.setText(i18n.t("table.savedMayChange"));
                    }
                }, () -> {
                    confirm.setDisable(false);
                    back.setDisable(false);
                });
            });
        });
        box.getChildren().addAll(form, check);
        if (individual) {
            Label count = label("", "muted");
            count.setId("ballotCount");
            box.getChildren().add(1, count);
            live = state -> count.setText(i18n.t("table.ballots.individual", state.ballots()));
        }
    }

    private static void showReview(Node form, Node check, boolean review) {
        form.setVisible(!review);
        form.setManaged(!review);
        check.setVisible(review);
        check.setManaged(review);
    }

    private Command ballotCommand(Workshop w, boolean enquete, RankingEditor editor, Map<String, ChoiceBox<Integer>> answers) {
        String id = "tbl-" + UUID.randomUUID();
        String ballotId = w.voting().mode() == Workshop.VotingMode.INDIVIDUAL ? id : null;
        if (!enquete) {
            return new Command.SubmitRankingBallot(id, client.tableId(), ballotId, editor.ranking());
        }
        Map<String, Integer> given = new LinkedHashMap<>();
        answers.forEach((k, v) -> {
            if (v.getValue() != null) {
                given.put(k, v.getValue());
            }
        });
        return new Command.SubmitEnqueteBallot(id, client.tableId(), ballotId, editor.ranking(), given);
    }

    /** The ballot in words: the ranking in order, and each statement with its answer or "not answered". */
    private List<Node> reviewOf(Workshop w, List<String> ranking, Map<String, ChoiceBox<Integer>> answers) {
        List<Node> lines = new ArrayList<>();
        lines.add(label(i18n.t("table.review.title"), "card-title"));
        lines.add(label(i18n.t("table.review.ranking"), "label"));
        for (int i = 0; i < ranking.size(); i++) {
            String itemId = ranking.get(i);
            String title = w.item(itemId).map(Workshop.RankItem::title).orElse(itemId);
            Label l = label((i + 1) + ". " + title, "review-line");
            l.setId("review-rank-" + (i + 1));
            lines.add(l);
        }
        if (!answers.isEmpty()) {
            lines.add(label(i18n.t("table.review.statements"), "label"));
            int n = 0;
            for (Workshop.Statement st : w.enquete().statements()) {
                ChoiceBox<Integer> box = answers.get(st.id());
                Integer v = box == null ? null : box.getValue();
                String answer = v == null ? i18n.t("table.review.unanswered") : box.getConverter().toString(v);
                Label a = label(answer, v == null ? "review-missing" : "review-answer");
                a.setId("review-answer-" + st.id());
                lines.add(new VBox(2, label((++n) + ". " + st.text(), "review-line"), a));
            }
        }
        return lines;
    }

    private void items(Workshop w, VBox box, Phase phase) {
        Workshop.VisionCard card = w.card(phase.cardId()).orElseThrow();
        if (card.description() != null) {
            box.getChildren().add(label(card.description(), "muted"));
        }
        // The choice names the fields briefly, so it never has to be cut; the chosen field's whole
        // question stands under it, wrapped.
        ChoiceBox<Workshop.WorksheetField> field = Choices.of(w.fields(), Workshop.WorksheetField::shortTitle, "tableField");
        Label question = label(field.getValue() == null ? "" : field.getValue().title(), "label");
        question.setId("tableFieldTitle");
        field.valueProperty().addListener((o, was, now) -> question.setText(now == null ? "" : now.title()));
        ItemText text = new ItemText(i18n, w.textLimit(), "", "tableText");
        Button add = new Button(i18n.t("table.addItem"));
        add.setId("tableAdd");
        add.getStyleClass().add("accent");
        // The text sent and not yet answered: it stays in the field until the host holds it (a refusal leaves
        // it to mend), and "add" is not offered for it a second time meanwhile, so a table waiting on a slow
        // network does not write the same item twice.
        javafx.beans.property.StringProperty unanswered = new javafx.beans.property.SimpleStringProperty();
        add.disableProperty().bind(text.tooLong().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> text.text().equals(unanswered.get()), text.area().textProperty(), unanswered)));
        add.setOnAction(e -> {
            String written = text.text();
            unanswered.set(written);
            send(new Command.AddItem("tbl-" + UUID.randomUUID(), client.tableId(), card.id(), field.getValue().id(), written),
                    () -> {
                        // What the table has begun writing since is its next item, and stays.
                        if (text.text().equals(written)) {
                            text.clear();
                        }
                        unanswered.set(null);
                    },
                    () -> unanswered.set(null));
        });
        VBox mine = new VBox(10);
        mine.setId("tableMine");
        box.getChildren().addAll(field, question, text.node(), add, label(i18n.t("table.mine"), "console-section"), mine);
        live = state -> {
            if (busyItem != null && state.items().stream().anyMatch(i -> i.id().equals(busyItem))) {
                return;
            }
            busyItem = null;
            mine.getChildren().clear();
            if (state.items().isEmpty()) {
                mine.getChildren().add(label(i18n.t("table.mine.none"), "muted"));
            }
            for (Wire.TableItem item : state.items()) {
                mine.getChildren().add(itemRow(w, item));
            }
        };
    }

    /** One of the table's own items: what it says, what the facilitator did with it, and edit / withdraw. */
    private Node itemRow(Workshop w, Wire.TableItem item) {
        String fieldName = w.field(item.fieldId()).map(Workshop.WorksheetField::shortTitle).orElse(item.fieldId());
        VBox text = new VBox(4, label(fieldName + ": " + item.tableText(), "label"));
        if (!item.text().equals(item.tableText())) {
            text.getChildren().add(label(i18n.t("table.item.reworded", item.text()), "muted"));
        }
        if (item.mergedIntoText() != null) {
            text.getChildren().add(label(i18n.t("table.item.merged", item.mergedIntoText()), "muted"));
        }
        if (item.hidden()) {
            text.getChildren().add(label(i18n.t("table.item.hidden"), "muted"));
        }
        if (item.highlighted()) {
            text.getChildren().add(label(i18n.t("table.item.highlighted"), "muted"));
        }
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button edit = new Button(i18n.t("table.item.edit"));
        edit.setId("edit-" + item.id());
        Button withdraw = new Button(i18n.t("table.item.withdraw"));
        withdraw.setId("withdraw-" + item.id());
        HBox buttons = new HBox(8, edit, withdraw);
        // A long item wraps; its buttons keep their whole names.
        buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(12, text, buttons);
        row.setId("mine-" + item.id());
        row.getStyleClass().add("table-item");
        row.setAlignment(Pos.CENTER_LEFT);
        edit.setOnAction(e -> {
            busyItem = item.id();
            ItemText area = new ItemText(i18n, w.textLimit(), item.tableText(), "editText");
            Button save = new Button(i18n.t("table.item.save"));
            save.setId("saveEdit");
            save.getStyleClass().add("accent");
            save.disableProperty().bind(area.tooLong());
            Button cancel = new Button(i18n.t("table.item.cancel"));
            cancel.setOnAction(x -> endBusy());
            save.setOnAction(x -> send(new Command.EditItem("tbl-" + UUID.randomUUID(), client.tableId(), item.id(),
                    area.text()), this::endBusy));
            row.getChildren().setAll(new VBox(8, label(fieldName, "label"), area.node(), new HBox(8, save, cancel)));
            HBox.setHgrow(row.getChildren().get(0), javafx.scene.layout.Priority.ALWAYS);
            // The table types its correction at once, after its own words.
            area.area().requestFocus();
            area.area().end();
            // Opened near the bottom of the page, the whole form is scrolled into view, its buttons too.
            Reveal.afterLayout(row);
        });
        withdraw.setOnAction(e -> {
            busyItem = item.id();
            Button yes = new Button(i18n.t("table.item.confirmWithdraw"));
            yes.setId("confirmWithdraw-" + item.id());
            yes.getStyleClass().add("danger");
            Button cancel = new Button(i18n.t("table.item.cancel"));
            cancel.setOnAction(x -> endBusy());
            yes.setOnAction(x -> send(new Command.WithdrawItem("tbl-" + UUID.randomUUID(), client.tableId(), item.id()),
                    this::endBusy));
            buttons.getChildren().setAll(yes, cancel);
        });
        return row;
    }

    private void endBusy() {
        busyItem = null;
        if (client != null && client.state() != null && live != null) {
            live.accept(client.state());
        }
    }

    /** The dot vote on a card's open questions: the table spreads its dots and sends them as one vote. */
    private void dots(Workshop w, VBox box, Phase phase) {
        int allowed = w.voting().dotVotesPerTable();
        box.getChildren().add(label(i18n.t("table.dots.intro", allowed), "muted"));
        VBox list = new VBox(10);
        list.setId("tableDots");
        Label used = label("", "label");
        used.setId("dotsUsed");
        Button send = new Button(i18n.t("table.dots.send"));
        send.setId("sendDots");
        send.getStyleClass().add("accent");
        box.getChildren().addAll(list, used, send);
        Map<String, javafx.scene.control.Spinner<Integer>> spinners = new LinkedHashMap<>();
        Runnable count = () -> {
            int total = spinners.values().stream().mapToInt(sp -> sp.getValue() == null ? 0 : sp.getValue()).sum();
            used.setText(i18n.t("table.dots.used", total, allowed));
            send.setDisable(total > allowed || spinners.isEmpty());
        };
        send.setOnAction(e -> {
            Map<String, Integer> given = new LinkedHashMap<>();
            spinners.forEach((id, sp) -> {
                if (sp.getValue() != null && sp.getValue() > 0) {
                    given.put(id, sp.getValue());
                }
            });
            send(new Command.CastDots("tbl-" + UUID.randomUUID(), client.tableId(), phase.cardId(), given), () -> { });
        });
        var shown = new java.util.concurrent.atomic.AtomicReference<java.util.List<String>>();
        live = state -> {
            java.util.List<String> ids = state.dotItems().stream().map(d -> d.id() + "\u0000" + d.text()).toList();
            if (ids.equals(shown.get())) {
                return;
            }
            shown.set(ids);
            Map<String, Integer> before = new LinkedHashMap<>();
            spinners.forEach((id, sp) -> before.put(id, sp.getValue()));
            spinners.clear();
            list.getChildren().clear();
            if (state.dotItems().isEmpty()) {
                list.getChildren().add(label(i18n.t("table.dots.none"), "muted"));
            }
            for (Wire.DotItem item : state.dotItems()) {
                int start = before.getOrDefault(item.id(), state.dots().getOrDefault(item.id(), 0));
                javafx.scene.control.Spinner<Integer> sp = new javafx.scene.control.Spinner<>(0, allowed, Math.min(start, allowed));
                sp.setId("dot-" + item.id());
                sp.setPrefWidth(90);
                sp.valueProperty().addListener((o, a, b) -> count.run());
                spinners.put(item.id(), sp);
                String from = w.table(item.tableId()).map(Workshop.TableDef::name).orElse("");
                Label text = label(item.text() + (from.isEmpty() ? "" : "  (" + from + ")"), "label");
                HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox row = new HBox(12, sp, text);
                row.setAlignment(Pos.CENTER_LEFT);
                list.getChildren().add(row);
            }
            count.run();
        };
    }

    /** Sends a command; "saved" is shown only when the host has acknowledged it. */
    private void send(Command command, Runnable then) {
        send(command, then, () -> { });
    }

    /** Sends; {@code then} runs once the host holds it, {@code otherwise} if it was refused or could not be kept. */
    private void send(Command command, Runnable then, Runnable otherwise) {
        try {
            CompletableFuture<Wire.Ack> answer = client.submit(command);
            // On this laptop's disk now; sent at once, or when the connection is back.
            feedback.setText(i18n.t(client.status() == TableClient.Status.CONNECTED ? "table.sending" : "table.kept"));
            answer.whenComplete((ack, error) -> Platform.runLater(() -> {
                if (error == null) {
                    feedback.setText(i18n.t("table.saved"));
                    then.run();
                } else {
                    Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    feedback.setText(i18n.t("table.refused", cause instanceof TableClient.Refused r ? reason(r.code(), r.getMessage())
                            : cause.getMessage()));
                    otherwise.run();
                }
            }));
        } catch (IOException e) {
            feedback.setText(i18n.t("table.failed", e.getMessage()));
            otherwise.run();
        }
    }

    /** The refusal {@code code} in the table's language; the host's own words for a code this program does not know. */
    private String reason(String code, String hostWords) {
        String key = "net.error." + code;
        return dk.dialogforum.text.Texts.has(i18n.locale(), key) || hostWords == null ? i18n.t(key) : hostWords;
    }

    public void dispose() {
        disposed = true;
        stopBrowsing();
        if (client != null) {
            client.close();
            client = null;
        }
        if (outbox != null) {
            try {
                outbox.close();
            } catch (IOException e) {
                // the claim ends with the program anyway
            }
            outbox = null;
        }
    }
}
