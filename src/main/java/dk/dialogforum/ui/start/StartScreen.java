package dk.dialogforum.ui.start;

import dk.dialogforum.journal.Journals;
import dk.dialogforum.journal.RecentMeetings;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Navigator;
import dk.dialogforum.workshop.BuiltInSummary;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * The start screen, as the program shows it: a meeting to resume is read before the screen is shown, the
 * meetings filed away as ended only after, and listed when read. Five ended meetings of a few thousand
 * entries each kept a secretariat's start screen from its first frame for a fifth of a second.
 */
public final class StartScreen implements Supplier<Parent> {
    private final Function<Journals.Found, StartView> views;
    private final Journals journals;
    private final Journals.Found notFiled;
    private Journals.Found filed;
    private StartView shown;

    /** Reads {@code journals}' meetings that are not filed away now. */
    public StartScreen(I18n i18n, Navigator nav, BuiltInSummary builtIn, Journals journals) {
        this.views = found -> new StartView(
                i18n, nav, builtIn, found, RecentMeetings.inDataFolder().list());
        this.journals = journals;
        this.notFiled = journals.notFiled();
    }

    /** The screen of all read so far (again after a change of language). FX thread. */
    @Override
    public Parent get() {
        shown = views.apply(filed == null ? notFiled : notFiled.and(filed));
        return shown.build();
    }

    /**
     * Reads the newest meetings filed away as ended on {@code io}, then lists them on the screen if it is still
     * shown ({@code stillShown}); one that cannot be read belongs with the meetings to resume, and the screen
     * is then shown anew ({@code rebuild}).
     */
    public void readFiled(Executor io, BooleanSupplier stillShown, Runnable rebuild) {
        // Handed over after the first frame: read beside the toolkit's start, it took the cores the screen needs.
        Platform.runLater(() -> read(io, stillShown, rebuild));
    }

    private void read(Executor io, BooleanSupplier stillShown, Runnable rebuild) {
        try {
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
