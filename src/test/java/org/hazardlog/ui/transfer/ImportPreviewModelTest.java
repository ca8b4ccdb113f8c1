package org.hazardlog.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ImportPlan;
import org.hazardlog.app.ImportPlan.Action;
import org.hazardlog.report.importing.ImportFormats;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.batch.BatchReading;
import org.hazardlog.ui.transfer.ImportPreviewModel.Row;

/** The import preview's state without a screen: rows, actions, details and when Import is allowed. */
class ImportPreviewModelTest {

    private static final RiskScheme SCHEME = RiskSchemeFile.defaultScheme();

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void aFolderWithAQuillAndADcspHazard() throws IOException {
        folder = dir.resolve("hazards");
        copy("quill/Hazard-0101.md", "Hazard-0101.md");
        copy("dcsp/hazard-12.md", "hazard-12.md");
    }

    private void copy(String fixture, String name) throws IOException {
        try {
            Files.createDirectories(folder);
            Files.copy(Path.of(getClass().getResource("/fixtures/" + fixture).toURI()), folder.resolve(name));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The preview of the folder against a log that holds {@code stored}. */
    private ImportPreviewModel preview(List<Hazard> stored) {
        BatchReading batch = ImportFormats.forScheme(SCHEME).read(List.of(folder));
        return new ImportPreviewModel(batch, ImportPlan.of(batch.hazardList(), stored, SCHEME));
    }

    /** Hazard 101 as a log holds it, under another name, so the import updates it. */
    private Hazard stored101() {
        Hazard fromFile = ImportFormats.forScheme(SCHEME).read(List.of(folder.resolve("Hazard-0101.md"))).hazardList().get(0);
        return fromFile.toBuilder().id(1L).version(4).name("Old name of 101").build();
    }

    private static Row row(ImportPreviewModel model, String number) {
        return model.rows().stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void eachHazardShowsWhetherItWillBeCreatedOrUpdateTheOneInTheLog() {
        ImportPreviewModel model = preview(List.of(stored101()));

        assertThat(row(model, "101").actionText()).isEqualTo("update");
        assertThat(row(model, "12").actionText()).isEqualTo("create");
        assertThat(model.rows()).extracting(Row::number).containsExactly("101", "12"); // updates first
        assertThat(row(model, "101").warningCount()).isEqualTo(1);
        assertThat(model.summary()).isEqualTo("2 hazards read: 1 to create, 1 to update, 0 unchanged.");
        assertThat(model.canImportProperty().get()).isTrue();
    }

    @Test
    void theDetailsOfAnUpdateListItsChangesAndItsWarnings() {
        ImportPreviewModel model = preview(List.of(stored101()));

        assertThat(ImportPreviewModel.details(row(model, "101")))
                .contains("Will update hazard 101 (revision 4):")
                .contains("name: Old name of 101 -> Dose reminder shows the previous patient's insulin dose")
                .contains("Warnings (imported; please check):\n  - hazard type \"ClinicianDistraction\" is not in the hazard-type taxonomy");
        assertThat(ImportPreviewModel.details(row(model, "12"))).contains("Will be added: the log has no hazard 12.");
    }

    @Test
    void importIsDisabledWhileThereAreBadFilesUnlessTheyAreSkipped() throws IOException {
        copy("bad/Hazard-0007.md", "Hazard-0007.md");
        ImportPreviewModel model = preview(List.of());

        assertThat(model.hasBadFiles()).isTrue();
        assertThat(model.rows()).hasSize(2);
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.badFilesText()).startsWith(folder.resolve("Hazard-0007.md") + "\n    likelihood \"7\" is not a level");
        assertThat(model.summary()).endsWith("1 file is invalid: nothing is imported unless you skip it.");
        assertThatThrownBy(model::hazardsToImport).isInstanceOf(IllegalStateException.class);

        model.skipInvalidProperty().set(true);

        assertThat(model.canImportProperty().get()).isTrue();
        assertThat(model.hazardsToImport()).extracting(Hazard::number).containsExactlyInAnyOrder(12, 101);
    }

    @Test
    void importIsDisabledWhileImportingAndWhenNothingWouldChange() {
        ImportPreviewModel model = preview(List.of());
        model.setImporting(true);
        assertThat(model.canImportProperty().get()).isFalse();

        List<Hazard> alreadyThere = ImportFormats.forScheme(SCHEME).read(List.of(folder)).hazardList().stream()
                .map(h -> h.toBuilder().id((long) h.number()).version(1).build()).toList();
        ImportPreviewModel same = preview(alreadyThere);
        assertThat(same.rows()).extracting(Row::action).containsOnly(Action.UNCHANGED);
        assertThat(same.canImportProperty().get()).isFalse();
        assertThat(same.summary()).contains("The log already holds every one of them as it is.");
    }

    @Test
    void theNumberColumnSortsAsNumbersWithNewHazardsLast() {
        assertThat(Stream.of("12", "new", "2", "101").sorted(Row.NUMBER_ORDER).toList())
                .containsExactly("2", "12", "101", "new");
    }

    @Test
    void anEmptyFolderSaysSo() throws IOException {
        folder = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(folder.resolve("README.md"), "# Read me\n");

        ImportPreviewModel model = preview(List.of());

        assertThat(model.summary()).isEqualTo("No hazard files found. 1 file skipped: not a hazard file.");
        assertThat(model.canImportProperty().get()).isFalse();
    }

    @Test
    void anImportThatWouldRemoveAControlWithRecordedWorkWaitsForTheUsersConsent() {
        Hazard fromFile = stored101();
        org.hazardlog.domain.Control done = new org.hazardlog.domain.Control(77L,
                org.hazardlog.domain.ControlCategory.DESIGN, null, "A control only the log still has",
                org.hazardlog.domain.ControlStatus.IMPLEMENTATION_VERIFIED, "", "");
        List<org.hazardlog.domain.Control> controls = new java.util.ArrayList<>(fromFile.controls());
        controls.add(done);
        ImportPreviewModel model = preview(List.of(fromFile.toBuilder().controls(controls).build()));

        assertThat(model.removesWork()).isTrue();
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.summary()).contains("1 control with recorded work would be removed");
        assertThat(ImportPreviewModel.details(row(model, "101")))
                .contains("Removes Design control \"A control only the log still has\" although it is Implementation verified");

        model.allowRemovalsProperty().set(true);
        assertThat(model.canImportProperty().get()).isTrue();
    }
}
