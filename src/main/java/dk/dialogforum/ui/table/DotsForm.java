package dk.dialogforum.ui.table;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.net.Wire;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import static dk.dialogforum.ui.table.TableLabels.label;

/**
 * The dot vote on a card's items of the dot fields: the table gives dots on the items themselves (+ and −
 * on each), sees its budget all the while, cannot give more than it has and is told so, and sends them
 * as one vote; what the facilitator holds is then said.
 */
final class DotsForm implements TablePhase {
    private final I18n i18n;
    private final Workshop w;
    private final int allowed;
    private final VBox box = new VBox(14);
    private final VBox list = new VBox(10);
    private final Label used = label("", "label");
    private final Label receipt = label("", "muted");
    private final Button send;
    /** The dots the table gives now, per item, in the order shown. */
    private final Map<String, Integer> given = new LinkedHashMap<>();

    private final Map<String, Row> rows = new LinkedHashMap<>();
    /** The items to vote on as last shown: the list is built again only when they change. */
    private List<String> shown;
    /**
     * The dots as the host holds them: the table's, last told; in individual voting this laptop's participant's own,
     * as last acknowledged (the host tells a table its participants' dots together, and a set sent replaces only
     * the sender's own, so a form that started from the table's would give the others' dots again as its own).
     */
    private Map<String, Integer> held = Map.of();

    private final boolean individual;
    /** Whether dots were changed here since the form started or last took what the host holds. */
    private boolean touched;

    DotsForm(I18n i18n, Workshop w, Phase phase, Entries entries) {
        this.i18n = i18n;
        this.w = w;
        this.allowed = w.voting().dotVotesPerTable();
        this.individual = w.voting().mode() == Workshop.VotingMode.INDIVIDUAL;
        box.getChildren().add(label(i18n.tFor(individual, "table.dots.intro", allowed), "muted"));
        box.getChildren().add(label(i18n.t("table.dots.fields", PhaseNames.dotFields(i18n, w)), "label"));
        list.setId("tableDots");
        used.setId("dotsUsed");
        receipt.setId("dotsReceipt");
        send = new Button(i18n.t("table.dots.send"));
        send.setId("sendDots");
        send.getStyleClass().add("accent");
        // The budget, the send button and what the facilitator holds above the items, however many there are.
        HBox top = new HBox(16, send, used);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(used, Priority.ALWAYS);
        used.setMaxWidth(Double.MAX_VALUE);
        box.getChildren().addAll(top, receipt, list);
        send.setOnAction(e -> {
            Map<String, Integer> vote = new LinkedHashMap<>();
            given.forEach((id, n) -> {
                if (n > 0) {
                    vote.put(id, n);
                }
            });
            entries.send(new Command.CastDots(Entries.newId(), entries.tableId(), phase.cardId(), vote), () -> {
                if (individual) {
                    held = Collections.unmodifiableMap(vote); // in the order given, as the receipt says them
                    showReceipt();
                    count();
                }
            });
        });
        if (individual) {
            entries.ownDots(phase.cardId(), this::startFrom);
        }
    }

    /**
     * Starts from what this laptop's participant gave, as the laptop kept it when the host acknowledged it: the
     * host tells the table only its participants' dots together, and the laptop may have been started again.
     */
    private void startFrom(Map<String, Integer> own) {
        if (touched || own.isEmpty()) {
            return; // changed here meanwhile, or nothing given
        }
        held = own;
        showGiven(own);
        showReceipt();
        count();
    }

    /** The form gives {@code dots}, on the items it lists now. */
    private void showGiven(Map<String, Integer> dots) {
        given.clear();
        dots.forEach((id, n) -> {
            if (rows.containsKey(id) && n > 0) {
                given.put(id, n);
            }
        });
    }

    /** The receipt: what the host holds, in words; nothing before anything is held. */
    private void showReceipt() {
        receipt.setText(held.isEmpty() ? "" : i18n.t("table.dots.saved", dotsInWords()));
    }

