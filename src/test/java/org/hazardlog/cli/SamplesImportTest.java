package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.cli.CliRun.content;
import static org.hazardlog.cli.CliRun.hazardsIn;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hazardlog.store.HazardLogFile;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardChanges;

/**
 * The real hazard logs of the shared samples folder, imported through the command line as a user
 * would: each into its own log (their numbers overlap), with no error and nothing left out.
 */
class SamplesImportTest {

    @TempDir
    Path dir;

    private Path samples;

    @BeforeEach
    void needTheSamples() {
        String property = System.getProperty("samples.dir");
        assumeTrue(property != null && Files.isDirectory(Path.of(property)), "the shared samples folder (system property "
                + "samples.dir = " + property + ") is not here, so the real hazard logs cannot be imported; CI always has it");
        samples = Path.of(property);
    }

    private CliRun importInto(String log, String sample) {
        Path db = dir.resolve(log);
        if (!HazardLogFile.at(db).exists()) {
            CliRun.newLog(db);
        }
        return CliRun.of("--db", db.toString(), "import", samples.resolve(sample).toString());
    }

    @Test
    void theQuillLogImportsAllFortyEightHazardsWithoutError() {
        CliRun run = importInto("quill", "quill-hazards");

        assertThat(run.exitCode).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.out).contains(": 48 created, 0 updated, 0 unchanged").doesNotContain("Invalid files, not imported", "Skipped (not hazard files)");
        List<Hazard> log = hazardsIn(dir.resolve("quill"));
        assertThat(log).extracting(Hazard::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 48).boxed().toList());
    }

    @Test
    void theDcspLogImportsItsNineScoredHazardsWithoutError() {
        CliRun run = importInto("dcsp", "dcsp-hazards");

        assertThat(run.exitCode).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.out).contains(": 9 created, 0 updated, 0 unchanged");
        assertThat(hazardsIn(dir.resolve("dcsp"))).hasSize(9).allMatch(h -> h.initial().isScored());
    }

    @Test
    void theRenderedPageImportsAsHazard27LessTheNumberAPageCannotCarry() {
        CliRun page = importInto("page", "seed/hazard-rendered-page.txt");
        importInto("quill", "quill-hazards");

        assertThat(page.exitCode).isZero();
        assertThat(page.err).isEmpty();
        Hazard fromPage = hazardsIn(dir.resolve("page")).get(0);
        Hazard fromFile = hazardsIn(dir.resolve("quill")).get(26);
        assertThat(fromPage.number()).isEqualTo(1);
        assertThat(HazardChanges.between(content(fromFile), content(fromPage)).fields()).containsExactly("number");
    }

    @Test
    void importingTheQuillLogAgainChangesNothing() {
        importInto("quill", "quill-hazards");
        List<Hazard> before = hazardsIn(dir.resolve("quill"));

        CliRun again = importInto("quill", "quill-hazards");

        // Hazard 48 names three unit tests in backticks: proposed as test links, not linked.
        assertThat(again.out).endsWith("To link the 3 tests named in control texts, import again with --link-named-tests.\n"
                + "Imported 48 hazards from 48 files into " + dir.resolve("quill") + ".mv.db: "
                + "0 created, 0 updated, 48 unchanged.\n");
        assertThat(hazardsIn(dir.resolve("quill"))).isEqualTo(before);
    }
}
