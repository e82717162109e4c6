package dk.dialogforum.ui.start;

import dk.dialogforum.journal.Journals;
import dk.dialogforum.ui.kit.FxBatch;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Navigator;

import java.text.DateFormat;
import java.util.Date;
import java.util.concurrent.atomic.DoubleAccumulator;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A row of the start screen's card of meetings that were not ended: what the meeting holds, and resuming it. */
final class ResumeRow {
    private ResumeRow() {}

    /**
     * One unfinished meeting: resumed with one click when its journal is whole; when it is damaged,
     * what was found and a button that says what resuming does; when it cannot be resumed, why.
     */
    static Parent of(I18n i18n, Navigator nav, int i, Journals.Unfinished u, DateFormat format) {
        String when = format.format(new Date(u.lastModified()));
        if (!u.read()) {
            // Found, and read after the first frame: a big journal takes a moment, and the screen says so. The
            // button waits in its place, so nothing moves when the row is told what the meeting holds.
            Label reading = new Label(i18n.t("start.resume.reading", when));
            reading.setId("resume-reading-" + i);
            reading.setWrapText(true);
            reading.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(reading, Priority.ALWAYS);
            Button waiting = new Button(i18n.t("start.resume.button"));
            waiting.getStyleClass().add("accent");
            waiting.setDefaultButton(i == 0);
            waiting.setDisable(true);
            waiting.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(16, reading, waiting);
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }
        Label what = new Label(
                u.resumable()
                        ? i18n.t("start.resume.item", u.title(), when, u.events())
                        : i18n.t("start.resume.unreadableItem", u.title(), when));
        what.setWrapText(true);
        what.setMaxWidth(Double.MAX_VALUE);
        VBox words = new VBox(4, what);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(16, words);
        row.setAlignment(Pos.CENTER_LEFT);
        if (!u.resumable()) {
            words.getChildren()
                    .add(problem(
                            i,
                            i18n.t(
                                    "start.resume.unreadable",
                                    u.problems(i18n.locale()),
                                    u.file().toAbsolutePath().getParent())));
            return row;
        }
        boolean damaged = !u.recovery().damage().isEmpty() || u.recovery().headerDamaged();
        Button resume = new Button(i18n.t(damaged ? "start.resume.damaged.button" : "start.resume.button"));
        resume.setId("resume-" + i);
        resume.getStyleClass().add(damaged ? "button-outlined" : "accent");
        resume.setDefaultButton(i == 0 && !damaged);
        resume.setMinWidth(Region.USE_PREF_SIZE);
        resume.setOnAction(e -> {
            // A big journal takes a moment to read and replay: the row says so and how far it has come, and
            // nothing is asked twice.
            ProgressBar working = new ProgressBar(0);
            working.setId("resume-progress-" + i);
            working.setPrefWidth(160);
            DoubleAccumulator far = new DoubleAccumulator(Math::max, 0);
            FxBatch shown = new FxBatch(() -> working.setProgress(far.get()));
            Label opening = new Label(i18n.t("start.resume.opening", u.events()));
            opening.setId("resume-opening-" + i);
            opening.setWrapText(true);
            HBox progress = new HBox(8, working, opening);
            progress.setAlignment(Pos.CENTER_LEFT);
            words.getChildren().add(progress);
            resume.setDisable(true);
            nav.resume(u.file(), fraction -> {
                far.accumulate(fraction);
                shown.request();
            });
        });
        if (damaged) {
            words.getChildren()
                    .add(problem(
                            i,
                            i18n.t("start.resume.damaged", u.problems(i18n.locale())) + " "
                                    + i18n.t("start.resume.damaged.kept")));
        }
        row.getChildren().add(resume);
        return row;
    }

    private static Label problem(int i, String text) {
        Label problem = new Label(text);
        problem.setId("resume-problem-" + i);
        problem.setWrapText(true);
        problem.getStyleClass().add("feedback-error");
        return problem;
    }
}
