package dk.dialogforum.ui.console;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.Command.PhaseAction;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.results.Participation;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.MeasuredLabel;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.projector.Presentation;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The middle of the console: the selected phase's name, its buttons (show, open, close, reveal), its count
 * of what has come in, and its panel ({@link PhasePanel}).
 */
final class PhaseControls {
    private final I18n i18n;
    private final FxMeeting meeting;
    private final Workshop workshop;
    private final Presentation presentation;
    /** What a refused phase change is shown with. */
    private final Consumer<Outcome> answered;
    /** The summary's panel: the minutes' export. */
    private final Runnable exportMinutes;

    private final VBox detail = new VBox(14);
    /** Wraps onto a second row on a small window rather than cutting the buttons' words. */
    private final FlowPane phaseButtons = new FlowPane(8, 8);

    private final Label phaseTitle = new MeasuredLabel();
    private final Label progress = new MeasuredLabel();
    private final StackPane panelHolder = new StackPane();
    private PhasePanel panel;
    private Phase panelPhase;
    private List<Object> buttonsShow;

    PhaseControls(
            I18n i18n,
            FxMeeting meeting,
            Presentation presentation,
            Consumer<Outcome> answered,
            Runnable exportMinutes) {
        this.i18n = i18n;
        this.meeting = meeting;
        this.workshop = meeting.engine().workshop();
        this.presentation = presentation;
        this.answered = answered;
        this.exportMinutes = exportMinutes;
        phaseTitle.getStyleClass().add("phase-title");
        phaseTitle.setWrapText(true);
        progress.setId("progress");
        progress.setWrapText(true);
        notes = new NotesPanel(i18n, meeting);
        detail.getChildren().addAll(phaseTitle, phaseButtons, progress, panelHolder, notes.node());
    }

    /** The notes for the chosen step of the agenda. */
    private final NotesPanel notes;

    /** Saves the notes typed since the last pause, before the console goes. */
    void flushNotes() {
        notes.flush();
    }

    VBox node() {
        return detail;
    }

    /**
     * Shows phase {@code p} as it is in {@code s}, with {@code shown} on the projector. The buttons are made
     * anew only when the phases change, the panel when another phase is chosen; true if either happened, when
     * the panel's content is to follow at once.
     */
    boolean show(Snapshot s, Phase p, String shown) {
        notes.show(s, p.id());
        Snapshot.PhaseStatus st = s.phase(p.id());
        List<Object> buttonsNow = Arrays.asList(p, st, shown, s.closed());
        boolean phasesChanged = !buttonsNow.equals(buttonsShow);
        if (phasesChanged) {
            buttonsShow = buttonsNow;
            phaseTitle.setText(PhaseNames.name(i18n, workshop, p));
            phaseButtons.getChildren().setAll(action("console.show", p, PhaseAction.SHOW, !p.id().equals(shown)));
            if (p.takesInput()) {
                phaseButtons
                        .getChildren()
                        .addAll(
                                action("console.open", p, PhaseAction.OPEN, !st.open() && !s.closed()),
                                action("console.close", p, PhaseAction.CLOSE, st.open()));
                if (p.kind() == Phase.Kind.ENQUETE || p.kind() == Phase.Kind.RANKING) {
                    phaseButtons
                            .getChildren()
                            .add(
                                    st.revealed()
                                            ? action("console.conceal", p, PhaseAction.CONCEAL, true)
                                            : action("console.reveal", p, PhaseAction.REVEAL, st.everOpened()));
                }
            }
        }
        boolean newPanel = !p.equals(panelPhase);
        if (newPanel) {
            panelPhase = p;
            PanelKit kit = new PanelKit(i18n, meeting, presentation);
            panel = switch (p.kind()) {
                case ENQUETE -> new EnquetePanel(kit, presentation, false);
                case RANKING -> new EnquetePanel(kit, presentation, true);
                case CARD, DOTS -> new CardPanel(kit, p);
                case SUMMARY -> summaryPanel();
                default -> null;
            };
            panelHolder.getChildren().setAll(panel == null ? new Region() : panel.node());
        }
        return newPanel || phasesChanged;
    }

    /** The chosen phase's panel and count, from the latest state. */
    void update(Snapshot s) {
        if (panelPhase != null) {
            progress.setText(progress(s, panelPhase));
        }
        if (panel != null) {
            panel.update(s);
        }
    }

    private PhasePanel summaryPanel() {
        Button export = new Button(i18n.t("console.export"));
        export.setId("exportSummary");
        export.setOnAction(e -> exportMinutes.run());
        export.getStyleClass().add("accent");
        Label hint = new MeasuredLabel(i18n.t("console.export.hint"));
        hint.setWrapText(true);
        VBox box = new VBox(10, hint, export);
        return new PhasePanel() {
            @Override
            public Node node() {
                return box;
            }

            @Override
            public void update(Snapshot snapshot) {}
        };
    }

