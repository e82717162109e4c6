package dk.dialogforum;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The design of docs/architecture.md, written down so the build keeps it. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.dialogforum");

    private static final String UI = "dk.dialogforum.ui";

    @Test
    void javafxStaysInTheUi() {
        noClasses()
                .that()
                .resideOutsideOfPackages(UI + "..", "dk.dialogforum.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dk.dialogforum.workshop..",
                        "dk.dialogforum.meeting..",
                        "dk.dialogforum.codec..",
                        "dk.dialogforum.journal..",
                        "dk.dialogforum.results..",
                        "dk.dialogforum.text..",
                        "dk.dialogforum.net..",
                        "dk.dialogforum.export..",
                        "dk.dialogforum.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(UI + "..", "dk.dialogforum.app..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage("dk.dialogforum.workshop..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dk.dialogforum.meeting..", "dk.dialogforum.journal..", "dk.dialogforum.results..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage("dk.dialogforum.meeting..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dk.dialogforum.codec..",
                        "dk.dialogforum.journal..",
                        "dk.dialogforum.results..",
                        "dk.dialogforum.net..",
                        "dk.dialogforum.export..")
                .check(CLASSES);
    }

    @Test
    void theMinutesAreMadeFromResultsNotFromTheJournalOrTheNetwork() {
        noClasses()
                .that()
                .resideInAPackage("dk.dialogforum.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dk.dialogforum.net..", "dk.dialogforum.journal..")
                .check(CLASSES);
    }

    @Test
    void resultsArePureFunctionsOfTheMeeting() {
        noClasses()
                .that()
                .resideInAPackage("dk.dialogforum.results..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dk.dialogforum.journal..",
                        "dk.dialogforum.net..",
                        "dk.dialogforum.export..",
                        "dk.dialogforum.codec..")
                .check(CLASSES);
    }

    /** How commands and events are written is the journal's and the network's business (codec), not the engine's. */
    @Test
    void theEngineKnowsNoSerialisation() {
        noClasses()
                .that()
                .resideInAPackage("dk.dialogforum.meeting..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml..")
                .check(CLASSES);
    }

    /** The UI is rooms by feature: nothing lies loose in ui/ itself. */
    @Test
    void theUiIsInRoomsByFeature() {
        noClasses()
                .that()
                .doNotHaveSimpleName("package-info")
                .should()
                .resideInAPackage(UI)
                .check(CLASSES);
    }

    /**
     * The shared kit uses no room; the start screen, the table laptop and the projector use only the kit; the
     * console and the designer use the kit and the projector (each shows the projector's slides in preview).
     */
    @Test
    void eachUiRoomUsesOnlyTheKitAndWhatItShows() {
        noClasses()
                .that()
                .resideInAPackage(UI + ".kit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        UI + ".start..", UI + ".console..", UI + ".projector..", UI + ".table..", UI + ".designer..")
                .check(CLASSES);
        for (String room : new String[] {"start", "table", "projector"}) {
            noClasses()
                    .that()
                    .resideInAPackage(UI + "." + room + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others(room, "start", "console", "projector", "table", "designer"))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
        noClasses()
                .that()
                .resideInAPackage(UI + ".console..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(UI + ".start..", UI + ".table..", UI + ".designer..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage(UI + ".designer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(UI + ".start..", UI + ".table..", UI + ".console..")
                .check(CLASSES);
    }

    private static String[] others(String room, String... rooms) {
        return Arrays.stream(rooms)
                .filter(r -> !r.equals(room))
                .map(r -> UI + "." + r + "..")
                .toArray(String[]::new);
    }

    /** A class of ours named like one of JavaFX's controls is read as that control. */
    @Test
    void noClassIsNamedLikeAJavafxControl() {
        Set<String> controls = new ClassFileImporter()
                .importPackages("javafx.scene.control").stream()
                        .filter(c -> c.getPackageName().equals("javafx.scene.control") && c.isTopLevelClass())
                        .map(JavaClass::getSimpleName)
                        .collect(Collectors.toSet());
        assertTrue(
                controls.contains("TableView") && controls.contains("Label"),
                "JavaFX's controls are read: " + controls);
        noClasses()
                .that(DescribedPredicate.describe(
                        "are named like a JavaFX control", c -> controls.contains(c.getSimpleName())))
                .should()
                .resideInAPackage("dk.dialogforum..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /** A class that outgrows 400 lines does more than one job: it is split before it lands. */
    @Test
    void noSourceFileIsOver400Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > 400)
                    .map(f -> f + ": " + lines(f) + " lines")
                    .toList();
        }
        assertEquals(List.of(), tooLong);
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dk.dialogforum.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching("dk.dialogforum.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
