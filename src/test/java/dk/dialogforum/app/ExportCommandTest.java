package dk.dialogforum.app;

import dk.dialogforum.journal.MeetingFile;
import dk.dialogforum.testing.TestMeeting;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The minutes from a saved meeting file on the command line, as a secretariat's script runs it. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void theCommandLineWritesAllThreeAndNamesWhatThePdfCannotDraw() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        Path meeting = dir.resolve("møde.dialogforum");
        try (TestMeeting m = TestMeeting.of(w)) {
            m.open(Phase.card("selvforsyning"));
            m.add("bord-1", "selvforsyning", "fordele", "Et tegn ingen skrift har: \uDB80\uDC00");
            new MeetingFile(w, m.engine().events()).save(meeting);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExportCommand.run(
                new String[] {
                    "export",
                    meeting.toString(),
                    "--xlsx",
                    dir.resolve("r.xlsx").toString(),
                    "--pdf",
                    dir.resolve("r.pdf").toString(),
                    "--docx",
                    dir.resolve("r.docx").toString()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("r.xlsx") && said.contains("r.pdf") && said.contains("r.docx"), said);
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("»Et tegn ingen skrift har: \uDB80\uDC00«"),
                "the entry the PDF could not draw is named: " + err.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(dir.resolve("r.docx"));
                XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertTrue(x.getText().contains("Et tegn ingen skrift har: \uDB80\uDC00"), "Word keeps it");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAndTheOthersAreWrittenAllTheSame() throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        Path meeting = dir.resolve("møde.dialogforum");
        try (TestMeeting m = TestMeeting.of(w)) {
            m.open(Phase.card("selvforsyning"));
            m.add("bord-2", "selvforsyning", "fordele", "Fælles kørsel");
            new MeetingFile(w, m.engine().events()).save(meeting);
        }
        // The workbook is asked for in a folder that is a file: it cannot be written there.
        Path notAFolder = Files.writeString(dir.resolve("ikke-en-mappe"), "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExportCommand.run(
                new String[] {
                    "export",
                    meeting.toString(),
                    "--xlsx",
                    notAFolder.resolve("r.xlsx").toString(),
                    "--pdf",
                    dir.resolve("r.pdf").toString(),
                    "--docx",
                    dir.resolve("r.docx").toString()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status, "a failure is not success");
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("r.pdf") && said.contains("r.docx") && !said.contains("r.xlsx"), said);
        assertTrue(Files.size(dir.resolve("r.pdf")) > 0 && Files.size(dir.resolve("r.docx")) > 0);
        String why = err.toString(StandardCharsets.UTF_8);
        assertTrue(why.contains("ikke-en-mappe"), "what could not be written is named: " + why);
    }
}
