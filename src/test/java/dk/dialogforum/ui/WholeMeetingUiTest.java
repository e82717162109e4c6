package dk.dialogforum.ui;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.ui.console.ConsoleView;
import dk.dialogforum.workshop.Workshop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole Dialogforum through the facilitator's UI: the built-in workshop, every phase opened, revealed
 * and closed, ballots and items entered on behalf of tables, moderation, and at each step what the
 * projector shows.
 */
class WholeMeetingUiTest {
    private static final String CARD = "Visionskort: Tættere klyngesamarbejde";

    @TempDir
    Path data;

    private final UiDriver ui = new UiDriver();

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private void expand(String paneId) {
        TitledPane pane = ui.node(paneId);
        ui.robot.interact(() -> pane.setExpanded(true));
    }

    private void ballot(String table, int answer, boolean moveFirstDown) {
        expand("#onBehalf");
        ui.<Workshop.TableDef>choose("#tableChoice", t -> t.name().equals(table));
        if (moveFirstDown) {
            ListView<?> list = ui.robot.lookup("#onBehalf").lookup(".list-view").query();
            ui.robot.interact(() -> list.getSelectionModel().select(0));
            ui.click("#rankDown");
        }
        for (String st : new String[] {"kapacitet", "inddragelse", "taettere-2021", "kvalitet", "egen-tilbudsvifte"}) {
            ui.<Integer>choose("#answer-" + st, v -> v == (st.equals("egen-tilbudsvifte") ? 2 : answer));
        }
        ui.click("#submitBallot");
        ui.waitFor(
                "ballot saved", () -> "Gemt.".equals(ui.<Label>node("#feedback").getText()));
    }

    private void addItem(String table, String field, String text) {
        ui.<Workshop.TableDef>choose("#tableChoice", t -> t.name().equals(table));
        ui.<Workshop.WorksheetField>choose("#fieldChoice", f -> f.shortTitle().equals(field));
        ui.click("#itemText");
        ui.robot.write(text);
        ui.click("#addItem");
        ui.waitFor(
                "item saved: " + text,
                () -> ui.<TextArea>node("#itemText").getText().isEmpty());
    }

    private void selectItems(String... texts) {
        ListView<Snapshot.Item> items = ui.node("#items");
        ui.robot.interact(() -> {
            items.getSelectionModel().clearSelection();
            for (int i = 0; i < items.getItems().size(); i++) {
                for (String t : texts) {
                    if (items.getItems().get(i).text().equals(t)) {
                        items.getSelectionModel().select(i);
                    }
                }
            }
        });
    }

