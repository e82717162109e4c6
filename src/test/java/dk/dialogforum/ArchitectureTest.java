package dk.dialogforum;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of ARCHITECTURE.md, written down so the build keeps it. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.dialogforum");

    @Test
    void javafxStaysInTheUi() {
        noClasses().that().resideOutsideOfPackages("dk.dialogforum.ui..", "dk.dialogforum.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("dk.dialogforum.workshop..", "dk.dialogforum.meeting..",
                        "dk.dialogforum.journal..", "dk.dialogforum.results..", "dk.dialogforum.text..",
                        "dk.dialogforum.net..", "dk.dialogforum.export..", "dk.dialogforum.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.dialogforum.ui..", "dk.dialogforum.app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("dk.dialogforum.workshop..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.dialogforum.meeting..", "dk.dialogforum.journal..",
                        "dk.dialogforum.results..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("dk.dialogforum.meeting..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.dialogforum.journal..", "dk.dialogforum.results..")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dk.dialogforum.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
