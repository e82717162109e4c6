package dk.dialogforum.ui.table;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.net.Refused;
import dk.dialogforum.net.TableClient;
import dk.dialogforum.net.Wire;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.kit.I18n;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Label;

/**
 * What the table's phase screens enter: each entry is written to the laptop's outbox (synced to disk, off the
 * FX thread), sent, and shown as saved only when the host holds it. The feedback line under the screen says
 * at each moment where the entry is.
 */
final class Entries {
    private final I18n i18n;
    private final Label feedback;
    private final TableClient client;
    /** Where entries are written to disk: never the FX thread, which a slow disk must not hold up. */
    private final Executor disk;

    Entries(I18n i18n, Label feedback, TableClient client, Executor disk) {
        this.i18n = i18n;
        this.feedback = feedback;
        this.client = client;
        this.disk = disk;
    }

    /** A fresh id for an entry of this table. */
    static String newId() {
        return "tbl-" + UUID.randomUUID();
    }

    /** The table this laptop sits at. */
    String tableId() {
        return client.tableId();
    }

    /** Says {@code text} on the feedback line. */
    void say(String text) {
        feedback.setText(text);
    }

    /**
     * Hands {@code then} (on the FX thread) the dots this laptop's participant gave on {@code cardId}, as the host
     * acknowledged them: read from the laptop's disk, never on the FX thread.
     */
    void ownDots(String cardId, Consumer<Map<String, Integer>> then) {
        try {
            disk.execute(() -> {
                Map<String, Integer> own = client.ownDots(cardId);
                Platform.runLater(() -> then.accept(own));
            });
        } catch (RejectedExecutionException e) {
            // The screen was left meanwhile.
        }
    }

    /** Sends a command; "saved" is shown only when the host has acknowledged it. */
    void send(Command command, Runnable then) {
        send(command, then, () -> {});
    }

    /**
     * Sends; {@code then} runs (on the FX thread) once the host holds it, {@code otherwise} if it was refused
     * or could not be kept on this laptop.
     */
    void send(Command command, Runnable then, Runnable otherwise) {
        try {
            disk.execute(() -> keepAndSend(command, then, otherwise));
        } catch (RejectedExecutionException e) {
            // The screen was left meanwhile: nothing was written, and nothing is shown.
        }
    }

    private void keepAndSend(Command command, Runnable then, Runnable otherwise) {
        CompletableFuture<Wire.Ack> answer;
        try {
            answer = client.submit(command);
        } catch (IOException e) {
            Platform.runLater(() -> {
                say(i18n.t("table.failed", e.getMessage()));
                otherwise.run();
            });
            return;
        }
        // On this laptop's disk now; sent at once, or when the connection is back.
        boolean connected = client.status() == TableClient.Status.CONNECTED;
        Platform.runLater(() -> say(i18n.t(connected ? "table.sending" : "table.kept")));
        answer.whenComplete((ack, error) -> Platform.runLater(() -> {
            if (error == null) {
                say(i18n.t("table.saved"));
                then.run();
                return;
            }
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            say(i18n.t(
                    "table.refused",
                    cause instanceof Refused r ? reason(r.code(), r.getMessage()) : cause.getMessage()));
            otherwise.run();
        }));
    }

    /** The refusal {@code code} in the table's language; the host's own words for a code this program does not know. */
    String reason(String code, String hostWords) {
        return reason(i18n, code, hostWords);
    }

    static String reason(I18n i18n, String code, String hostWords) {
        if (Texts.has(i18n.locale(), "net.error." + code)) {
            return i18n.t("net.error." + code);
        }
        if (hostWords == null && Texts.has(i18n.locale(), "reject." + code)) {
            return i18n.t("reject." + code);
        }
        return hostWords == null ? code : hostWords;
    }
}