    @Test
    void aWholeMeetingRunsFromTheConsoleAndTheProjectorFollows() throws Exception {
        ui.launch(data);
        ui.robot.clickOn("#newBuiltIn");
        ui.waitFor("console", () -> ui.robot.lookup("#agenda").tryQuery().isPresent());

        // Welcome
        ui.expectProjector("Dialogforum: Rammeaftale 2018");
        ui.expectProjector("Bord 6");
        // The console gives the tables' address and code all meeting, the same as the welcome.
        ui.waitFor(
                "the join code on the console",
                () -> ui.<Label>node("#consoleJoin").getText().matches("Bordene deltager på .+:\\d+ · kode \\d{6}"));
        String code = ui.<Label>node("#consoleJoin").getText().replaceAll(".* · kode ", "");
        ui.expectProjector("Kode: " + code);

        // The countdown: started for 2 minutes, extended by one, stopped; the projector follows.
        Spinner<Integer> minutes = ui.node("#timerMinutes");
        ui.robot.interact(() -> minutes.getValueFactory().setValue(2));
        ui.click("#timerStart");
        ui.waitFor("2 minutes on the projector", () -> ui.projectorShows(t -> t.matches("[12]:[0-5]\\d")));
        // It counts down by itself.
        Label countdown = ui.robot.from(ui.audience()).lookup("#audienceTimer").query();
        String first = countdown.getText();
        ui.waitFor("the countdown ticking", () -> !countdown.getText().equals(first));
        ui.click("#timerExtend");
        ui.waitFor("a minute more", () -> ui.projectorShows(t -> t.matches("(2:[0-5]\\d|3:00)")));
        ui.click("#timerStop");
        ui.waitFor("the countdown gone", () -> !ui.projectorShows(t -> t.matches("\\d+:[0-5]\\d")));

        // Enquete: open, two tables answer, the projector shows only how many
        ui.clickPhase("Enquete");
        ui.click("#open");
        ui.expectProjector("0 af 6 borde har svaret");
        ballot("Bord 2", 5, false);
        ui.expectProjector("1 af 6 borde har svaret");
        ballot("Bord 4", 4, true);
        ui.expectProjector("2 af 6 borde har svaret");
        assertFalse(ui.projectorShows("Udfordringer i prioriteret rækkefølge"), "results before the reveal");

        ui.click("#close");
        ui.waitFor(
                "reveal enabled",
                () -> !ui.robot.lookup("#reveal").queryButton().isDisabled());
        ui.click("#reveal");
        // Two of six tables: the facilitator is asked first, and shows them anyway.
        ui.waitFor(
                "asked",
                () -> ui.robot.lookup("Kun 2 af 6 borde har svaret").tryQuery().isPresent());
        ui.robot.type(KeyCode.ENTER);
        ui.expectProjector("Udfordringer i prioriteret rækkefølge");
        // Bord 2 ranked in the seed order, Bord 4 moved Budgetsikkerhed down one: 5+4 = 9 and 4+5 = 9 points;
        // the tie goes to the workshop's order, so Budgetsikkerhed stays first.
        ui.expectProjector("9 point");
        assertTrue(ui.projectorShows("1."));
        // → shows the statements, most agreement first
        ui.robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        ui.expectProjector("Udsagnene, fra størst til mindst enighed");
        ui.expectProjector("100 % enige");
        ui.expectProjector("0 % enige");
        // The full distribution of statement 5 on request
        ui.<String>choose("#distributionChoice", id -> "egen-tilbudsvifte".equals(id));
        ui.expectProjector("Fordeling, udsagn 5");

        // A vision card: the card, then items from the tables, then moderation
        ui.clickPhase(CARD);
        ui.click("#open");
        ui.waitFor("the card on screen", () -> ui.projectorShows(t -> t.startsWith("Der etableres 3-4 klynger")));
        addItem("Bord 1", "Fordele", "Fælles drift giver faglig bæredygtighed – æøå 🍎");
        ui.expectProjector("Fælles drift giver faglig bæredygtighed – æøå 🍎");
        addItem("Bord 3", "Spørgsmål", "Hvem betaler?");
        addItem("Bord 5", "Spørgsmål", "Hvem skal betale?");
        addItem("Bord 2", "Ulemper", "Et upassende indlæg");
        ui.expectProjector("Et upassende indlæg");
        ui.expectProjector("Hvem skal betale?");

        selectItems("Et upassende indlæg");
        ui.click("#moderateHide");
        ui.waitFor("hidden", () -> !ui.projectorShows("Et upassende indlæg"));

        selectItems("Hvem betaler?", "Hvem skal betale?");
        ui.click("#moderateMerge");
        ui.waitFor("merged", () -> !ui.projectorShows("Hvem skal betale?"));
        assertTrue(ui.projectorShows("Hvem betaler?"));
        assertTrue(ui.projectorShows("Bord 5"), "the merged item keeps its sources' tables");

        selectItems("Hvem betaler?");
        ui.click("#moderateHighlight");
        ui.expectProjector("★ Hvem betaler?");
        ui.click("#close");

        // Live ranking: open and reveal, one ballot, movement against the enquete
        ui.clickPhase("Løbende rangordning");
        ui.click("#open");
        ui.expectProjector("0 af 6 borde har svaret");
        ui.click("#reveal");
        ui.waitFor(
                "asked",
                () -> ui.robot.lookup("Kun 0 af 6 borde har svaret").tryQuery().isPresent());
        ui.robot.type(KeyCode.ENTER);
        expand("#onBehalf");
        ListView<?> list = ui.robot.lookup("#onBehalf").lookup(".list-view").query();
        ui.robot.interact(() -> list.getSelectionModel().select(4));
        for (int i = 0; i < 4; i++) {
            ui.click("#rankUp");
        }
        ui.click("#submitBallot");
        ui.waitFor(
                "ballot saved", () -> "Gemt.".equals(ui.<Label>node("#feedback").getText()));
        ui.expectProjector("↑4");
        ui.expectProjector("1 stemmeseddel · opdateres, mens stemmerne kommer");
        ui.click("#close");
        ui.expectProjector("1 stemmeseddel · afstemningen er lukket");

        // Summary
        ui.clickPhase("Opsummering");
        ui.click("#show");
        ui.expectProjector("Enqueten (2 stemmesedler)");
        ui.expectProjector("Løbende rangordning (1 stemmeseddel)");
        ui.waitFor("statement 5 least agreed", () -> ui.projectorShows(t -> t.startsWith("▼ 0 % enige · Udsagn 5: ")));

        // The minutes from the summary (the file dialog is the OS's; the test names the files itself)
        assertTrue(ui.robot.lookup("#exportSummary").tryQuery().isPresent());
        Path xlsx = data.resolve("referat.xlsx");
        Path pdf = data.resolve("referat.pdf");
        Parent consoleRoot = ui.robot.lookup("#agenda").query().getScene().getRoot();
        ConsoleView console = (ConsoleView) consoleRoot.getProperties().get(ConsoleView.class);
        ui.robot.interact(() -> console.exportTo(xlsx, pdf));
        ui.waitFor(
                "the minutes written",
                () -> ui.robot.lookup("#openPdf").tryQuery().isPresent());
        assertTrue(Files.size(xlsx) > 0);
        assertTrue(Files.size(pdf) > 0);
        assertTrue(Files.size(data.resolve("referat.docx")) > 0, "the Word referat beside them");
        assertEquals(
                "Referatet er gemt: referat.xlsx, referat.docx (Word, til at redigere) og referat.pdf.",
                ui.<Label>node("#message").getText());

        assertTrue(
                ui.<Label>node("#consoleJoin").getText().endsWith(" · kode " + code),
                "the join code is still on the console");

        // Everything went through the journal
        Label status = ui.node("#status");
        int events = Integer.parseInt(status.getText().split(" ")[0]);
        assertEquals(true, events >= 20, status.getText());
    }
}
