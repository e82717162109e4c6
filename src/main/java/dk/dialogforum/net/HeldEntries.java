package dk.dialogforum.net;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The entries the host could not keep now, on the table's side: a refusal that says nothing against the
 * entry (the host's journal could not be written, or it failed inside) leaves it in the outbox, and it is
 * sent again on the next connection, and on this one after a while.
 */
final class HeldEntries {
    /** The refusals that are not final; every other refusal of an entry is. */
    static final Set<String> NOT_FINAL = Set.of("JOURNAL_FAILED", "INTERNAL");

    /** How long a held entry waits before it is sent again on the same connection. */
    private static final long RESEND_MILLIS = 10_000;

    private final HostLink link;
    private final Outbox outbox;
    private final Supplier<String> token;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Why the host could not keep entries lately; null once it keeps them again. */
    private volatile String trouble;

    HeldEntries(HostLink link, Outbox outbox, Supplier<String> token) {
        this.link = link;
        this.outbox = outbox;
        this.token = token;
    }

    String trouble() {
        return trouble;
    }

    /** The host kept an entry: it keeps entries again. */
    void kept() {
        trouble = null;
    }

    /** The host could not keep an entry now, for {@code code}. */
    void held(String code) {
        trouble = code;
        link.heard();
        if (scheduled.compareAndSet(false, true)) {
            link.later(RESEND_MILLIS, () -> {
                scheduled.set(false);
                String seat = token.get();
                if (trouble != null && seat != null && link.status() == TableClient.Status.CONNECTED) {
                    resend(seat);
                }
            });
        }
    }

    /** Sends every entry still in the outbox, oldest first, for the seat whose token is {@code seat}. */
    void resend(String seat) {
        outbox.unanswered().forEach(c -> link.send(new Wire.Submit(seat, c)));
    }
}
