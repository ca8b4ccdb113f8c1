package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.store.HazardLogFile;

/** A code location that code-check could never compare is refused when entered or imported, not found out later. */
class CodeLocationEntryTest {

    @TempDir
    Path folder;

    private HazardLogService log;
    private Path repo;

    @BeforeEach
    void logWithRepository() throws Exception {
        repo = Files.createDirectories(folder.resolve("repo"));
        Files.createDirectories(repo.resolve("src/ward"));
        Files.writeString(repo.resolve("src/ward/list.py"), "a\nb\nc\n");
        log = HazardLogService.openOrCreate(HazardLogFile.at(folder.resolve("log")));
        new CodeReviewService(log).settings().setRepositoryRoot(repo);
    }

    @AfterEach
    void close() {
        log.close();
    }

    private static Hazard with(CodeLocation... locations) {
        return Hazard.builder().name("Wrong patient").codeLocations(List.of(locations)).build();
    }

    @Test
    void aFolderOfTheRepositoryWithLinesIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> log.create(with(new CodeLocation("src/ward", 1, 3, null))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("code location src/ward:1-3 cannot name code: it names a folder, which has no lines:"
                        + " name a file in it, or remove the line range.");
        assertThat(log.count()).isZero();
    }

    @Test
    void aFolderWithLinesIsRefusedOnImportWithNothingImported() {
        List<Hazard> incoming = List.of(with(CodeLocation.of("src/ward/list.py")), with(new CodeLocation("src/ward", 2, null, null)));
        assertThatThrownBy(() -> log.importHazards(incoming))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("src/ward:2 cannot name code");
        assertThat(log.count()).isZero();
    }

    @Test
    void aPathWrittenAsAFolderWithLinesIsRefusedEvenWithoutARepository() {
        new CodeReviewService(log).settings().clearRepositoryRoot();
        assertThatThrownBy(() -> log.create(with(new CodeLocation("src/", 4, 9, null))))
                .hasMessageContaining("it names a folder, which has no lines");
    }

    @Test
    void aLineNumberTooLargeLeftInThePathIsRefused() {
        new CodeReviewService(log).settings().clearRepositoryRoot();
        assertThatThrownBy(() -> log.create(with(CodeLocation.of("src/ward/list.py:99999999999"))))
                .hasMessageContaining("bad line number 99999999999: too large");
    }

    @Test
    void aFileWithLinesAndAFolderWithoutAreAccepted() {
        Hazard stored = log.create(with(new CodeLocation("src/ward/list.py", 1, 2, null), CodeLocation.of("src/ward")));
        assertThat(stored.codeLocations()).hasSize(2);
    }

    @Test
    void aSymbolInAFileIsAcceptedWithOrWithoutLinesAndAfterAFolderOrPatternIsRefused() {
        Hazard stored = log.create(with(CodeLocation.of("src/ward/list.py#refresh"),
                new CodeLocation("src/ward/list.py#Ward.select", 1, 2, null)));
        assertThat(stored.codeLocations()).extracting(CodeLocation::reference)
                .containsExactly("src/ward/list.py#refresh", "src/ward/list.py#Ward.select:1-2");

        assertThatThrownBy(() -> log.create(with(CodeLocation.of("src/ward#refresh"))))
                .hasMessage("code location src/ward#refresh cannot name code: a symbol names code in one file, not in a "
                        + "folder or a pattern.");
        assertThatThrownBy(() -> log.create(with(CodeLocation.of("src/**/*.py#refresh"))))
                .hasMessageContaining("a symbol names code in one file");
        new CodeReviewService(log).settings().clearRepositoryRoot();
        assertThatThrownBy(() -> log.create(with(CodeLocation.of("src/#refresh"))))
                .hasMessageContaining("a symbol names code in one file");
    }

    @Test
    void anEditKeepingALocationStoredEarlierIsNotRefusedForIt() {
        Hazard stored = log.create(with(new CodeLocation("src/ward/list.py", 1, 2, null)));
        // An edit that leaves the locations as stored is not checked again for them.
        Hazard renamed = log.save(stored.toBuilder().name("Wrong patient opened").build());
        assertThat(renamed.name()).isEqualTo("Wrong patient opened");
        assertThatThrownBy(() -> log.save(renamed.toBuilder()
                .codeLocations(List.of(new CodeLocation("src/ward", 1, 2, null))).build()))
                .hasMessageContaining("it names a folder");
    }
}