    @Override
    public Node node() {
        return box;
    }

    /** One item to dot: − its dots +, and its text with the table that wrote it. */
    private final class Row {
        final Label count = label("0", "dot-count-small");
        final Button less = new Button("−");
        final Button more = new Button("+");
        final HBox node;

        Row(Wire.DotItem item) {
            count.setId("dot-" + item.id());
            count.setMinWidth(36);
            count.setAlignment(Pos.CENTER);
            less.setId("dotLess-" + item.id());
            more.setId("dotMore-" + item.id());
            less.setAccessibleText(i18n.t("table.dots.less", item.text()));
            more.setAccessibleText(i18n.t("table.dots.more", item.text()));
            less.setOnAction(e -> change(item.id(), -1));
            more.setOnAction(e -> change(item.id(), 1));
            String from = w.table(item.tableId()).map(Workshop.TableDef::name).orElse("");
            // With dots on more than one field, each item says which it is under.
            String field = w.fields().stream()
                                    .filter(Workshop.WorksheetField::dotVotes)
                                    .count()
                            > 1
                    ? w.field(item.fieldId()).map(f -> f.shortTitle() + ": ").orElse("")
                    : "";
            Label text = label(field + item.text() + (from.isEmpty() ? "" : "  (" + from + ")"), "label");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox buttons = new HBox(4, less, count, more);
            buttons.setAlignment(Pos.CENTER);
            buttons.setMinWidth(Region.USE_PREF_SIZE);
            node = new HBox(12, buttons, text);
            node.setAlignment(Pos.CENTER_LEFT);
            node.getStyleClass().add("table-item");
        }
    }

    private void change(String itemId, int step) {
        int now = given.getOrDefault(itemId, 0) + step;
        if (now < 0 || step > 0 && total() >= allowed) {
            return;
        }
        given.put(itemId, now);
        touched = true;
        count();
    }

    private int total() {
        return given.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The budget, said at every step; + offered only while dots are left, − only on a dotted item. */
    private void count() {
        int total = total();
        used.setText(
                total >= allowed
                        ? i18n.tFor(individual, "table.dots.allUsed", total, allowed)
                        : i18n.t("table.dots.used", total, allowed, allowed - total));
        rows.forEach((id, row) -> {
            int n = given.getOrDefault(id, 0);
            row.count.setText(String.valueOf(n));
            row.less.setDisable(n == 0);
            row.more.setDisable(total >= allowed);
        });
        send.setDisable(rows.isEmpty() || given.equals(held));
    }

    @Override
    public void update(Wire.State state) {
        Map<String, Integer> before = new LinkedHashMap<>(individual && !touched ? held : given);
        if (!individual && !state.dots().equals(held)) {
            // What the host holds now is what the table gave, until it changes them again.
            held = Map.copyOf(state.dots());
            before = new LinkedHashMap<>(held);
        }
        List<String> ids =
                state.dotItems().stream().map(d -> d.id() + "\u0000" + d.text()).toList();
        dotItems = state.dotItems();
        showReceipt();
        if (!ids.equals(shown)) {
            shown = ids;
            rows.clear();
            list.getChildren().clear();
            if (state.dotItems().isEmpty()) {
                list.getChildren().add(label(i18n.t("table.dots.none", PhaseNames.dotFields(i18n, w)), "muted"));
            }
            for (Wire.DotItem item : state.dotItems()) {
                Row row = new Row(item);
                rows.put(item.id(), row);
                list.getChildren().add(row.node);
            }
        }
        showGiven(before);
        count();
    }

    /** The items to vote on, last told. */
    private List<Wire.DotItem> dotItems = List.of();

    /** "2 på »…«, 1 på »…«": the dots as the host holds them. */
    private String dotsInWords() {
        List<String> parts = new ArrayList<>();
        held.forEach((id, n) -> dotItems.stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .ifPresent(d -> parts.add(i18n.t("table.dots.on", n, d.text()))));
        return String.join(", ", parts);
    }
}
