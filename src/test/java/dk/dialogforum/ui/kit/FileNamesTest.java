package dk.dialogforum.ui.kit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The names the console offers for the minutes and the meeting file read as the meeting's title. */
class FileNamesTest {
    @Test
    void aTitleBecomesAFileNameThatReadsLikeIt() {
        assertEquals("Dialogforum – Rammeaftale 2018", FileNames.forTitle("Dialogforum: Rammeaftale 2018"));
        assertEquals("A-B - C", FileNames.forTitle("A/B | C"));
        assertEquals("中文 – 회의", FileNames.forTitle("中文: 회의"));
    }
}
