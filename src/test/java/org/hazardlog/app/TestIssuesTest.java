package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.domain.testissue.NewTestIssue;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueDetails;
import org.hazardlog.domain.testissue.TestIssueStatus;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.StaleEditException;

/** Test issues are stored, audited field by field, checked against the log's hazards and roles, and imported all or nothing. */
class TestIssuesTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static TeamLog team;
    private HazardLogFile file;

    @BeforeAll
    static void makeTeam() {
        team = TeamLog.makeIn(shared);
    }

    @BeforeEach
    void copy() {
        file = team.copyTo(folder);
    }

    private HazardLogService as(String user) {
        return HazardLogService.open(file, user);
    }

    private static TestIssueDetails details(String title, Integer... hazards) {
        return new TestIssueDetails(title, "Found in system test run 14.", List.of(hazards),
                "A nurse could give a tenfold dose.");
    }

    private List<AuditEvent> events(HazardLogService log, String id) {
        return log.audit().events(AuditQuery.ALL).stream()
                .filter(e -> AuditEvent.TEST_ISSUE.equals(e.entity()) && e.entityKey().equals(id)).toList();
    }

    @Test
    void anEngineerAddsAnIssueThatReadsBackWithItsHazardsAndCreationEvents() {
        try (HazardLogService log = as(TeamLog.ENGINEER)) {
            TestIssue added = log.testIssues().add(null, details("Dose field accepts 10x values", 2, 1));
            assertThat(added.id()).isEqualTo("TI-001");
            assertThat(added.recordedBy()).isEqualTo(TeamLog.ENGINEER);
            TestIssue read = log.testIssues().find("ti-001").orElseThrow();
            assertThat(read.details()).isEqualTo(added.details());
            assertThat(read.details().hazards()).containsExactly(1, 2);
            assertThat(read.status()).isEqualTo(TestIssueStatus.OPEN);
            assertThat(events(log, "TI-001")).extracting(AuditEvent::field).containsExactly("test issue", "description",
                    "linked hazards", "safety impact", "status", "seal");
            assertThat(events(log, "TI-001").get(5).newValue()).matches("test issue seal sha256:[0-9a-f]{64}");
            assertThat(events(log, "TI-001")).allMatch(e -> e.action() == AuditAction.CREATE && e.oldValue() == null);
            assertThat(log.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void aLinkFollowsAHazardThatIsRenumbered() {
        try (HazardLogService log = as(TeamLog.CSO)) {
            log.testIssues().add("TI-001", details("Stale ward list", 1));
            Hazard one = log.hazard(1).orElseThrow();
            log.save(one.toBuilder().number(10).build());
            assertThat(log.testIssues().find("TI-001").orElseThrow().details().hazards()).containsExactly(10);
        }
    }

    @Test
    void anUnknownHazardIsRefusedAndNothingIsStored() {
        try (HazardLogService log = as(TeamLog.ENGINEER)) {
            long before = log.audit().verify().events();
            assertThatThrownBy(() -> log.testIssues().add(null, details("t", 1, 99)))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("hazard 99 is not in this log");
            assertThat(log.testIssues().list()).isEmpty();
            assertThat(log.audit().verify().events()).isEqualTo(before);
        }
    }

    @Test
    void editsAndResolutionAreAuditedOldAndNew() {
        try (HazardLogService log = as(TeamLog.ENGINEER)) {
            TestIssue a = log.testIssues().add("BUG-7", details("Dose field accepts 10x values", 1));
            TestIssue edited = log.testIssues().edit("BUG-7", a.revision(),
                    details("Dose field accepts 10x and 100x values", 1, 2), "retested");
            assertThat(edited.revision()).isEqualTo(2);
            TestIssue resolved = log.testIssues().resolve("BUG-7", edited.revision(), "Upper limit added in 2.1.", null);
            assertThat(resolved.resolved().orElseThrow().by()).isEqualTo(TeamLog.ENGINEER);
            // Each write ends with the issue's seal, which audit verify compares with the stored issue.
            List<AuditEvent> changes = events(log, "BUG-7").stream().filter(e -> e.action() == AuditAction.EDIT
                    && !"seal".equals(e.field())).toList();
            assertThat(changes).extracting(AuditEvent::field, AuditEvent::oldValue, AuditEvent::newValue).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("title", "Dose field accepts 10x values", "Dose field accepts 10x and 100x values"),
                    org.assertj.core.groups.Tuple.tuple("linked hazards", "1", "1, 2"),
                    org.assertj.core.groups.Tuple.tuple("status", "Open", "Resolved"),
                    org.assertj.core.groups.Tuple.tuple("resolution", null, "Upper limit added in 2.1."));
            assertThat(changes.get(0).reason()).isEqualTo("retested");
            assertThat(events(log, "BUG-7").stream().filter(e -> "seal".equals(e.field())).map(AuditEvent::newValue)
                    .distinct()).hasSize(3);
        }
    }

    @Test
    void reopeningNeedsAReasonAndClearsTheResolution() {
        try (HazardLogService log = as(TeamLog.ENGINEER)) {
            TestIssue a = log.testIssues().add(null, details("t"));
            TestIssue r = log.testIssues().resolve(a.id(), a.revision(), "fixed", null);
            assertThatThrownBy(() -> log.testIssues().reopen(a.id(), r.revision(), " "))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
            TestIssue again = log.testIssues().reopen(a.id(), r.revision(), "seen again in run 15");
            assertThat(again.isOpen()).isTrue();
            assertThat(log.testIssues().find(a.id()).orElseThrow().resolved()).isEmpty();
        }
    }

    @Test
    void anEditBasedOnAnOlderRevisionIsRefused() {
        try (HazardLogService log = as(TeamLog.ENGINEER)) {
            TestIssue a = log.testIssues().add(null, details("t"));
            log.testIssues().edit(a.id(), a.revision(), details("t2"), null);
            assertThatThrownBy(() -> log.testIssues().edit(a.id(), a.revision(), details("t3"), null))
                    .isInstanceOf(StaleEditException.class);
            assertThat(log.testIssues().find(a.id()).orElseThrow().title()).isEqualTo("t2");
        }
    }

    @Test
    void viewersAndStrangersMayNotRecordTestIssues() {
        for (String who : List.of(TeamLog.VIEWER, TeamLog.STRANGER)) {
            try (HazardLogService log = as(who)) {
                assertThatThrownBy(() -> log.testIssues().add(null, details("t")))
                        .isInstanceOf(AccessRefusedException.class).hasMessageContaining("Engineer or CSO");
                assertThatThrownBy(() -> log.testIssues().importAll(List.of(NewTestIssue.open(null, details("t")))))
                        .isInstanceOf(AccessRefusedException.class);
            }
        }
        try (HazardLogService log = as(TeamLog.CSO)) {
            TestIssue a = log.testIssues().add(null, details("t"));
            log.actAs(TeamLog.VIEWER);
            assertThatThrownBy(() -> log.testIssues().resolve(a.id(), a.revision(), "fixed", null))
                    .isInstanceOf(AccessRefusedException.class);
            assertThat(log.testIssues().list()).hasSize(1).allMatch(TestIssue::isOpen);
        }
    }

    @Test
    void anImportAddsEveryEntryOrNoneNamingEachProblem() {
        try (HazardLogService log = as(TeamLog.ENGINEER)) {
            log.testIssues().add("TI-001", details("already here"));
            long events = log.audit().verify().events();
            List<NewTestIssue> bad = List.of(
                    NewTestIssue.open("TI-005", details("good one", 1)),
                    NewTestIssue.open("ti-001", details("clashes with the log")),
                    NewTestIssue.open("TI-005", details("clashes with entry 1")),
                    NewTestIssue.open(null, details("unknown hazard", 42)));
            assertThatThrownBy(() -> log.testIssues().importAll(bad))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("nothing imported: 3 problems")
                    .hasMessageContaining("entry 2 (ti-001): the log already has test issue ti-001")
                    .hasMessageContaining("entry 3 (TI-005): the identifier is also used by entry 1")
                    .hasMessageContaining("entry 4 (TI-006): hazard 42 is not in this log");
            assertThat(log.testIssues().list()).extracting(TestIssue::id).containsExactly("TI-001");
            assertThat(log.audit().verify().events()).isEqualTo(events);

            List<TestIssue> added = log.testIssues().importAll(List.of(
                    NewTestIssue.open(null, details("gets the next number", 1)),
                    new NewTestIssue("TI-002", details("already fixed"), "Fixed before release 2.0.")));
            assertThat(added).extracting(TestIssue::id).containsExactly("TI-003", "TI-002");
            assertThat(added.get(1).status()).isEqualTo(TestIssueStatus.RESOLVED);
            assertThat(events(log, "TI-002")).allMatch(e -> e.action() == AuditAction.IMPORT)
                    .extracting(AuditEvent::field).contains("test issue", "status", "resolution");
            assertThat(log.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void auditVerifyFindsATestIssueAddedOrDeletedBehindHazardLogsBack() throws Exception {
        try (HazardLogService log = as(TeamLog.ENGINEER)) {
            log.testIssues().add("TI-001", details("t"));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + file.base(), "hazardlog", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM test_issue WHERE id_key = 'TI-001'");
            s.execute("INSERT INTO test_issue (id_key, id, revision, title, description, safety_impact, status, "
                    + "recorded_by, recorded_at) VALUES ('TI-666', 'TI-666', 1, 'forged', '', '', 'OPEN', 'x', CURRENT_TIMESTAMP)");
        }
        try (HazardLogService log = HazardLogService.openToInspect(file, TeamLog.VIEWER)) {
            assertThat(log.audit().verify().problems()).extracting(p -> p.message())
                    .anyMatch(d -> d.contains("test issue TI-666 has no creation event"))
                    .anyMatch(d -> d.contains("test issue TI-001 was created according to the audit trail but is not in the log"));
        }
    }
}
