package dk.dialogforum.ui.table;

import dk.dialogforum.journal.DataFolder;
import dk.dialogforum.net.HostIdentity;
import dk.dialogforum.net.JoinAddress;
import dk.dialogforum.net.LanDiscovery;
import dk.dialogforum.net.OutboxClaim;
import dk.dialogforum.net.TableClient;
import dk.dialogforum.net.Wire;
import dk.dialogforum.ui.kit.FxBatch;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.util.Daemons;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import static dk.dialogforum.ui.table.TableLabels.label;

/**
 * Table mode: a table laptop joins the facilitator's meeting ({@link JoinForm}), takes its seat
 * ({@link SeatPicker}) and follows the phases by itself — the ballots ({@link BallotForm}), items on the open
 * vision card ({@link CardItemsForm}), the dot vote ({@link DotsForm}). The top line always says whether the
 * laptop is connected and how many entries wait to be sent; an entry is shown as saved only when the host
 * has acknowledged it.
 */
public final class TableScreen {
    private final I18n i18n;
    private final Navigator nav;
    /** Whether to go back by itself into a meeting this laptop has a seat in, when it is found. */
    private final boolean rejoinSeat;

    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Label feedback = new Label();
    private final Button leave = new Button();
    /** The client's changes, a burst of them shown once. */
    private final FxBatch refreshes = new FxBatch(this::refresh);
    /** Writes the table's entries to its outbox on disk, off the FX thread. */
    private final ExecutorService disk = Executors.newSingleThreadExecutor(Daemons.named("table-outbox"));

    private TableClient client;
    private Entries entries;
    private JoinForm joinForm;
    private SeatPicker seats;
    /** The screen of the phase shown now, told each state; null when none follows the state. */
    private TablePhase phase;
    /** The host's address the table last knew, to say so when the client follows the meeting elsewhere. */
    private URI hostShown;

    private String shownFor;
    private String connectingTo;
    /** This window's outbox folder, held while the window is open: another window on the computer gets another. */
    private OutboxClaim outbox;
    /**
     * The meeting this laptop has a seat in from before its program started: when it is found on the
     * network, the table goes back into it by itself, at its seat. Tried once; a table turned away chooses
     * for itself.
     */
    private String rejoin;
    /** The address the table typed or picked, given again in the form if the host turns the table away. */
    private String typedAddress = "";

