package dk.dialogforum.net;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A WebSocket listener that hands on each whole text message (the JDK delivers them in parts). */
public class TextListener implements WebSocket.Listener {
    private final StringBuilder parts = new StringBuilder();
    private final Consumer<String> onMessage;

    public TextListener(Consumer<String> onMessage) {
        this.onMessage = onMessage;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        parts.append(data);
        if (last) {
            String text = parts.toString();
            parts.setLength(0);
            onMessage.accept(text);
        }
        ws.request(1);
        return null;
    }
}
