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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The minutes from a saved meeting file on the command line, as a secretariat's script runs it. */
class ExportCommandTest {
    @TempDir
    Path dir;

    /** A meeting file with one item on a card. */
    private Path meetingWith(String table, String text) throws Exception {
        Workshop w = WorkshopLoader.builtIn();
        Path meeting = dir.resolve("møde.dialogforum");
        try (TestMeeting m = TestMeeting.of(w)) {
            m.open(Phase.card("selvforsyning"));
            m.add(table, "selvforsyning", "fordele", text);
            new MeetingFile(w, m.engine().events()).save(meeting);
        }
        return meeting;
    }

    /** What the command said, and how it ended. */
    private record Said(int status, String out, String err) {}

    private static Said export(Path meeting, Path xlsx, Path pdf, Path docx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExportCommand.run(
                new String[] {
                    "export",
                    meeting.toString(),
                    "--xlsx",
                    xlsx.toString(),
                    "--pdf",
                    pdf.toString(),
                    "--docx",
                    docx.toString()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Said(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandLineWritesAllThreeAndNamesWhatThePdfCannotDraw() throws Exception {
        Path meeting = meetingWith("bord-1", "Et tegn ingen skrift har: \uDB80\uDC00");
        Said r = export(meeting, dir.resolve("r.xlsx"), dir.resolve("r.pdf"), dir.resolve("r.docx"));
        assertEquals(0, r.status(), r.err());
        String said = r.out();
        assertTrue(said.contains("r.xlsx") && said.contains("r.pdf") && said.contains("r.docx"), said);
        assertTrue(
                r.err().contains("»Et tegn ingen skrift har: \uDB80\uDC00«"),
                "the entry the PDF could not draw is named: " + r.err());
        try (InputStream in = Files.newInputStream(dir.resolve("r.docx"));
                XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertTrue(x.getText().contains("Et tegn ingen skrift har: \uDB80\uDC00"), "Word keeps it");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAndTheOthersAreWrittenAllTheSame() throws Exception {
        Path meeting = meetingWith("bord-2", "Fælles kørsel");
        // The workbook is asked for in a folder that is a file: it cannot be written there.
        Path notAFolder = Files.writeString(dir.resolve("ikke-en-mappe"), "");
        Said r = export(meeting, notAFolder.resolve("r.xlsx"), dir.resolve("r.pdf"), dir.resolve("r.docx"));
        assertEquals(1, r.status(), "a failure is not success");
        String said = r.out();
        assertTrue(said.contains("r.pdf") && said.contains("r.docx") && !said.contains("r.xlsx"), said);
        assertTrue(Files.size(dir.resolve("r.pdf")) > 0 && Files.size(dir.resolve("r.docx")) > 0);
        String why = r.err();
        assertTrue(why.contains("ikke-en-mappe"), "what could not be written is named: " + why);
    }

    @Test
    void oneFileNamedForTwoKindsOrTheMeetingFileItselfIsRefusedAndNothingIsWritten() throws Exception {
        Path meeting = meetingWith("bord-3", "Samme navn to gange");
        byte[] before = Files.readAllBytes(meeting);
        Path twice = dir.resolve("referat");
        Said r = export(meeting, twice, twice, dir.resolve("r.docx"));
        assertEquals(2, r.status(), "a usage error");
        assertTrue(r.err().contains(twice.toString()) && r.err().contains("Intet er skrevet"), r.err());
        assertFalse(Files.exists(twice) || Files.exists(dir.resolve("r.docx")), "nothing is written");

        // The meeting file, named another way: writing the minutes there would lose the meeting.
        Path same = dir.resolve("ny").resolve("..").resolve(meeting.getFileName());
        r = export(meeting, dir.resolve("r.xlsx"), same, dir.resolve("r.docx"));
        assertEquals(2, r.status(), "a usage error");
        assertTrue(r.err().contains("selve mødefilen"), r.err());
        assertArrayEquals(before, Files.readAllBytes(meeting), "the meeting file is as it was");
        assertFalse(Files.exists(dir.resolve("r.xlsx")) || Files.exists(dir.resolve("r.docx")), "nothing is written");
    }

    @Test
    void helpSaysWhatTheCommandsAreInTheLanguageAskedFor() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ExportCommand.help(
                new String[] {"help", "--lang", "en"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status);
        assertTrue(said.contains("Usage: dialogforum export MEETING-FILE"), said);
        assertTrue(said.contains("Usage: dialogforum worksheets"), said);
        out.reset();
        ExportCommand.help(new String[] {"help"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("Brug: dialogforum export MØDEFIL"), "Danish by default");
    }

    @Test
    void worksheetsNamedAsTheWorkshopFileAreRefusedAndTheWorkshopIsKept() throws Exception {
        Path workshop = dir.resolve("workshop.json");
        try (InputStream in = WorkshopLoader.class.getResourceAsStream(WorkshopLoader.BUILT_IN)) {
            Files.copy(in, workshop);
        }
        byte[] before = Files.readAllBytes(workshop);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExportCommand.worksheets(
                new String[] {"worksheets", workshop.toString(), "--pdf", workshop.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status, "a usage error");
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("selve workshopfilen"),
                err.toString(StandardCharsets.UTF_8));
        assertArrayEquals(before, Files.readAllBytes(workshop), "the workshop file is as it was");
    }
}
