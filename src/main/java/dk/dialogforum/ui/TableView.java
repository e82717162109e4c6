package dk.dialogforum.ui;

import dk.dialogforum.journal.DataFolder;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.net.LanDiscovery;
import dk.dialogforum.net.TableClient;
import dk.dialogforum.net.Wire;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Table mode: a table laptop joins the facilitator's meeting, takes its seat and follows the phases by
 * itself — the enquete ballot, items on the open vision card, the live ranking. The top line always
 * says whether the laptop is connected and how many entries wait to be sent; an entry is shown as
 * saved only when the host has acknowledged it.
 */
public final class TableView {
    private final I18n i18n;
    private final Navigator nav;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Label feedback = new Label();
    private TableClient client;
    private LanDiscovery.Browser browser;
    private boolean disposed;
    private String shownFor;

    public TableView(I18n i18n, Navigator nav) {
        this.i18n = i18n;
        this.nav = nav;
    }

    public Parent build() {
        status.setId("tableStatus");
        status.getStyleClass().add("console-title");
        feedback.setId("tableFeedback");
        feedback.setWrapText(true);
        Button back = new Button(i18n.t("table.leave"));
        back.setOnAction(e -> {
            dispose();
            nav.backToStart();
        });
        HBox top = new HBox(16, status, SlideParts.grow(), back);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 12, 16));
        top.getStyleClass().add("console-bar");
        root.setTop(top);
        root.setBottom(feedback);
        BorderPane.setMargin(feedback, new Insets(8, 16, 12, 16));
        root.setCenter(connectForm());
        status.setText(i18n.t("table.title"));
        return root;
    }

    private Node connectForm() {
        TextField address = new TextField();
        address.setId("hostAddress");
        address.setPromptText("192.168.1.20:47800");
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

        VBox found = new VBox(8);
        found.setId("foundMeetings");
        found.getChildren().add(label(i18n.t("table.found.searching"), "muted"));
        browse(meetings -> {
            found.getChildren().setAll(label(i18n.t(meetings.isEmpty() ? "table.found.searching" : "table.found.title"),
                    meetings.isEmpty() ? "muted" : "card-kicker"));
            for (LanDiscovery.Found m : meetings) {
                Button pick = new Button(i18n.t("table.found.entry", m.title(), m.address()));
                pick.getStyleClass().add("found-meeting");
                pick.setWrapText(true);
                pick.setMaxWidth(640);
                pick.setOnAction(e -> {
                    address.setText(m.address());
                    code.requestFocus();
                });
                found.getChildren().add(pick);
            }
            // One meeting in the room and nothing typed yet: that is the one.
            if (meetings.size() == 1 && address.getText().isBlank()) {
                address.setText(meetings.get(0).address());
            }
        });
        VBox box = new VBox(16, label(i18n.t("table.intro"), "card-title"), found, grid);
        box.setPadding(new Insets(32));
        return box;
    }

    /** Lists the meetings announced on the LAN while the form is shown; a network without multicast just finds none. */
    private void browse(java.util.function.Consumer<java.util.List<LanDiscovery.Found>> show) {
        Thread t = new Thread(() -> {
            try {
                LanDiscovery.Browser started = LanDiscovery.browse(java.net.InetAddress.getByName(HostIdentity.lanAddress()),
                        meetings -> Platform.runLater(() -> {
                            if (browser != null) {
                                show.accept(meetings);
                            }
                        }));
                Platform.runLater(() -> {
                    if (client != null || disposed) {
                        closeBrowser(started);
                    } else {
                        browser = started;
                    }
                });
            } catch (IOException | RuntimeException e) {
                java.util.logging.Logger.getLogger(TableView.class.getName())
                        .log(java.util.logging.Level.WARNING, "cannot look for meetings on the network", e);
            }
        }, "meeting-search");
        t.setDaemon(true);
        t.start();
    }

    private static void closeBrowser(LanDiscovery.Browser b) {
        Thread t = new Thread(() -> {
            try {
                b.close();
            } catch (IOException e) {
                // nothing more to do: the search is over either way
            }
        }, "meeting-search-close");
        t.setDaemon(true);
        t.start();
    }

    private void stopBrowsing() {
        if (browser != null) {
            closeBrowser(browser);
            browser = null;
        }
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private void connect(String address, String code) {
        if (address.isEmpty() || code.isEmpty()) {
            feedback.setText(i18n.t("table.missing"));
            return;
        }
        String hostPort = address.contains(":") ? address : address + ":" + HostIdentity.DEFAULT_PORT;
        try {
            client = new TableClient(URI.create("ws://" + hostPort + "/ws"), code, null,
                    DataFolder.root().resolve("table").resolve(hostPort.replaceAll("[^A-Za-z0-9.-]", "_")));
        } catch (IOException | IllegalArgumentException e) {
            feedback.setText(i18n.t("table.failed", String.valueOf(e.getMessage())));
            return;
        }
        client.setOnChange(() -> Platform.runLater(this::refresh));
        client.start();
        stopBrowsing();
        feedback.setText(i18n.t("table.connecting", hostPort));
    }

    private void refresh() {
        if (client == null) {
            return;
        }
        Workshop w = client.workshop();
        String statusKey = switch (client.status()) {
            case CONNECTED -> "table.status.connected";
            case RECONNECTING -> "table.status.reconnecting";
            default -> "table.status.offline";
        };
        String seat = client.tableId() == null || w == null ? i18n.t("table.title")
                : w.table(client.tableId()).map(Workshop.TableDef::name).orElse(client.tableId());
        status.setText(seat + " · " + i18n.t(statusKey) + " · " + i18n.t("table.pending", client.pending()));
        if (w == null) {
            return;
        }
        if (client.tableId() == null || client.status() != TableClient.Status.CONNECTED && shownFor == null) {
            if (client.tableId() == null) {
                root.setCenter(seats(w));
            }
            return;
        }
        Wire.State state = client.state();
        String open = state == null ? null : state.openPhases().stream()
                .filter(p -> !p.equals(Phase.WELCOME)).reduce((a, b) -> b).orElse(null);
        String key = open + "|" + (state != null && state.closed());
        if (!Objects.equals(key, shownFor)) {
            shownFor = key;
            root.setCenter(new ScrollPane(phaseView(w, open)));
        }
    }

    private Node seats(Workshop w) {
        FlowPane buttons = new FlowPane(12, 12);
        for (Workshop.TableDef t : w.tables()) {
            Button b = new Button(t.name());
            b.setId("seat-" + t.id());
            b.setStyle("-fx-border-color: " + t.colour().hex() + "; -fx-border-width: 3; -fx-font-size: 18px;");
            b.setOnAction(e -> client.takeSeat(t.id()));
            buttons.getChildren().add(b);
        }
        VBox box = new VBox(16, label(w.meeting().title(), "card-title"), label(i18n.t("table.chooseSeat"), "muted"), buttons);
        box.setPadding(new Insets(32));
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
            default -> box.getChildren().add(label(i18n.t("table.followScreen"), "muted"));
        }
        return box;
    }

    private void ballot(Workshop w, VBox box, boolean enquete) {
        RankingEditor editor = new RankingEditor(i18n, w.ranking().items());
        box.getChildren().addAll(label(w.ranking().question() == null ? w.ranking().title() : w.ranking().question(), "muted"), editor);
        Map<String, ChoiceBox<Integer>> answers = new LinkedHashMap<>();
        if (enquete) {
            int n = 0;
            for (Workshop.Statement st : w.enquete().statements()) {
                ChoiceBox<Integer> choice = Choices.scaleAnswer(w.enquete().scale(), "tableAnswer-" + st.id());
                answers.put(st.id(), choice);
                box.getChildren().add(new VBox(6, label((++n) + ". " + st.text(), "label"), choice));
            }
        }
        Button send = new Button(i18n.t("table.sendBallot"));
        send.setId("tableSend");
        send.getStyleClass().add("accent");
        send.setOnAction(e -> {
            String id = "tbl-" + UUID.randomUUID();
            String ballotId = w.voting().mode() == Workshop.VotingMode.INDIVIDUAL ? id : null;
            Command c;
            if (enquete) {
                Map<String, Integer> given = new LinkedHashMap<>();
                answers.forEach((k, v) -> {
                    if (v.getValue() != null) {
                        given.put(k, v.getValue());
                    }
                });
                c = new Command.SubmitEnqueteBallot(id, client.tableId(), ballotId, editor.ranking(), given);
            } else {
                c = new Command.SubmitRankingBallot(id, client.tableId(), ballotId, editor.ranking());
            }
            send(c, () -> answers.values().forEach(b -> b.setValue(null)));
        });
        box.getChildren().add(send);
    }

    private void items(Workshop w, VBox box, Phase phase) {
        Workshop.VisionCard card = w.card(phase.cardId()).orElseThrow();
        if (card.description() != null) {
            box.getChildren().add(label(card.description(), "muted"));
        }
        ChoiceBox<Workshop.WorksheetField> field = Choices.of(w.fields(), Workshop.WorksheetField::title, "tableField");
        TextArea text = new TextArea();
        text.setId("tableText");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        Button add = new Button(i18n.t("table.addItem"));
        add.setId("tableAdd");
        add.getStyleClass().add("accent");
        VBox mine = new VBox(6);
        add.setOnAction(e -> {
            String entry = text.getText();
            String fieldName = field.getValue().shortTitle();
            send(new Command.AddItem("tbl-" + UUID.randomUUID(), client.tableId(), card.id(), field.getValue().id(), entry), () -> {
                text.clear();
                mine.getChildren().add(label("✓ " + fieldName + ": " + entry, "label"));
            });
        });
        box.getChildren().addAll(field, text, add, label(i18n.t("table.mine"), "console-section"), mine);
    }

    /** Sends a command; "saved" is shown only when the host has acknowledged it. */
    private void send(Command command, Runnable then) {
        try {
            feedback.setText(i18n.t("table.sending"));
            client.submit(command).whenComplete((ack, error) -> Platform.runLater(() -> {
                if (error == null) {
                    feedback.setText(i18n.t("table.saved"));
                    then.run();
                } else {
                    Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    feedback.setText(i18n.t("table.refused", cause.getMessage()));
                }
            }));
        } catch (IOException e) {
            feedback.setText(i18n.t("table.failed", e.getMessage()));
        }
    }

    public void dispose() {
        disposed = true;
        stopBrowsing();
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
