package dk.dialogforum.ui.start;

import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.RecentMeetings;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.ui.kit.NextFrame;
import dk.dialogforum.workshop.BuiltInSummary;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The start screen, as the program shows it: the journals are read once its first frame is up. A meeting to
 * resume is shown at once as found, "being read", then with what it holds; the meetings filed away as ended
 * are listed when read. Read first, five ended meetings of a few thousand entries each kept a secretariat's
 * start screen from its first frame for a fifth of a second, and an unfinished one of 100,000 events for a
 * quarter.
 */
public final class StartScreen implements Supplier<Parent> {
    private final Function<Journals.Found, StartView> views;
    private final Journals journals;
    private Journals.Found notFiled;
    private Journals.Found filed;
    /** Whether the journals not filed away are still to be read: found before the first frame, read after. */
    private boolean notFiledToRead;

    private StartView shown;

    /** Reads {@code journals}' meetings that are not filed away now. */
    public StartScreen(I18n i18n, Navigator nav, BuiltInSummary builtIn, Journals journals) {
        this.views = found -> new StartView(
                i18n, nav, builtIn, found, RecentMeetings.inDataFolder().list());
        this.journals = journals;
        List<Journals.Unfinished> found = journals.notFiledFound().stream()
                .map(Journals.Unfinished::reading)
                .toList();
        this.notFiled = new Journals.Found(found, List.of());
        this.notFiledToRead = !found.isEmpty();
    }

    /** The screen of all read so far (again after a change of language). FX thread. */
    @Override
    public Parent get() {
        shown = views.apply(filed == null ? notFiled : notFiled.and(filed));
        return shown.build();
    }

    /**
     * Once {@code scene} has shown its next frame, reads the newest meetings filed away as ended on {@code io},
     * then lists them on the screen if it is still shown ({@code stillShown}); one that cannot be read belongs
     * with the meetings to resume, and the screen is then shown anew ({@code rebuild}).
     */
    public void readFiled(Scene scene, Executor io, BooleanSupplier stillShown, Runnable rebuild) {
        // Handed over after the first frame: read beside the toolkit's start, it took the cores the screen needs.
        NextFrame.then(scene, () -> read(io, stillShown, rebuild));
    }

    private void read(Executor io, BooleanSupplier stillShown, Runnable rebuild) {
        try {
            if (notFiledToRead) {
                // The meetings to resume first: the screen is made anew with what each holds.
                io.execute(() -> {
                    Journals.Found read = journals.notFiled();
                    Platform.runLater(() -> {
                        notFiled = read;
                        notFiledToRead = false;
                        if (stillShown.getAsBoolean()) {
                            rebuild.run();
                        }
                    });
                });
            }
            io.execute(() -> {
                Journals.Found read = journals.filed(StartView.ENDED_SHOWN);
                Platform.runLater(() -> {
                    filed = read;
                    if (!stillShown.getAsBoolean() || shown == null) {
                        return;
                    }
                    if (read.unfinished().isEmpty()) {
                        shown.addEnded(read.ended());
                    } else {
                        rebuild.run();
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            // The program is closing: there is no screen to list them on.
        }
    }
}
