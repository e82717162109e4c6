package dk.dialogforum.net;

import dk.dialogforum.meeting.EventStore;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host serves its ballot pages and nothing else, each with a policy that lets only its own code run. */
class BallotPagesTest {
    @Test
    void theBallotIsServedWithAPolicyAndNothingElseIs() throws Exception {
        try (MeetingEngine engine = MeetingEngine.start(WorkshopLoader.builtIn(), List.of(), EventStore.inMemory());
                HostServer host = new HostServer(
                        engine,
                        "123456",
                        "a secret for the pages test....".getBytes(StandardCharsets.UTF_8),
                        "127.0.0.1",
                        0)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + host.port();
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<script type=\"module\" src=\"/ballot/app.js\"></script>"));
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.contains("script-src 'self';"), policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
            assertTrue(policy.contains("connect-src 'self' ws://127.0.0.1:" + host.port() + ";"), policy);
            assertEquals(
                    "nosniff",
                    page.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());

            HttpResponse<String> texts = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/texts/en.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(texts.body().contains("\"web.join.title\":\"Join the meeting\""), "the program's own texts");
            for (String elsewhere : List.of("/ballot/secret.js", "/ballot/..%2Fpom.xml", "/texts/de.json", "/ws.txt")) {
                int status = http.send(
                                HttpRequest.newBuilder(URI.create(base + elsewhere))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                assertEquals(404, status, elsewhere);
            }
        }
    }
}
