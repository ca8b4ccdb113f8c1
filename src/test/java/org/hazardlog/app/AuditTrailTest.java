package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.store.HazardLogFile;

/** The audit trail records every change, and `audit verify` finds any edit made behind HazardLog's back. */
class AuditTrailTest {

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

    /** Tampers with the file directly, as someone editing it outside HazardLog would (no checks on opening). */
    private void sql(String statement) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + file.base(), "hazardlog", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuditCheck verify() {
        try (HazardLogService log = HazardLogService.openToInspect(file, TeamLog.VIEWER)) {
            return log.audit().verify();
        }
    }

    /** Ten more events on top of the team's, so there is a middle to tamper with. */
    private void someWork() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            for (int i = 0; i < 5; i++) {
                Hazard h = log.hazard(1).orElseThrow();
                log.save(h.toBuilder().description("Description " + i).build());
            }
            log.create(Hazard.builder().name("Another").build());
        }
    }

    @Test
    void eachChangedFieldIsOneEventWithWhoRoleWhenOldNewAndReason() {
        Instant before = Instant.now().minusSeconds(1);
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            Hazard h = log.hazard(1).orElseThrow();
            log.save(h.toBuilder().status(HazardStatus.CLOSED).statusText("Closed").initial(Assessment.of(1, 4)).build(),
                    "Reviewed at the safety meeting");
            List<AuditEvent> history = log.audit().history(1);
            List<AuditEvent> latest = history.stream().filter(e -> e.action() == AuditAction.EDIT).toList();

            assertThat(latest).extracting(AuditEvent::field)
                    .contains("status", "status text", "initial likelihood", "initial risk level");
            AuditEvent status = latest.stream().filter(e -> e.field().equals("status")).findFirst().orElseThrow();
            assertThat(status.user()).isEqualTo("cso");
            assertThat(status.role()).isEqualTo(Role.CSO);
            assertThat(status.oldValue()).isEqualTo("Open");
            assertThat(status.newValue()).isEqualTo("Closed");
            assertThat(status.reason()).isEqualTo("Reviewed at the safety meeting");
            assertThat(status.at()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
            assertThat(history.get(0).action()).isEqualTo(AuditAction.CREATE);
            assertThat(history.get(0).newValue()).isEqualTo("Wrong patient record opened");
        }
    }

    @Test
    void creatingTheLogAndManagingUsersAreAuditedToo() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            List<AuditEvent> userEvents = log.audit().events(AuditQuery.ALL).stream()
                    .filter(e -> e.entity().equals(AuditEvent.USER)).toList();
            assertThat(userEvents.get(1).newValue()).as("the password only by its fingerprint").matches("fingerprint [0-9a-f]{32}");
            assertThat(userEvents).extracting(AuditEvent::action, AuditEvent::entityKey,
                            e -> e.action() == AuditAction.USER_PASSWORD ? "(fingerprint)" : e.newValue())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(AuditAction.USER_ADD, "cso", "CSO"),
                            org.assertj.core.groups.Tuple.tuple(AuditAction.USER_PASSWORD, "cso", "(fingerprint)"),
                            org.assertj.core.groups.Tuple.tuple(AuditAction.USER_ADD, "eng", "Engineer"),
                            org.assertj.core.groups.Tuple.tuple(AuditAction.USER_ADD, "viewer", "Viewer"));
        }
    }

    @Test
    void anUntouchedTrailVerifies() {
        someWork();
        AuditCheck check = verify();
        assertThat(check.isIntact()).isTrue();
        assertThat(check.events()).isEqualTo(check.head().sequence()).isGreaterThan(10);
    }

    @Test
    void anUpdatedEventIsFoundAndNamed() {
        someWork();
        sql("UPDATE audit_event SET new_value = 'Nothing to see' WHERE seq = 7");
        AuditCheck check = verify();
        assertThat(check.isIntact()).isFalse();
        assertThat(check.broken().orElseThrow().sequence()).isEqualTo(7);
        assertThat(check.broken().orElseThrow().message()).startsWith("audit event 7 ").contains("was changed");
    }

    @Test
    void anEventWithItsHashRecomputedByHandStillBreaksTheLinkOfTheNext() {
        someWork();
        sql("UPDATE audit_event SET user_name = 'eng', hash = previous_hash WHERE seq = 7");
        assertThat(verify().broken().orElseThrow().sequence()).isEqualTo(7);
    }

    @Test
    void aDeletedEventIsFoundAndNamed() {
        someWork();
        sql("DELETE FROM audit_event WHERE seq = 7");
        AuditCheck check = verify();
        assertThat(check.broken().orElseThrow().sequence()).isEqualTo(7);
        assertThat(check.broken().orElseThrow().message()).startsWith("audit event 7 is missing");
    }

    @Test
    void deletingTheNewestEventsIsFoundThroughTheHead() {
        someWork();
        long last = verify().head().sequence();
        sql("DELETE FROM audit_event WHERE seq >= " + (last - 1));
        AuditCheck check = verify();
        assertThat(check.broken().orElseThrow().sequence()).isEqualTo(last - 1);
    }

    @Test
    void truncationBehindAnIssuedVersionIsFoundEvenWhenTheHeadIsRewritten() {
        someWork();
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            log.versions().issue("Version one", TeamLog.PASSWORD.toCharArray());
        }
        long anchor;
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            anchor = log.versions().list().get(0).anchor().sequence();
        }
        // Remove the newest events and the version's issue event, and make the head agree.
        sql("DELETE FROM audit_event WHERE seq >= " + (anchor - 2));
        sql("UPDATE audit_head SET last_seq = " + (anchor - 3) + ", last_hash = (SELECT hash FROM audit_event WHERE seq = "
                + (anchor - 3) + ")");
        AuditCheck check = verify();
        assertThat(check.isIntact()).isFalse();
        assertThat(check.broken().orElseThrow().message()).contains("version 1");
    }

    @Test
    void aChangedSnapshotOfAnIssuedVersionIsFound() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            log.versions().issue("Version one", TeamLog.PASSWORD.toCharArray());
        }
        assertThat(verify().isIntact()).isTrue();
        sql("UPDATE issued_hazard SET hazard_json = REPLACE(hazard_json, 'stale', 'fresh') WHERE hazard_number = 1");
        AuditCheck check = verify();
        assertThat(check.broken().orElseThrow().message()).contains("issued version 1 was changed after it was signed");
    }

    @Test
    void eventsCanBeFilteredByUserHazardFieldAndTime() {
        someWork();
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.ENGINEER)) {
            log.save(log.hazard(2).orElseThrow().toBuilder().description("By the engineer").build());
            AuditService audit = log.audit();
            assertThat(audit.events(AuditQuery.ALL.withUser("ENG"))).extracting(AuditEvent::field)
                    .containsExactly("description");
            assertThat(audit.events(AuditQuery.ALL.withHazard(2))).extracting(AuditEvent::action)
                    .containsExactly(AuditAction.CREATE, AuditAction.EDIT);
            assertThat(audit.events(AuditQuery.ALL.withField("DESCRIP"))).hasSize(6);
            assertThat(audit.events(AuditQuery.ALL.between(Instant.now().plusSeconds(60), null))).isEmpty();
            assertThat(audit.events(AuditQuery.ALL.between(null, Instant.now().plusSeconds(60)))).isNotEmpty();
        }
    }
}
