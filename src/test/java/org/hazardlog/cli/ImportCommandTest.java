package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.cli.CliRun.copyFixture;
import static org.hazardlog.cli.CliRun.hazardsIn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;

/** {@code hazardlog import}: what a user's files become in the log, and what the user is told. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private Path folder;
    private String db;

    @BeforeEach
    void aFolderOfThreeFormsOfHazardFile() throws IOException {
        folder = dir.resolve("hazards");
        copyFixture("quill/Hazard-0101.md", folder, "Hazard-0101.md");
        copyFixture("dcsp/hazard-12.md", folder.resolve("dcsp"), "hazard-12.md");
        copyFixture("rendered/lab-result-page.txt", folder, "lab-result-page.txt");
        Files.writeString(folder.resolve("README.md"), "# Our hazards\n\nOne file per hazard.\n");
        db = CliRun.newLog(dir.resolve("log")).toString();
    }

    @Test
    void aDryRunOnAMistypedLogRefusesAndCreatesNothing() {
        Path typo = dir.resolve("safety/hazrd-log");
        CliRun run = CliRun.of("--db", typo.toString(), "import", "--dry-run", folder.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).startsWith("hazardlog: No hazard log at " + typo + ".mv.db. Create one with `hazardlog new --cso NAME`");
        assertThat(dir.resolve("safety")).doesNotExist();
    }

    private static Map<Integer, Hazard> byNumber(List<Hazard> hazards) {
        return hazards.stream().collect(Collectors.toMap(Hazard::number, Function.identity()));
    }

    @Test
    void importingAFolderCreatesItsHazardsAndPrintsWhatItDid() {
        CliRun run = CliRun.of("--db", db, "import", folder.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.err).isEmpty();
        Map<Integer, Hazard> log = byNumber(hazardsIn(dir.resolve("log")));
        assertThat(log).containsOnlyKeys(12, 101, 102);
        assertThat(log.get(101).name()).isEqualTo("Dose reminder shows the previous patient's insulin dose");
        assertThat(log.get(12).name()).isEqualTo("Growth chart plots weight in pounds as kilograms");
        assertThat(log.get(102).name()).isEqualTo("Lab result attached to the wrong request");
        assertThat(run.out).containsPattern("created +101  Dose reminder shows the previous patient's insulin dose")
                .containsPattern("created +12  Growth chart plots weight in pounds as kilograms")
                .containsPattern("created +102  Lab result attached to the wrong request")
                .contains("lab-result-page.txt gives no hazard number: given the next free number")
                .contains("README.md: has no hazard headings");
        assertThat(run.out.lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("Imported 3 hazards from 3 files into " + db + ".mv.db: 3 created, 0 updated, 0 unchanged");
    }

    @Test
    void importingTheSameFolderAgainChangesNothingAndDuplicatesNothing() {
        CliRun.of("--db", db, "import", folder.toString());
        List<Hazard> before = hazardsIn(dir.resolve("log"));

        CliRun again = CliRun.of("--db", db, "import", folder.resolve("Hazard-0101.md").toString(),
                folder.resolve("dcsp").toString());

        assertThat(again.exitCode).isZero();
        assertThat(hazardsIn(dir.resolve("log"))).isEqualTo(before); // same revisions too: nothing rewritten
        // Unchanged hazards are counted, not listed, and their warnings were shown the first time.
        assertThat(again.out).isEqualTo("Imported 2 hazards from 2 files into " + db + ".mv.db: 0 created, 0 updated, 2 unchanged.\n");
    }

    @Test
    void reImportingAnEditedFileUpdatesTheHazardReportsTheChangesAndKeepsTheControlIds() throws IOException {
        CliRun.of("--db", db, "import", folder.toString());
        Hazard before = byNumber(hazardsIn(dir.resolve("log"))).get(101);
        Path file = folder.resolve("Hazard-0101.md");
        Files.writeString(file, Files.readString(file)
                .replace("Dose reminder shows the previous patient's insulin dose", "Dose reminder shows another patient's dose")
                .replace("- Clear the panel before loading the next patient.\n",
                        "- Clear the panel before loading the next patient.\n  - Status: Implemented\n"));

        CliRun run = CliRun.of("--db", db, "import", folder.toString());

        assertThat(run.exitCode).isZero();
        List<Hazard> after = hazardsIn(dir.resolve("log"));
        assertThat(after).hasSize(4);
        Hazard updated = byNumber(after).get(101);
        assertThat(updated.name()).isEqualTo("Dose reminder shows another patient's dose");
        assertThat(updated.id()).isEqualTo(before.id());
        assertThat(updated.version()).isEqualTo(before.version() + 1);
        assertThat(updated.controls()).extracting(Control::id).containsExactlyElementsOf(
                before.controls().stream().map(Control::id).toList());
        assertThat(updated.controls().get(1).status()).isEqualTo(ControlStatus.IMPLEMENTED);
        assertThat(run.out).containsPattern("updated +101  Dose reminder shows another patient's dose")
                .contains("    name: Dose reminder shows the previous patient's insulin dose -> Dose reminder shows another patient's dose")
                .contains("    control \"Clear the panel before loading the ne...\" status: Proposed -> Implemented")
                .contains("1 created, 1 updated, 1 unchanged");
        assertThat(byNumber(after).get(12).version()).isEqualTo(1); // unchanged hazards are not rewritten
        // The copied page has no number, so it is added again; the report says so.
        assertThat(run.out).containsPattern("created +103  Lab result attached to the wrong request");
    }

    @Test
    void oneBadFileMakesTheWholeBatchImportNothingAndNamesEveryBadFileWithItsReason() throws IOException {
        CliRun.of("--db", db, "import", folder.toString());
        List<Hazard> before = hazardsIn(dir.resolve("log"));
        Path file = folder.resolve("Hazard-0101.md");
        Files.writeString(file, Files.readString(file).replace("Dose reminder shows", "Changed: dose reminder shows"));
        copyFixture("bad/Hazard-0007.md", folder, "Hazard-0007.md");
        copyFixture("bad/no-name.md", folder, "no-name.md");

        CliRun run = CliRun.of("--db", db, "import", folder.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).startsWith("hazardlog: nothing imported: 2 of 5 files are invalid; fix them, "
                        + "or import the 3 valid files with --skip-invalid:\n")
                .contains(folder.resolve("Hazard-0007.md") + ": likelihood \"7\" is not a level of the risk scheme")
                .contains(folder.resolve("no-name.md") + ": ")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.err.lines().filter(l -> l.contains("no-name.md")).findFirst().orElseThrow()).containsIgnoringCase("name");
        assertThat(hazardsIn(dir.resolve("log"))).isEqualTo(before);
    }

    @Test
    void skipInvalidImportsTheValidFilesAndListsTheOthers() throws IOException {
        copyFixture("bad/Hazard-0007.md", folder, "Hazard-0007.md");

        CliRun run = CliRun.of("--db", db, "import", "--skip-invalid", folder.toString());

        assertThat(run.exitCode).isZero();
        assertThat(byNumber(hazardsIn(dir.resolve("log")))).containsOnlyKeys(12, 101, 102);
        assertThat(run.out).contains("Invalid files, not imported:\n    " + folder.resolve("Hazard-0007.md") + ": likelihood \"7\"")
                .contains("3 created, 0 updated, 0 unchanged")
                .contains("1 invalid file not imported.");
    }

    @Test
    void skipInvalidWithNoValidFileIsStillRefused() throws IOException {
        Path bad = copyFixture("bad/Hazard-0007.md", dir.resolve("bad"), "Hazard-0007.md");

        CliRun run = CliRun.of("--db", db, "import", "--skip-invalid", bad.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).startsWith("hazardlog: nothing imported: 1 of 1 file is invalid:\n");
        assertThat(hazardsIn(dir.resolve("log"))).isEmpty();
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndChangesNothing() {
        CliRun run = CliRun.of("--db", db, "import", "--dry-run", folder.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.out).containsPattern("create +101  Dose reminder")
                .contains("Would import 3 hazards from 3 files into " + db + ".mv.db: 3 to create, 0 to update, 0 unchanged")
                .endsWith("Nothing was changed (--dry-run).\n");
        assertThat(hazardsIn(dir.resolve("log"))).isEmpty();
    }

    @Test
    void aFolderWithoutHazardFilesIsRefused() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.docx"), "PK");

        CliRun run = CliRun.of("--db", db, "import", empty.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("hazardlog: nothing imported: no hazard files in " + empty + "\n    "
                + empty.resolve("notes.docx") + ": not a .md, .markdown, .txt, .json or .xlsx file\n");
    }

    @Test
    void aMissingPathIsInvalidInputNotAUsageError() {
        CliRun run = CliRun.of("--db", db, "import", dir.resolve("nowhere.md").toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("nowhere.md: does not exist");
    }

    @Test
    void importWithoutAPathIsAUsageError() {
        CliRun run = CliRun.of("--db", db, "import");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("Missing required parameter: 'PATH'");
    }
}
