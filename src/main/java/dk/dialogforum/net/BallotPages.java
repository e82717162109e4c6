package dk.dialogforum.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.dialogforum.text.Texts;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser ballot, served by the host itself at {@code /}: plain HTML, CSS and JavaScript modules shipped in
 * the program, so a phone or a locked-down laptop takes part with nothing installed and always gets the host's
 * own version, offline. The pages allow only their own scripts and styles and connect only back to this host;
 * nothing in them is stored by the browser's cache. The texts are the program's own, in Danish and English.
 */
final class BallotPages {
    /** The files of the ballot and their types; nothing else is served. */
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "style.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "connection.js", "text/javascript; charset=utf-8",
            "outbox.js", "text/javascript; charset=utf-8",
            "texts.js", "text/javascript; charset=utf-8",
            "views.js", "text/javascript; charset=utf-8",
            "ballot.js", "text/javascript; charset=utf-8",
            "items.js", "text/javascript; charset=utf-8");

    /**
     * Only this host's own scripts, styles and socket; no inline script, no frames, no forms sent elsewhere. A
     * text from a table is always put in as text (the scripts never write HTML), and this is the second wall.
     */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'%s; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<Locale, byte[]> texts = new ConcurrentHashMap<>();

    private BallotPages() {}

    /** Serves the ballot from {@code app}. */
    static void serve(Javalin app) {
        BallotPages pages = new BallotPages();
        app.get("/", ctx -> pages.file(ctx, "index.html"));
        app.get("/ballot/{file}", ctx -> pages.file(ctx, ctx.pathParam("file")));
        app.get("/texts/{lang}", ctx -> pages.texts(ctx, ctx.pathParam("lang")));
    }

    private static void headers(Context ctx, String type) {
        // The socket by name too: older browsers do not count ws: as 'self'.
        String host = ctx.header("Host");
        String socket = host != null && host.matches("[A-Za-z0-9.:\\[\\]-]{1,100}") ? " ws://" + host : "";
        ctx.header("Content-Security-Policy", String.format(POLICY, socket));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(type);
    }

    private void file(Context ctx, String name) {
        String type = FILES.get(name);
        if (type == null) {
            throw new NotFoundResponse();
        }
        byte[] body = files.computeIfAbsent(name, BallotPages::read);
        headers(ctx, type);
        ctx.result(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = BallotPages.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the program lacks its ballot page " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text of the program in {@code lang} ("da.json" or "en.json"), as one JSON object. */
    private void texts(Context ctx, String lang) {
        Locale locale = switch (lang) {
            case "da.json" -> Texts.DANISH;
            case "en.json" -> Texts.ENGLISH;
            default -> throw new NotFoundResponse();
        };
        byte[] body = texts.computeIfAbsent(locale, BallotPages::bundle);
        headers(ctx, "application/json; charset=utf-8");
        ctx.result(body);
    }

    private static byte[] bundle(Locale locale) {
        ResourceBundle b = Texts.bundle(locale);
        Map<String, String> all = new TreeMap<>();
        for (String key : b.keySet()) {
            all.put(key, b.getString(key));
        }
        try {
            return Wire.MAPPER.writeValueAsBytes(all);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