    private boolean joined;

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
            outbox = OutboxClaim.claim(DataFolder.root().resolve("table"));
            rejoin = rejoinSeat ? outbox.seatedIn() : null;
        } catch (IOException | RuntimeException e) {
            rejoin = null; // claimed again when the table joins, which says what is wrong
        }
        showJoinForm("", null);
        status.setText(i18n.t("table.title"));
        return root;
    }

    private void showJoinForm(String typed, String refused) {
        if (joinForm != null) {
            joinForm.stop();
        }
        joinForm = new JoinForm(i18n, typed, refused, this::connect, this::rejoins);
        root.setCenter(joinForm.node());
    }

    /** Goes back into {@code found} by itself if it is the meeting this laptop sat in; true if it did. */
    private boolean rejoins(LanDiscovery.Found found) {
        if (rejoin != null && rejoin.equals(found.meeting()) && client == null) {
            rejoin = null;
            connect(found.address(), "");
            return true;
        }
        return false;
    }

    private void connect(String address, String code) {
        // The code may be left out by a table that sat in this meeting before: its seat lets it in.
        if (address.isEmpty()) {
            feedback.setText(i18n.t("table.missing"));
            return;
        }
        String hostPort;
        try {
            // The web address from the QR code or the projector works too, its code with it.
            JoinAddress at = JoinAddress.parse(address, code, HostIdentity.firstPort());
            hostPort = at.hostPort();
            code = at.code();
        } catch (IllegalArgumentException e) {
            feedback.setText(i18n.t("table.failed", String.valueOf(e.getMessage())));
            return;
        }
        try {
            // One outbox for the laptop, whatever the address: it is kept per meeting (see TableClient), so a
            // host that comes back at another address is the same meeting, with the same seat and entries.
            if (outbox == null) {
                outbox = OutboxClaim.claim(DataFolder.root().resolve("table"));
            }
            client = new TableClient(Wire.hostAt(hostPort), code, null, outbox.folder());
        } catch (IOException | IllegalArgumentException e) {
            feedback.setText(i18n.t("table.failed", String.valueOf(e.getMessage())));
            return;
        }
        joined = true;
        entries = new Entries(i18n, feedback, client, disk);
        leaveSaysWhere();
        client.setOnChange(refreshes::request);
        client.followOnTheNetwork();
        hostShown = client.address();
        client.start();
        joinForm.stop();
        typedAddress = address;
        connectingTo = i18n.t("table.connecting", hostPort);
        feedback.setText(connectingTo);
    }

    /** A table with a seat leaves the meeting; one still choosing its seat (or connecting) only goes back. */
    private void leaveSaysWhere() {
        leave.setText(i18n.t(
                client.tableId() == null || client.status() == TableClient.Status.ENDED
                        ? "table.back"
                        : "table.leave"));
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

    private void refresh() {
        if (client == null) {
            return;
        }
        TableClient.Refusal refused = client.refusal();
        if (refused != null) {
            turnedAway(refused);
            return;
        }
        Workshop w = client.workshop();
        showStatus(w);
        leaveSaysWhere();
        sayWhereTheMeetingIs();
        if (w == null) {
            return;
        }
        if (client.tableId() == null || client.status() != TableClient.Status.CONNECTED && shownFor == null) {
            if (client.tableId() == null) {
                if (seats == null || seats.workshop() != w) {
                    // Built once per meeting: a refresh must not undo a table's half-made choice.
                    seats = new SeatPicker(i18n, client, w);
                    root.setCenter(seats.node());
                } else {
                    seats.update();
                }
            }
            return;
        }
        Wire.State state = client.state();
        String open = state == null
                ? null
                : state.openPhases().stream()
                        .filter(p -> !p.equals(Phase.WELCOME))
                        .reduce((a, b) -> b)
                        .orElse(null);
        Wire.Revealed revealed = state == null ? null : state.revealed();
        String key = open + "|" + (state != null && state.closed()) + "|"
                + (open == null && revealed != null ? revealed.phase() : "");
        if (!Objects.equals(key, shownFor)) {
            if (shownFor != null && client.pending() == 0) {
                // Another phase: what was said of the last one ("saved, you may change it") no longer holds.
                feedback.setText("");
            }
            shownFor = key;
            ScrollPane scroll = new ScrollPane(
                    state != null && state.closed()
                            ? ended(state.receipt())
                            : open == null && revealed != null ? result(w, revealed) : phaseView(w, open));
            scroll.setFitToWidth(true);
            root.setCenter(scroll);
        }
        if (phase != null && state != null) {
            phase.update(state);
        }
    }

    /** Turned away (a wrong code, another version …): back to the form, the address kept, saying why. */
    private void turnedAway(TableClient.Refusal refused) {
        client.close();
        client = null;
        shownFor = null;
        seats = null;
        phase = null;
        status.setText(i18n.t("table.title"));
        leave.setText(i18n.t("table.back"));
        showJoinForm(
                typedAddress, i18n.t("table.joinRefused", Entries.reason(i18n, refused.code(), refused.message())));
        feedback.setText("");
    }

    /** The top line: the seat, whether the laptop is connected, and how many entries wait to be sent. */
    private void showStatus(Workshop w) {
        String statusKey = switch (client.status()) {
            case CONNECTED -> "table.status.connected";
            case RECONNECTING -> "table.status.reconnecting";
            case ENDED -> "table.status.ended";
            // The host has said hello, and waits for the table to pick its seat.
            default ->
                w == null || client.tableId() != null
                        ? "table.status.offline"
                        : client.seatWaiting() != null ? "table.status.waitingForSeat" : "table.status.chooseSeat";
        };
        String seat = client.tableId() == null || w == null
                ? i18n.t("table.title")
                : w.table(client.tableId()).map(Workshop.TableDef::name).orElse(client.tableId());
        status.setText(seat + " · " + i18n.t(statusKey) + " · " + i18n.t("table.pending", client.pending()));
        if ((client.status() == TableClient.Status.CONNECTED || w != null)
                && connectingTo != null
                && connectingTo.equals(feedback.getText())) {
            // The host has answered: the status line says so; "connecting to …" would be stale.
            feedback.setText("");
        }
        if (client.status() != TableClient.Status.CONNECTED
                && client.pending() > 0
                && i18n.t("table.sending").equals(feedback.getText())) {
            // Sent on a connection that has since been found dead: it waits here, and says so.
            feedback.setText(i18n.t("table.kept"));
        }
        String trouble = client.hostTrouble();
        if (trouble != null && client.pending() > 0) {
            // The host could not keep what was sent (its disk is full …): it waits here, and is sent again.
            feedback.setText(i18n.t("table.held", Entries.reason(i18n, trouble, null)));
        }
    }

    /**
     * The meeting is over: nothing more to enter, what the facilitator holds from this table (which is what
     * the minutes hold), and what, if anything, did not reach the facilitator in time.
     */
    private Node ended(Wire.Receipt receipt) {
        phase = null;
        VBox box = new VBox(14, label(i18n.t("table.ended.title"), "card-title"));
        if (receipt != null) {
            Label held = label(
                    i18n.t(
                            "table.ended.receipt",
                            receipt.enqueteBallots(),
                            receipt.rankingBallots(),
                            receipt.items(),
                            receipt.dottedCards()),
                    "label");
            held.setId("tableEndedReceipt");
            box.getChildren().add(held);
        }
        int pending = client.pending();
        box.getChildren()
                .add(label(
                        pending == 0 ? i18n.t("table.ended.text") : i18n.t("table.ended.pending", pending), "muted"));
        box.setId("tableEnded");
        box.setPadding(new Insets(24));
        return box;
    }

    /** Nothing to enter, and a result on the projector: the table sees it too. */
    private Node result(Workshop w, Wire.Revealed revealed) {
        VBox box = new VBox(14);
        box.setPadding(new Insets(24));
        Phase shown = Phase.find(w, revealed.phase()).orElseThrow();
        box.getChildren().add(label(i18n.t("table.result.title", PhaseNames.name(i18n, w, shown)), "card-title"));
        phase = new RevealedResult(i18n, w);
        box.getChildren().add(phase.node());
        return box;
    }

    /** The screen of the open phase, under its name; a phase with nothing to enter asks the table to follow the projector. */
    private Node phaseView(Workshop w, String phaseId) {
        VBox box = new VBox(14);
        box.setPadding(new Insets(24));
        Phase open = phaseId == null ? null : Phase.find(w, phaseId).orElse(null);
        phase = null;
        if (open == null) {
            box.getChildren().add(label(i18n.t("table.waiting"), "card-title"));
            return box;
        }
        box.getChildren().add(label(PhaseNames.name(i18n, w, open), "card-title"));
        phase = switch (open.kind()) {
            case ENQUETE -> new BallotForm(i18n, w, true, entries, this::nextBallot);
            case RANKING -> new BallotForm(i18n, w, false, entries, this::nextBallot);
            case CARD -> new CardItemsForm(i18n, w, open, entries);
            case DOTS -> new DotsForm(i18n, w, open, entries);
            default -> null;
        };
        box.getChildren().add(phase == null ? label(i18n.t("table.followScreen"), "muted") : phase.node());
        return box;
    }

    /** A clean ballot for the next participant at the table. */
    private void nextBallot() {
        if (client != null) {
            client.nextParticipant(); // in individual voting, the next person's ballot is their own
        }
        shownFor = null;
        refresh();
    }

    public void dispose() {
        if (joinForm != null) {
            joinForm.stop();
        }
        disk.shutdown();
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
