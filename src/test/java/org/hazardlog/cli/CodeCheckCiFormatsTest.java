package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.TestRepository;
import org.hazardlog.code.TestRepository.Kind;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/**
 * {@code code-check --format sarif} and {@code --format github}: what a CI service reads, and the
 * same exit codes; and {@code --diff}, what a CSO re-reviewing reads.
 */
class CodeCheckCiFormatsTest {

    private static final String WARD_LIST = "src/ward/WardList.java";
    private static final String BANNER = "src/ui/PatientBanner.java";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestRepository repo;
    private Path db;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void reviewedLogAndRepository() {
        repo = TestRepository.create(folder.resolve("repo"), Kind.GIT);
        repo.write(WARD_LIST, TestRepository.numberedLines(WARD_LIST, 200))
                .write(BANNER, TestRepository.numberedLines(BANNER, 50))
                .commit();
        db = folder.resolve("team");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            log.create(Hazard.builder().name("Wrong patient record opened from the ward list")
                    .codeLocations(List.of(new CodeLocation(WARD_LIST, 88, 141, "refresh and selection"),
                            CodeLocation.of(BANNER)))
                    .build());
        }
        assertThat(run("code-check", "--repo", repo.root().toString(), "--record")).isZero();
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

    private JsonNode sarif(int expectedExit) throws Exception {
        assertThat(run("code-check", "--repo", repo.root().toString(), "--format", "sarif")).isEqualTo(expectedExit);
        assertThat(err.toString()).isEmpty();
        JsonNode log = JSON.readTree(out.toString());
        assertFollowsSarif(log);
        return log;
    }

