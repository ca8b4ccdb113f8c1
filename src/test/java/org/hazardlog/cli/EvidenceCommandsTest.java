package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.EvidenceService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.evidence.Verification;
import org.hazardlog.store.HazardLogFile;

/**
 * Verification evidence end to end, as a CI pipeline and a CSO see it: Surefire, pytest and
 * jest-junit reports drive controls from verified to failing (and missing) and back, and the
 * residual risk reads "unverified" in between in the model, the JSON export, the gate and the
 * safety case.
 */
class EvidenceCommandsTest {

    private static final String CSO = "carol";
    private static final String COMMIT_1 = "1111111111111111111111111111111111111111";
    private static final String COMMIT_2 = "2222222222222222222222222222222222222222";
    private static final String COMMIT_3 = "3333333333333333333333333333333333333333";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path db;

    @BeforeEach
    void makeLog() {
        db = folder.resolve("log");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db), CSO)) {
            log.create(Hazard.builder().name("Two health records created for one patient")
                    .status(HazardStatus.OPEN)
                    .initial(Assessment.of(4, 4)).residual(Assessment.of(2, 4))
                    .controls(List.of(
                            control(ControlCategory.DESIGN, "Unit test `test_get_or_create_ehr_race_condition_unresolvable`: "
                                    + "verifies one record per patient under concurrent requests",
                                    new TestLink("tests/test_ehr.py::test_get_or_create_*", TestKind.IMPLEMENTATION)),
                            control(ControlCategory.TEST, "Service tests of record creation",
                                    new TestLink("org.acme.ehr.EhrServiceTest#*", TestKind.EFFECTIVENESS))))
                    .build());
            log.create(Hazard.builder().name("Wrong patient shown in the banner")
                    .status(HazardStatus.OPEN)
                    .initial(Assessment.of(3, 4)).residual(Assessment.of(2, 4))
                    .controls(List.of(control(ControlCategory.DESIGN, "Banner warns when two patients share a name",
                            new TestLink("PatientBanner warns when two patients share a name", TestKind.IMPLEMENTATION),
                            new TestLink("WardList *", TestKind.EFFECTIVENESS))))
                    .build());
            log.create(Hazard.builder().name("Export to the GP system loses allergies")
                    .status(HazardStatus.OPEN)
                    .controls(List.of(control(ControlCategory.TEST, "Export round trip test",
                            new TestLink("tests/test_export.py::*", TestKind.EFFECTIVENESS))))
                    .build());
        }
    }

    private static Control control(ControlCategory category, String text, TestLink... tests) {
        return new Control(null, category, ControlParty.MANUFACTURER, text, ControlStatus.IMPLEMENTED, "", "",
                List.of(tests));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(EvidenceCommandsTest.class.getResource("/fixtures/junit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        if (!all.contains("--user") && !args[0].equals("export") && !args[0].equals("list")) {
            all.add("--user");
            all.add(CSO);
        }
        return CliRun.of(all.toArray(String[]::new));
    }

    private CliRun record(String commit, String... reports) {
        List<String> args = new ArrayList<>(List.of("evidence", "record", "--commit", commit,
                "--build-url", "https://ci.example.org/builds/" + commit.charAt(0)));
        for (String r : reports) {
            args.add("--junit");
            args.add(fixture(r).toString());
        }
        return run(args.toArray(String[]::new));
    }

    private List<Verification> states() {
        try (HazardLogService log = HazardLogService.openToRead(HazardLogFile.at(db), CSO)) {
            ControlVerification v = new EvidenceService(log).verification();
            return log.hazards().stream().flatMap(h -> h.controls().stream()).map(v::of).toList();
        }
    }

    private JsonNode exportJson() throws IOException {
        Path out = folder.resolve("export-" + System.nanoTime() + ".json");
        CliRun r = run("export", "--format", "json", "--out", out.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        return JSON.readTree(out.toFile());
    }

    private static List<String> verifications(JsonNode export) {
        List<String> out = new ArrayList<>();
        export.get("hazards").forEach(h -> h.get("controls").forEach(c -> out.add(c.get("verification").asText())));
        return out;
    }

    private static List<Boolean> residualUnverified(JsonNode export) {
        List<Boolean> out = new ArrayList<>();
        export.get("hazards").forEach(h -> out.add(h.get("residualUnverified").asBoolean()));
        return out;
    }

    private String cscrText() throws IOException {
        Path pdf = folder.resolve("cscr-" + System.nanoTime() + ".pdf");
        CliRun r = run("export", "--format", "pdf", "--out", pdf.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void controlsGoFromVerifiedToFailingAndMissingAndBackWithTheResidualUnverifiedInBetween() throws IOException {
        assertThat(states()).containsOnly(Verification.NONE);

        CliRun first = record(COMMIT_1, "surefire-pass.xml", "pytest-pass.xml", "jest-pass.xml");
        assertThat(first.exitCode).as(first.err).isZero();
        assertThat(first.out).contains("Recorded evidence run 1: 10 test cases from 3 reports, 7 linked to controls, "
                + "3 unlinked; commit " + COMMIT_1 + ".");
        assertThat(states()).containsExactly(Verification.VERIFIED, Verification.VERIFIED, Verification.VERIFIED,
                Verification.SKIPPED);
        JsonNode verified = exportJson();
        assertThat(verifications(verified)).containsExactly("verified", "verified", "verified", "skipped");
        assertThat(residualUnverified(verified)).containsExactly(false, false, false);
        assertThat(verified.get("hazards").get(0).get("controls").get(0).get("tests").get(0).get("pattern").asText())
                .isEqualTo("tests/test_ehr.py::test_get_or_create_*");
        assertThat(run("evidence", "check").exitCode).isZero();
        assertThat(cscrText()).doesNotContain("UNVERIFIED").contains("Verification evidence from automated tests");

        CliRun second = record(COMMIT_2, "surefire-fail.xml", "pytest-fail.xml", "jest-missing.xml");
        assertThat(second.exitCode).as(second.err).isZero();
        assertThat(second.out).contains("Missing: hazard 2, control \"Banner warns when two patients share a name\": "
                + "PatientBanner warns when two patients share a name matches no test case in the reports.");
        assertThat(second.out).contains("Failed: hazard 1, org.acme.ehr.EhrServiceTest#*: 1 of 2 failed "
                + "(org.acme.ehr.EhrServiceTest#getOrCreateEhrRaceConditionIsResolved).");
        assertThat(states()).containsExactly(Verification.FAILING, Verification.FAILING, Verification.MISSING,
                Verification.SKIPPED);
        JsonNode failing = exportJson();
        assertThat(verifications(failing)).containsExactly("failing", "failing", "missing", "skipped");
        assertThat(residualUnverified(failing)).containsExactly(true, true, false);

        CliRun gate = run("evidence", "check", "--format", "json");
        assertThat(gate.exitCode).isEqualTo(1);
        JsonNode check = JSON.readTree(gate.out);
        assertThat(check.get("passed").asBoolean()).isFalse();
        assertThat(check.get("latestRun").get("commit").asText()).isEqualTo(COMMIT_2);
        assertThat(check.get("residualUnverified").toString()).isEqualTo("[1,2]");
        assertThat(check.get("counts").get("failing").asInt()).isEqualTo(2);

        String cscr = cscrText();
        assertThat(cscr).contains("UNVERIFIED").contains("Residual risk unverified")
                .contains("Two health records created for one patient")
                .contains("222222222222").contains("Failing").contains("Missing");

        CliRun exceptions = run("list", "--exceptions", "--format", "json");
        assertThat(exceptions.out).contains("\"kind\" : \"residual-unverified\"");

        CliRun third = record(COMMIT_3, "surefire-pass.xml", "pytest-pass.xml", "jest-pass.xml");
        assertThat(third.exitCode).as(third.err).isZero();
        assertThat(states()).containsExactly(Verification.VERIFIED, Verification.VERIFIED, Verification.VERIFIED,
                Verification.SKIPPED);
        assertThat(residualUnverified(exportJson())).containsExactly(false, false, false);
        assertThat(run("evidence", "check").exitCode).isZero();
        assertThat(cscrText()).doesNotContain("UNVERIFIED");
    }

    @Test
    void theGateTextAndSarifNameTheControlsThatFailIt() throws IOException {
        record(COMMIT_2, "surefire-fail.xml", "pytest-fail.xml", "jest-missing.xml");

        CliRun text = run("evidence", "check");
        assertThat(text.exitCode).isEqualTo(1);
        assertThat(text.out).contains("FAIL hazard 2, control \"Banner warns when two patients share a name\": missing")
                .contains("PatientBanner warns when two patients share a name (implementation): missing")
                .contains("Residual risk unverified: hazards 1, 2.")
                .contains("Failed: 3 controls the residual risk relies on without passing evidence.");
        // Hazard 3 has no residual score: its skipped test is shown but does not fail the gate.
        assertThat(text.out).contains("     hazard 3, control \"Export round trip test\": skipped "
                + "(the residual risk does not rely on it)");

        CliRun sarif = run("evidence", "check", "--format", "sarif");
        assertThat(sarif.exitCode).isEqualTo(1);
        JsonNode results = JSON.readTree(sarif.out).get("runs").get(0).get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("ruleId").asText()).isEqualTo("evidence-failing");
        assertThat(results.get(2).get("ruleId").asText()).isEqualTo("evidence-missing");
    }

    @Test
    void aControlChangedAfterTheLatestRunHasNoEvidenceUntilTheNextRun() {
        record(COMMIT_1, "surefire-pass.xml", "pytest-pass.xml", "jest-pass.xml");
        try (HazardLogService log = HazardLogService.open(HazardLogFile.at(db), CSO)) {
            Hazard h = log.hazard(2).orElseThrow();
            Control c = h.controls().get(0);
            log.save(h.toBuilder().controls(List.of(c.withTests(List.of(c.tests().get(0))))).build());
        }

        assertThat(states().get(2)).isEqualTo(Verification.NONE);
        assertThat(run("evidence", "check").exitCode).isZero();
        assertThat(run("evidence", "check", "--require-evidence").exitCode).isEqualTo(1);
        record(COMMIT_3, "surefire-pass.xml", "pytest-pass.xml", "jest-pass.xml");
        assertThat(states().get(2)).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void badReportsAreRefusedAndNothingIsRecorded() throws IOException {
        Path truncated = Files.writeString(folder.resolve("cut.xml"),
                Files.readString(fixture("surefire-pass.xml")).substring(0, 600));
        Path bomb = Files.writeString(folder.resolve("bomb.xml"), "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a "
                + "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><testsuite><testcase name=\"&b;\"/></testsuite>");
        Path empty = Files.writeString(folder.resolve("empty.xml"), "<testsuites/>");

        for (Path bad : List.of(truncated, bomb, empty)) {
            CliRun r = run("evidence", "record", "--commit", COMMIT_1, "--junit", fixture("pytest-pass.xml").toString(),
                    "--junit", bad.toString());
            assertThat(r.exitCode).isEqualTo(1);
            assertThat(r.err).startsWith("hazardlog: test report " + bad).contains("Nothing was recorded.")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        CliRun twice = record(COMMIT_1, "jest-pass.xml", "jest-pass.xml");
        assertThat(twice.exitCode).isEqualTo(1);
        assertThat(twice.err).contains("is reported twice", "Was a report given twice? Nothing was recorded.")
                .doesNotContain("?.");
        CliRun unrelated = record(COMMIT_1, "go-junit-report.xml");
        assertThat(unrelated.exitCode).isEqualTo(1);
        assertThat(unrelated.err).contains("none of the log's 5 test links matches a test case of the report")
                .contains("--accept-all-missing");
        CliRun badCommit = run("evidence", "record", "--commit", "main", "--junit", fixture("jest-pass.xml").toString());
        assertThat(badCommit.exitCode).isEqualTo(2);

        assertThat(run("evidence", "list").out).contains("No evidence run recorded yet.");
        assertThat(run("evidence", "show").err).contains("no evidence run has been recorded");

        CliRun accepted = run("evidence", "record", "--commit", COMMIT_1, "--accept-all-missing",
                "--junit", fixture("go-junit-report.xml").toString());
        assertThat(accepted.exitCode).as(accepted.err).isZero();
        assertThat(states()).containsExactly(Verification.MISSING, Verification.MISSING, Verification.MISSING,
                Verification.MISSING);
    }

    @Test
    void aRunIsAuditedAndListedAndShown() throws IOException {
        record(COMMIT_1, "surefire-pass.xml", "pytest-pass.xml", "jest-pass.xml");

        CliRun audit = run("audit", "list");
        assertThat(audit.out).contains("evidence").contains("run 1").contains("10 test cases (7 linked, 3 unlinked)");
        assertThat(CliRun.of("--db", db.toString(), "audit", "verify").exitCode).isZero();

        JsonNode runs = JSON.readTree(run("evidence", "list", "--format", "json").out).get("runs");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("buildUrl").asText()).isEqualTo("https://ci.example.org/builds/1");
        assertThat(runs.get(0).get("recordedBy").asText()).isEqualTo(CSO);

        CliRun show = run("evidence", "show", "1");
        assertThat(show.out).contains("1\torg.acme.ehr.EhrServiceTest#*\teffectiveness\tpassed (2 tests)")
                .contains("3\ttests/test_export.py::*\teffectiveness\tskipped: 1 of 1");
    }

    @Test
    void aViewerMayNotRecordEvidence() {
        assertThat(run("users", "add", "vic", "--role", "viewer").exitCode).isZero();

        CliRun r = run("evidence", "record", "--commit", COMMIT_1, "--user", "vic",
                "--junit", fixture("jest-pass.xml").toString());

        assertThat(r.exitCode).isEqualTo(1);
        assertThat(r.err).contains("Recording test evidence");
        assertThat(run("evidence", "list").out).contains("No evidence run recorded yet.");
    }
}
