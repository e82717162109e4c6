package dk.dialogforum.workshop;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class BuiltInSummaryTest {
    @Test
    void theBuildsSummaryTellsWhatTheBuiltInWorkshopHolds() throws Exception {
        BuiltInSummary fromWorkshop = BuiltInSummary.of(WorkshopLoader.builtIn());
        assertEquals("Dialogforum: Rammeaftale 2018", fromWorkshop.title());
        assertEquals(5, fromWorkshop.challenges());
        assertEquals(5, fromWorkshop.statements());
        try (InputStream written = BuiltInSummary.class.getResourceAsStream(BuiltInSummary.RESOURCE)) {
            assertNotNull(written, "the build writes " + BuiltInSummary.RESOURCE + " beside the workshop");
            assertEquals(
                    fromWorkshop,
                    BuiltInSummary.read(written, BuiltInSummary.workshopBytes()),
                    "the summary the start screen shows is the workshop's, æøå and all");
        }
        assertEquals(fromWorkshop, BuiltInSummary.read());
    }

    @Test
    void aSummaryOfAnotherVersionOfTheWorkshopIsNotUsed() throws Exception {
        byte[] workshop = BuiltInSummary.workshopBytes();
        StringWriter text = new StringWriter();
        BuiltInSummary.write(new BuiltInSummary("Æblemøde – 🍎", "Undertitel", 1, 2, 3, 4), workshop, text);
        assertEquals(
                new BuiltInSummary("Æblemøde – 🍎", "Undertitel", 1, 2, 3, 4),
                BuiltInSummary.read(stream(text), workshop));

        // The workshop was changed after the summary was written: the summary is not trusted.
        byte[] changed = new String(workshop, StandardCharsets.UTF_8)
                .replace("Budgetsikkerhed", "Budgetsikkerhed!")
                .getBytes(StandardCharsets.UTF_8);
        assertNull(BuiltInSummary.read(stream(text), changed));
        // Nor is a summary with a part missing or broken.
        String broken = text.toString().replaceAll("(?m)^cards=.*$", "cards=tre");
        assertNull(BuiltInSummary.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), workshop));
        String missing = text.toString().replaceAll("(?m)^title=.*$", "");
        assertNull(BuiltInSummary.read(new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8)), workshop));
    }

    private static InputStream stream(StringWriter text) {
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
