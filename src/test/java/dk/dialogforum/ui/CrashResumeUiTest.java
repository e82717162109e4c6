package dk.dialogforum.ui;

import dk.dialogforum.journal.Journal;
import dk.dialogforum.journal.Journals;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.ui.projector.AudienceView;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.WorkshopLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facilitator's laptop dies mid-meeting: the app, running a meeting with simulated tables, is
 * killed with SIGKILL. Started again, it offers to resume, and the resumed meeting holds everything
 * the app had acknowledged before the crash.
 */
class CrashResumeUiTest {
    @TempDir
    Path data;

    @TempDir
    Path temp;

    private final UiDriver ui = new UiDriver();

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void afterSigkillTheAppOffersToResumeWithEverythingAccepted() throws Exception {
        Process app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dglass.platform=Monocle",
                        "-Dmonocle.platform=Headless",
                        "-Dprism.order=sw",
                        "-Dprism.text=t2k",
                        "-Djava.awt.headless=true",
                        "-Ddialogforum.data=" + data,
                        "-Djava.io.tmpdir=" + temp,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dk.dialogforum.app.Main",
                        "--demo",
                        "--demo-speed",
                        "6",
                        "--demo-log")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> acked = ConcurrentHashMap.newKeySet();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("ACK ")) {
                        acked.add(line.substring(4));
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the app dies
            }
        });
        reader.start();
        long deadline = System.currentTimeMillis() + 90_000;
        while (acked.size() < 25 && System.currentTimeMillis() < deadline && app.isAlive()) {
            Thread.sleep(50);
        }
        assertTrue(acked.size() >= 25, "the demo meeting did not get going: " + acked.size());
        app.destroyForcibly(); // SIGKILL
        assertTrue(app.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        Set<String> before = Set.copyOf(acked);
        // The faces are read where they lie: a laptop that dies leaves no copies of them in the temp folder.
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList(), "left in the temp folder");
        }

        ui.launch(data);
        assertTrue(ui.robot.lookup("Et møde blev ikke afsluttet").tryQuery().isPresent(), "no offer to resume");
        ui.waitFor(
                "the meeting read",
                () -> ui.robot.lookup("#resume-0").tryQuery().isPresent());
        ui.robot.clickOn("#resume-0");
        ui.waitFor(
                "the resumed console",
                () -> ui.robot.lookup("#agenda").tryQuery().isPresent());
        Label message = ui.node("#message");
        assertTrue(message.getText().startsWith("Mødet er genoprettet med "), message.getText());
        int recovered = Integer.parseInt(
                message.getText().replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertTrue(recovered >= before.size() + 1, recovered + " events recovered, " + before.size() + " acknowledged");
        Path journal =
                new Journals(data.resolve("journals")).unfinished().get(0).file();
        List<Event> events = Journal.read(journal).events();
        // The projector is back on the phase the meeting was in when the laptop died.
        Snapshot state = MeetingState.replay(WorkshopLoader.builtIn(), events).snapshot();
        String phase = PhaseNames.name(
                new I18n(Texts.DANISH),
                state.workshop(),
                Phase.find(state.workshop(), AudienceView.shownPhase(state)).orElseThrow());
        ui.expectProjector("Dialogforum: Rammeaftale 2018  ·  " + phase);
        Set<String> inJournal = events.stream().map(Event::commandId).collect(Collectors.toSet());
        Set<String> lost = before.stream().filter(id -> !inJournal.contains(id)).collect(Collectors.toSet());
        assertEquals(Set.of(), lost, "acknowledged before the crash but not in the resumed meeting");
        assertEquals(inJournal.size(), events.size(), "an event appears twice");
    }
}
