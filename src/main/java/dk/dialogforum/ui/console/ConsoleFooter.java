package dk.dialogforum.ui.console;

import dk.dialogforum.net.RoomStatus;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.SlideParts;
import dk.dialogforum.ui.projector.Presentation;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The console's bottom line: how many events are kept safely and where (the status the console sets), and
 * how tables join, at hand all meeting: a laptop that restarts or a table that comes late needs the address
 * and code, which the projector shows only on the welcome.
 */
final class ConsoleFooter {
    private final HBox row;

    ConsoleFooter(I18n i18n, Presentation presentation, Label status, Path journal) {
        status.setId("status");
        status.getStyleClass().add("muted");
        Label join = new Label();
        join.setId("consoleJoin");
        join.getStyleClass().add("muted");
        join.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            RoomStatus room = presentation.roomProperty().get();
                            return !room.joinable() ? "" : i18n.t("console.join", room.webAddress(), room.code());
                        },
                        presentation.roomProperty(),
                        i18n.localeProperty()));
        // The code is typed from here: it is never cut. A narrow window shortens the journal's path instead,
        // in its middle, so the count and the file's name stay; the whole path is in the tooltip.
        join.setMinWidth(Region.USE_PREF_SIZE);
        status.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        status.setEllipsisString("…");
        status.setMinWidth(0);
        status.setTooltip(new Tooltip(journal.toString()));
        row = new HBox(16, status, SlideParts.grow(), join);
        row.setPadding(new Insets(6, 16, 6, 16));
    }

    Node node() {
        return row;
    }
}