    /** What SARIF 2.1.0 requires of the parts written: version, runs, a named driver, and well-formed results. */
    private static void assertFollowsSarif(JsonNode log) {
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.path("runs").isArray()).isTrue();
        JsonNode run = log.path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("HazardLog");
        JsonNode rules = driver.path("rules");
        assertThat(rules.size()).isPositive();
        rules.forEach(r -> {
            assertThat(r.path("id").asText()).isNotEmpty();
            assertThat(r.path("shortDescription").path("text").asText()).isNotEmpty();
        });
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).startsWith("file:/").endsWith("/");
        assertThat(run.path("results").isArray()).isTrue();
        run.path("results").forEach(r -> {
            assertThat(r.path("message").path("text").asText()).isNotEmpty();
            assertThat(r.path("level").asText()).isIn("none", "note", "warning", "error");
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
            r.path("locations").forEach(l -> {
                JsonNode physical = l.path("physicalLocation");
                assertThat(physical.path("artifactLocation").path("uri").asText()).isNotEmpty().doesNotStartWith("/");
                if (physical.has("region")) {
                    assertThat(physical.path("region").path("startLine").asInt()).isPositive();
                    assertThat(physical.path("region").path("endLine").asInt())
                            .isGreaterThanOrEqualTo(physical.path("region").path("startLine").asInt());
                }
            });
        });
    }

    @Test
    void sarifOfAPassingCheckHasNoResultsAndExitsZero() throws Exception {
        JsonNode log = sarif(0);

        assertThat(log.path("runs").get(0).path("results")).isEmpty();
        assertThat(log.path("runs").get(0).path("properties").path("gitCommit").asText()).isEqualTo(repo.head());
    }

    @Test
    void sarifGivesOneErrorPerFailingLocationWithItsFileAndLines() throws Exception {
        repo.replaceLine(WARD_LIST, 100, "list.refresh(); // now while selecting").commit();

        JsonNode results = sarif(1).path("runs").get(0).path("results");

        assertThat(results).hasSize(1);
        JsonNode r = results.get(0);
        assertThat(r.path("ruleId").asText()).isEqualTo("changed");
        assertThat(r.path("level").asText()).isEqualTo("error");
        assertThat(r.path("message").path("text").asText()).startsWith(
                "Hazard 1 (Wrong patient record opened from the ward list), " + WARD_LIST + ":88-141: changed since review.");
        JsonNode physical = r.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo(WARD_LIST);
        assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(88);
        assertThat(physical.path("region").path("endLine").asInt()).isEqualTo(141);
        assertThat(r.path("properties").path("hazardNumber").asInt()).isEqualTo(1);
    }

    @Test
    void sarifOfAWholeFileLocationHasNoRegion() throws Exception {
        repo.delete(BANNER).commit();

        JsonNode r = sarif(1).path("runs").get(0).path("results").get(0);

        assertThat(r.path("ruleId").asText()).isEqualTo("missing");
        JsonNode physical = r.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo(BANNER);
        assertThat(physical.has("region")).isFalse();
    }

    @Test
    void sarifEscapesPathsIntoUriReferences() {
        assertThat(CodeCheckSarif.uri("src/my file.py")).isEqualTo("src/my%20file.py");
        assertThat(CodeCheckSarif.uri("notes/run:12")).isEqualTo("notes/run:12");
        assertThat(CodeCheckSarif.uri("run:12")).isEqualTo("./run:12");
    }

    @Test
    void sarifListsUnlinkedFiles() throws Exception {
        repo.write("src/ward/Discharge.java", "class Discharge {}").commit();

        assertThat(run("code-check", "--repo", repo.root().toString(), "--unlinked", "--clinical-glob", "src/**/*.java",
                "--format", "sarif")).isEqualTo(1);

        JsonNode log = JSON.readTree(out.toString());
        assertFollowsSarif(log);
        JsonNode results = log.path("runs").get(0).path("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("ruleId").asText()).isEqualTo("unlinked");
        assertThat(results.get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText()).isEqualTo("src/ward/Discharge.java");
    }

    @Test
    void githubAnnotatesEachFailingLocationOnItsLines() {
        repo.replaceLine(WARD_LIST, 100, "list.refresh(); // now while selecting").commit();

        assertThat(run("code-check", "--repo", repo.root().toString(), "--format", "github")).isEqualTo(1);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("::error ")).singleElement().satisfies(l -> assertThat(l)
                .startsWith("::error file=" + WARD_LIST + ",line=88,endLine=141,title=Hazard 1%3A changed since review::"
                        + "Hazard 1 (Wrong patient record opened from the ward list), " + WARD_LIST
                        + ":88-141: changed since review. Lines 88-141 changed since review."));
        assertThat(lines).last().isEqualTo("Check failed.");
    }

    @Test
    void githubOfAPassingCheckHasNoErrorsAndExitsZero() {
        assertThat(run("code-check", "--repo", repo.root().toString(), "--format", "github")).isZero();

        assertThat(out.toString()).doesNotContain("::error").endsWith("Check passed.\n");
    }

    @Test
    void githubKeepsEachAnnotationOnOneLine() {
        assertThat(CodeCheckGithub.data("100% of doses\nare checked\r")).isEqualTo("100%25 of doses%0Aare checked%0D");
        assertThat(CodeCheckGithub.property("a,b:c")).isEqualTo("a%2Cb%3Ac");
    }

    @Test
    void diffShowsTheReviewedLinesAgainstTodaysAndKeepsTheExitCode() {
        repo.replaceLine(WARD_LIST, 100, "list.refresh(); // now while selecting").commit();

        assertThat(run("code-check", "--repo", repo.root().toString(), "--diff")).isEqualTo(1);

        assertThat(out.toString()).contains("Changed since review: hazard 1, " + WARD_LIST + ":88-141\n"
                + "--- " + WARD_LIST + ":88-141 as reviewed (", "+++ " + WARD_LIST + ":88-141 now\n"
                + "@@ -97,7 +97,7 @@\n line 97 of " + WARD_LIST + "\n line 98 of " + WARD_LIST + "\n line 99 of "
                + WARD_LIST + "\n-line 100 of " + WARD_LIST + "\n+list.refresh(); // now while selecting\n",
                "Check failed: 1 location not as reviewed.");
        assertThat(out.toString()).doesNotContain("To see what changed since review");
    }

    @Test
    void withoutDiffTheReportSaysHowToSeeTheChange() {
        repo.replaceLine(WARD_LIST, 100, "list.refresh();").commit();

        assertThat(run("code-check", "--repo", repo.root().toString())).isEqualTo(1);

        assertThat(out.toString()).endsWith("To see what changed since review: hazardlog code-check --diff --hazard 1\n");
    }

    @Test
    void diffInJsonIsTheLinesOfEachChangedFinding() throws Exception {
        repo.replaceLine(WARD_LIST, 100, "list.refresh();").commit();

        assertThat(run("code-check", "--repo", repo.root().toString(), "--diff", "--format", "json")).isEqualTo(1);

        JsonNode findings = JSON.readTree(out.toString()).path("findings");
        assertThat(findings.get(0).path("diff").get(0).asText()).startsWith("--- " + WARD_LIST + ":88-141 as reviewed");
        assertThat(findings.get(0).path("diff").toString()).contains("\"+list.refresh();\"");
        assertThat(findings.get(1).path("diff").isNull()).isTrue();
    }

    @Test
    void withoutDiffTheJsonHasNoDiffField() throws Exception {
        repo.replaceLine(WARD_LIST, 100, "list.refresh();").commit();

        run("code-check", "--repo", repo.root().toString(), "--format", "json");

        assertThat(JSON.readTree(out.toString()).path("findings").get(0).has("diff")).isFalse();
    }

    @Test
    void anInvalidLocationIsAnnotatedWithoutAFileNamedAfterIt() {
        Hazard h = Hazard.builder().id(1L).version(1).number(3).name("h").build();
        CodeLocation where = CodeLocation.of("app/main.py:12-13");
        LocationFinding invalid = new LocationFinding(h, 0, where, "app/main.py:12-13",
                org.hazardlog.code.LocationState.INVALID_LOCATION, null, null, "not a path", List.of(), null);

        assertThat(CodeCheckSarif.path(invalid)).isEmpty();
    }

    @Test
    void theHazardsToCorrectAreAnEnglishList() {
        assertThat(CodeCheckText.hazards(List.of(3))).isEqualTo("hazard 3");
        assertThat(CodeCheckText.hazards(List.of(3, 4))).isEqualTo("hazards 3 and 4");
        assertThat(CodeCheckText.hazards(List.of(3, 4, 7))).isEqualTo("hazards 3, 4 and 7");
    }
}