    private String progress(Snapshot s, Phase p) {
        int tables = workshop.tables().size();
        return switch (p.kind()) {
            case ENQUETE ->
                i18n.t(
                        "console.progress.ballots",
                        Participation.tablesWithEnquete(s),
                        tables,
                        s.enqueteBallots().size());
            case RANKING ->
                i18n.t(
                        "console.progress.ballots",
                        Participation.tablesWithRanking(s),
                        tables,
                        s.rankingBallots().size());
            case CARD, DOTS ->
                i18n.t(
                        "console.progress.items",
                        s.items().stream()
                                .filter(it -> it.cardId().equals(p.cardId()) && it.visible())
                                .count());
            default -> {
                Set<String> there = presentation.tablesThere(s);
                yield s.closed()
                        ? i18n.t(
                                "console.progress.tablesEnded", s.joinedTables().size(), tables)
                        : i18n.t(
                                "console.progress.tables",
                                there == null ? s.joinedTables().size() : TableConnections.count(workshop, there),
                                tables);
            }
        };
    }

    /**
     * Opens {@code p} for the tables, the only phase open to them: another one still open (a card reopened
     * while its dots are open, say) would leave a table on the wrong screen, so the facilitator is asked
     * to close it first, and both happen together.
     */
    private void openAlone(Phase p, Button from) {
        Snapshot s = meeting.snapshot();
        if (p.kind() == Phase.Kind.DOTS && nothingToDot(s, p) && !dotAnyway(p, from)) {
            return;
        }
        List<Phase> others = workshop.phases().stream()
                .filter(q -> !q.equals(p) && q.takesInput() && s.phase(q.id()).open())
                .toList();
        if (!others.isEmpty()) {
            String open = others.stream()
                    .map(q -> "»" + PhaseNames.name(i18n, workshop, q) + "«")
                    .collect(Collectors.joining(", "));
            if (!ask(from, "console.openAlone", new Object[0], open, "»" + PhaseNames.name(i18n, workshop, p) + "«")) {
                return;
            }
            // The engine takes them in the order sent: the tables never have two phases open.
            for (Phase q : others) {
                meeting.submit(new Command.ChangePhase(FxMeeting.newId(), q.id(), PhaseAction.CLOSE), answered);
            }
        }
        meeting.submit(new Command.ChangePhase(FxMeeting.newId(), p.id(), PhaseAction.OPEN), answered);
    }

    /**
     * Whether to open dot vote {@code p} with nothing on its card to give dots to. The facilitator may open it
     * anyway, skip it (the projector goes on to the next step), or leave it as it is.
     */
    private boolean dotAnyway(Phase p, Button from) {
        Phase after = Phase.after(workshop, p).orElse(null);
        String text = i18n.t(
                "console.dotsEmpty.text", PhaseNames.dotFields(i18n, workshop), PhaseNames.name(i18n, workshop, p));
        if (after != null) {
            text += " " + i18n.t("console.dotsEmpty.skipText", PhaseNames.name(i18n, workshop, after));
        }
        Ask.Answer answer = Ask.choose(
                from.getScene() == null ? null : from.getScene().getWindow(),
                i18n.t("console.dotsEmpty.title"),
                text,
                i18n.t("console.dotsEmpty.yes"),
                after == null ? null : i18n.t("console.dotsEmpty.skip"),
                i18n.t("console.dotsEmpty.no"));
        if (answer == Ask.Answer.OTHER) {
            meeting.submit(new Command.ChangePhase(FxMeeting.newId(), after.id(), PhaseAction.SHOW), answered);
        }
        return answer == Ask.Answer.YES;
    }

    /** Whether the tables have written nothing, on {@code p}'s card, in the fields that take dots. */
    private boolean nothingToDot(Snapshot s, Phase p) {
        return s.items().stream()
                .noneMatch(i -> i.cardId().equals(p.cardId())
                        && i.visible()
                        && workshop.field(i.fieldId())
                                .map(Workshop.WorksheetField::dotVotes)
                                .orElse(false));
    }

    /**
     * Asks the facilitator the question {@code key} names ({@code key.title}, {@code .text}, {@code .yes},
     * {@code .no}): true to go on.
     */
    private boolean ask(Button from, String key, Object[] titleArgs, Object... textArgs) {
        return Ask.confirm(
                from.getScene() == null ? null : from.getScene().getWindow(),
                i18n.t(key + ".title", titleArgs),
                i18n.t(key + ".text", textArgs),
                i18n.t(key + ".yes"),
                i18n.t(key + ".no"));
    }

    /**
     * Whether to reveal {@code p}'s result now: at once when every table has answered, else when the
     * facilitator says so, told how few have: a result from one table is that table's answer on the wall.
     */
    private boolean revealAnyway(Phase p, Button from) {
        Snapshot s = meeting.snapshot();
        int answered = p.kind() == Phase.Kind.RANKING
                ? Participation.tablesWithRanking(s)
                : Participation.tablesWithEnquete(s);
        int tables = workshop.tables().size();
        if (answered >= tables) {
            return true;
        }
        return ask(from, "console.revealEarly", new Object[] {answered, tables}, answered, tables);
    }

    private Button action(String key, Phase p, PhaseAction action, boolean enabled) {
        Button b = new Button(i18n.t(key));
        b.setId(key.substring(key.indexOf('.') + 1));
        b.setOnAction(e -> {
            if (action == PhaseAction.OPEN) {
                openAlone(p, b);
            } else if (action == PhaseAction.REVEAL && !revealAnyway(p, b)) {
                return;
            } else {
                meeting.submit(new Command.ChangePhase(FxMeeting.newId(), p.id(), action), answered);
            }
        });
        b.setDisable(!enabled);
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (action == PhaseAction.OPEN || action == PhaseAction.REVEAL) {
            b.getStyleClass().add("accent");
        }
        return b;
    }
}
