package org.hazardlog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, kept true by the build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hazardlog");

    @Test
    void theDomainKnowsNothingOfScreensDatabasesOrOfficeFiles() {
        noClasses().that().resideInAPackage("org.hazardlog.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "javax.sql..", "org.apache.poi..", "org.jdbi..", "org.h2..",
                        "org.flywaydb..", "com.fasterxml..", "picocli..", "atlantafx..")
                .check(CLASSES);
    }

    @Test
    void theCodeCheckIsPlainJavaToo() {
        noClasses().that().resideInAPackage("org.hazardlog.code..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "javax.sql..", "org.apache.poi..", "org.jdbi..", "org.h2..",
                        "org.flywaydb..", "com.fasterxml..", "picocli..", "atlantafx..")
                .check(CLASSES);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("org.hazardlog")
                .layer("Window").definedBy("org.hazardlog.ui..")
                .layer("CommandLine").definedBy("org.hazardlog.cli..")
                .layer("Reports").definedBy("org.hazardlog.report..")
                .layer("Application").definedBy("org.hazardlog.app..")
                .layer("Store").definedBy("org.hazardlog.store..")
                .layer("Transfer").definedBy("org.hazardlog.transfer..")
                .layer("Evidence").definedBy("org.hazardlog.evidence..")
                .layer("Files").definedBy("org.hazardlog.scheme..")
                .layer("Code").definedBy("org.hazardlog.code..")
                .layer("Domain").definedBy("org.hazardlog.domain..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Window").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CommandLine").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Reports").mayOnlyBeAccessedByLayers("Window", "CommandLine")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Reports", "Window", "CommandLine")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Application", "Reports", "Window", "CommandLine")
                .whereLayer("Transfer").mayOnlyBeAccessedByLayers("Application", "Reports", "Window", "CommandLine")
                .whereLayer("Evidence").mayOnlyBeAccessedByLayers("Application", "Reports", "Window", "CommandLine")
                .whereLayer("Files").mayOnlyBeAccessedByLayers("Store", "Transfer", "Application", "Reports", "Window", "CommandLine")
                .whereLayer("Code").mayOnlyBeAccessedByLayers("Store", "Application", "Window", "CommandLine")
                .check(CLASSES);
    }

    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.hazardlog.ui..")
                .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreUsesTheDatabase() {
        noClasses().that().resideOutsideOfPackages("org.hazardlog.store..", "org.hazardlog.app..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.h2..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void theImportAndExportDialogsDoNotReachBackIntoTheMainWindow() {
        // ui -> ui.transfer only: the dialogs get what they need through their entry points.
        noClasses().that().resideInAPackage("org.hazardlog.ui.transfer..")
                .should().dependOnClassesThat().resideInAPackage("org.hazardlog.ui")
                .check(CLASSES);
    }

    @Test
    void onlyTheReportsWriteOfficeFilesAndPdfs() {
        noClasses().that().resideOutsideOfPackages("org.hazardlog.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
                        "com.lowagie..", "org.apache.pdfbox..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.hazardlog.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
