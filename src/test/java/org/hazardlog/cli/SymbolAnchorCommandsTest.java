package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.code.TestRepository;
import org.hazardlog.code.TestRepository.Kind;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.transfer.Fixtures;

/**
 * Symbol anchors from the command line: imported, suggested on import, checked; the pull-request
 * summary ({@code --format markdown}); and reviews edited in the log file outside HazardLog.
 */
class SymbolAnchorCommandsTest {

    private static final String MAIN = "backend/app/main.py";

    @TempDir
    Path folder;

    private TestRepository repo;
    private Path db;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void makeRepository() {
        repo = TestRepository.create(folder.resolve("repo"), Kind.GIT);
        repo.write(MAIN, "import os", "", "def first():", "    return os.getcwd()", "",
                "def check_fhir_health(url):", "    if not url:", "        return False", "    return ping(url)").commit();
        db = folder.resolve("team");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            log.create(Hazard.builder().name("FHIR outage not noticed")
                    .initial(Assessment.of(3, 4)).residual(Assessment.of(2, 4))
                    .codeLocations(List.of(CodeLocation.of(MAIN + "#check_fhir_health"))).build());
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return HazardLogCommand.run(all, f -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aSymbolAnchoredLocationPassesAfterCodeIsAddedAboveItAndFailsWhenItsBodyChanges() {
        assertThat(run("code-check", "--repo", repo.root().toString(), "--record")).isZero();
        repo.insert(MAIN, 1, "import sys", "").commit();
        assertThat(run("code-check", "--repo", repo.root().toString())).isZero();

        repo.replaceLine(MAIN, 11, "    return ping(url, timeout=1)").commit();

        assertThat(run("code-check", "--repo", repo.root().toString())).isEqualTo(1);
        assertThat(out.toString()).contains(MAIN + "#check_fhir_health", "changed since review",
                "check_fhir_health (now lines 8-11) changed since review.");
    }

    @Test
    void theMarkdownSummaryNamesTheHazardItsRiskAndWhatChangedWithTheDiff() {
        run("code-check", "--repo", repo.root().toString(), "--record");
        repo.replaceLine(MAIN, 9, "    return ping(url, timeout=1)").commit();

        int exit = run("code-check", "--repo", repo.root().toString(), "--format", "markdown");

        String md = out.toString();
        assertThat(exit).isEqualTo(1);
        assertThat(md).startsWith("## HazardLog code check: failed\n");
        assertThat(md).contains("1 code location of 1 hazard checked at `" + repo.head().substring(0, 12) + "`: "
                + "1 location of 1 hazard not as reviewed.");
        assertThat(md).contains("| Hazard | Risk (initial / residual) | Location | State | What changed |");
        assertThat(md).contains("| 1 FHIR outage not noticed | 3 - ", " / 3 - ",
                "| `" + MAIN + "#check_fhir_health (lines 6-9)` | changed since review | check_fhir_health (now lines 6-9) "
                        + "changed since review. Reviewed ");
        assertThat(md).contains("<details><summary>Hazard 1, " + MAIN + "#check_fhir_health (lines 6-9): what changed "
                + "since review</summary>", "```diff", "-    return ping(url)", "+    return ping(url, timeout=1)");
        assertThat(md).contains("`hazardlog code-check --record --hazard 1`");
    }

    @Test
    void aPassingMarkdownSummarySaysSoWithoutATable() {
        run("code-check", "--repo", repo.root().toString(), "--record");

        assertThat(run("code-check", "--repo", repo.root().toString(), "--format", "markdown")).isZero();

        assertThat(out.toString()).startsWith("## HazardLog code check: passed\n")
                .contains("all as the Clinical Safety Officer reviewed them.").doesNotContain("| Hazard |");
    }

    @Test
    void theMarkdownSummaryEscapesWhatWouldBreakItsTable() {
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            log.create(Hazard.builder().name("Dose <b>shown</b> | hidden")
                    .codeLocations(List.of(CodeLocation.of(MAIN + "#missing_function"))).build());
        }

        assertThat(run("code-check", "--repo", repo.root().toString(), "--format", "markdown")).isEqualTo(1);

        assertThat(out.toString()).contains("| 2 Dose &lt;b&gt;shown&lt;/b&gt; \\| hidden | TBC / TBC | `" + MAIN
                + "#missing_function` | symbol not found | No function, method or class named missing_function in " + MAIN
                + ". |");
    }

    @Test
    void unlinkedFilesAsMarkdownAreAList() {
        repo.write("backend/app/dose.py", "def dose():", "    return 1").commit();

        assertThat(run("code-check", "--repo", repo.root().toString(), "--unlinked", "--clinical-glob", "backend/**/*.py",
                "--format", "markdown")).isEqualTo(1);

        assertThat(out.toString()).isEqualTo("## HazardLog: clinically relevant code linked to no hazard\n\n"
                + "1 file matching `backend/**/*.py` that no hazard links to:\n\n- `backend/app/dose.py`\n");
    }

    @Test
    void aReviewEditedInTheLogFileFailsAuditVerifyAndTheCodeCheck() throws Exception {
        run("code-check", "--repo", repo.root().toString(), "--record");
        repo.replaceLine(MAIN, 9, "    return True  # the health check no longer asks the server").commit();
        assertThat(run("code-check", "--repo", repo.root().toString())).isEqualTo(1);
        String changed = Files.readString(repo.root().resolve(MAIN));
        String bodyNow = changed.substring(changed.indexOf("def check_fhir_health")).stripTrailing();
        // Make the stored review match today's code, as a pull request editing the log might.
        org.hazardlog.code.SourceTree tree = org.hazardlog.code.SourceTree.open(repo.root());
        Hazard h = Hazard.builder().id(1L).version(1).number(1).name("x")
                .codeLocations(List.of(CodeLocation.of(MAIN + "#check_fhir_health"))).build();
        org.hazardlog.code.ReviewFingerprint now = org.hazardlog.code.ReviewFingerprints.take(tree, List.of(h),
                java.time.Instant.now()).fingerprints().values().iterator().next().get(0);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + HazardLogFile.at(db).base(),
                "hazardlog", "");
             java.sql.PreparedStatement s = c.prepareStatement("UPDATE code_review SET lines_fingerprint = ?, "
                     + "lines_rolling_hash = ?, file_fingerprint = ?, reviewed_text = ?")) {
            s.setString(1, now.linesFingerprint());
            s.setLong(2, now.linesRollingHash());
            s.setString(3, now.fileFingerprint());
            s.setString(4, bodyNow);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(out.toString() + err.toString()).contains("the code review of hazard 1 is not the one recorded by "
                + "audit event");
        assertThat(run("code-check", "--repo", repo.root().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("audit trail", "is broken", "the code review of hazard 1 is not the one "
                + "recorded by audit event");
    }

    @Test
    void importSuggestsASymbolAnchorWhenALocationsNoteNamesAFunctionOfTheFile() throws Exception {
        assertThat(run("settings", "--repository-root", repo.root().toString())).isZero();
        Path md = folder.resolve("Hazard-0101.md");
        Files.writeString(md, Fixtures.quillWith("Code associated with hazard",
                "- " + MAIN + ":3-4 - check_fhir_health() decides whether the server is up\n"
                        + "- " + MAIN + "#first - the anchored form"));

        assertThat(run("import", md.toString())).isZero();

        assertThat(out.toString()).contains("code location " + MAIN + ":3-4: The note names check_fhir_health(), which "
                + "is at lines 6-9, outside lines 3-4: the range may be stale. Anchor the location on the function "
                + "instead: " + MAIN + "#check_fhir_health");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            assertThat(log.hazards().stream().flatMap(hz -> hz.codeLocations().stream()).map(CodeLocation::path))
                    .contains(MAIN + "#first");
        }
    }
}
