package dk.dialogforum.ui.console;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The names the console offers for the minutes and the meeting file read as the meeting's title. */
class MeetingFilesTest {
    @Test
    void aTitleBecomesAFileNameThatReadsLikeIt() {
        assertEquals("Dialogforum – Rammeaftale 2018", MeetingFiles.fileName("Dialogforum: Rammeaftale 2018"));
        assertEquals("A-B - C", MeetingFiles.fileName("A/B | C"));
        assertEquals("中文 – 회의", MeetingFiles.fileName("中文: 회의"));
    }
}
