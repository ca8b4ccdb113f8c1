package org.hazardlog.transfer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TransferArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hazardlog.domain", "org.hazardlog.transfer");

    @Test
    void theDomainKnowsNothingOfFilesFormatsOrTheWindow() {
        noClasses().that().resideInAPackage("org.hazardlog.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.hazardlog.transfer..", "com.fasterxml..", "javafx..", "java.sql..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void transferNeedsNoWindowAndNoDatabase() {
        noClasses().that().resideInAPackage("org.hazardlog.transfer..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..", "org.jdbi..")
                .check(classes);
    }
}
