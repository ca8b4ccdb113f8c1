package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.testissue.NewTestIssue;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueDetails;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;

/**
 * Test issues and evidence results edited with database tools, behind HazardLog's back: each edit
 * must make {@code audit verify} fail (exit 1) naming what changed, and {@code evidence check},
 * which does not trust a log changed outside HazardLog, fail too. Every kind of write HazardLog
 * makes itself leaves the log intact.
 */
class SealedRecordsAttacksTest {

    private static final String CSO = "carol";

    @TempDir
    Path folder;

    private Path db;

    @BeforeEach
    void makeLogWithIssuesAndARun() {
        db = folder.resolve("log");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db), CSO)) {
            log.create(Hazard.builder().name("Two health records created for one patient").status(HazardStatus.OPEN)
                    .controls(List.of(control("Service tests of record creation",
                            new TestLink("org.acme.ehr.EhrServiceTest#*", TestKind.EFFECTIVENESS))))
                    .build());
            log.create(Hazard.builder().name("Wrong patient shown in the banner").status(HazardStatus.OPEN)
                    .controls(List.of(control("Banner warns when two patients share a name",
                            new TestLink("PatientBanner warns when two patients share a name", TestKind.IMPLEMENTATION),
                            new TestLink("WardList *", TestKind.EFFECTIVENESS))))
                    .build());
            // Every kind of test issue write: add, edit, resolve, reopen, import.
            TestIssue one = log.testIssues().add(null, new TestIssueDetails("Dose field accepts 10x values",
                    "Seen in run 14.", List.of(1, 2), "Overdose could reach the patient"));
            one = log.testIssues().edit(one.id(), one.revision(), new TestIssueDetails(one.title(), "Seen in runs 14, 15.",
                    List.of(1, 2), "Overdose could reach the patient"), "more runs");
            one = log.testIssues().resolve(one.id(), one.revision(), "Limit added", null);
            log.testIssues().reopen(one.id(), one.revision(), "fails again in run 16");
            log.testIssues().importAll(List.of(new NewTestIssue("BUG-7", new TestIssueDetails("Banner truncates names",
                    null, List.of(2), null), "Fixed in 2.1")));
        }
        CliRun recorded = cli("evidence", "record", "--commit", "1111111111111111111111111111111111111111",
                "--junit", fixture("surefire-pass.xml"), "--junit", fixture("jest-pass.xml"));
        assertThat(recorded.exitCode).as(recorded.err).isZero();
    }

    private static Control control(String text, TestLink... tests) {
        return new Control(null, ControlCategory.DESIGN, ControlParty.MANUFACTURER, text, ControlStatus.IMPLEMENTED,
                "", "", List.of(tests));
    }

    private static String fixture(String name) {
        try {
            return Path.of(SealedRecordsAttacksTest.class.getResource("/fixtures/junit/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--user", CSO));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private void sql(String... statements) {
        try (HazardLogDatabase d = HazardLogDatabase.open(HazardLogFile.at(db))) {
            d.jdbi().useHandle(h -> {
                for (String s : statements) {
                    assertThat(h.execute(s)).as(s).isPositive();
                }
            });
        }
    }

    /** audit verify fails naming {@code what}, and evidence check refuses the log. */
    private void assertFound(String what) {
        CliRun verify = cli("audit", "verify");
        assertThat(verify.exitCode).as(verify.out + verify.err).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(verify.out + verify.err).contains(what).contains("changed outside HazardLog");
        CliRun check = cli("evidence", "check");
        assertThat(check.exitCode).as(check.out).isNotZero();
        assertThat(check.err).contains("audit trail").contains("is broken").contains(what);
    }

    @Test
    void everyKindOfWriteLeavesTheLogIntact() {
        CliRun verify = cli("audit", "verify");
        assertThat(verify.exitCode).as(verify.out + verify.err).isZero();
        assertThat(cli("evidence", "check").exitCode).isZero();
        // A second run, and a hazard's issues edited again, still agree with the trail.
        assertThat(cli("evidence", "record", "--junit", fixture("surefire-fail.xml"), "--junit",
                fixture("jest-pass.xml")).exitCode).isZero();
        assertThat(cli("test-issue", "edit", "BUG-7", "--hazards", "1,2").exitCode).isZero();
        verify = cli("audit", "verify");
        assertThat(verify.exitCode).as(verify.out + verify.err).isZero();
    }

    @Test
    void resolvingATestIssueWithDatabaseToolsIsFound() {
        sql("UPDATE test_issue SET status = 'RESOLVED', resolution = 'Not a bug', resolved_by = 'carol', "
                + "resolved_at = recorded_at WHERE id = 'TI-001'");
        assertFound("test issue TI-001");
    }

    @Test
    void reopeningAResolvedTestIssueWithDatabaseToolsIsFound() {
        sql("UPDATE test_issue SET status = 'OPEN', resolution = NULL, resolved_by = NULL, resolved_at = NULL "
                + "WHERE id = 'BUG-7'");
        assertFound("test issue BUG-7");
    }

    @Test
    void changingASafetyImpactIsFound() {
        sql("UPDATE test_issue SET safety_impact = 'None' WHERE id = 'TI-001'");
        assertFound("test issue TI-001");
    }

    @Test
    void deletingALinkToAHazardIsFound() {
        sql("DELETE FROM test_issue_hazard WHERE test_issue_key = 'TI-001' AND hazard_id = "
                + "(SELECT id FROM hazard WHERE number = 2)");
        assertFound("test issue TI-001");
    }

    @Test
    void turningAPassedOutcomeIntoAFailureIsFound() {
        sql("UPDATE evidence_result SET outcome = 'FAILED', failed = matched WHERE run_number = 1 "
                + "AND pattern = 'org.acme.ehr.EhrServiceTest#*'");
        assertFound("evidence run 1");
    }

    @Test
    void turningAFailureIntoAPassIsFound() {
        assertThat(cli("evidence", "record", "--junit", fixture("surefire-fail.xml"), "--junit",
                fixture("jest-pass.xml")).exitCode).isZero();
        // The update finding FAILED rows is what shows the run recorded a failure.
        sql("UPDATE evidence_result SET outcome = 'PASSED', failed = 0, failed_tests = '' WHERE run_number = 2 "
                + "AND outcome = 'FAILED'");
        assertFound("evidence run 2");
    }

    @Test
    void deletingAResultRowIsFound() {
        sql("DELETE FROM evidence_result WHERE run_number = 1 AND pattern = 'WardList *'");
        assertFound("evidence run 1");
    }

    @Test
    void deletingARunIsFound() {
        sql("DELETE FROM evidence_result WHERE run_number = 1", "DELETE FROM evidence_run WHERE number = 1");
        CliRun verify = cli("audit", "verify");
        assertThat(verify.exitCode).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(verify.out + verify.err).contains("records evidence run 1, but the log has no such run");
    }
}
