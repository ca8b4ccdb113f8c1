package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.TeamLog;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.audit.AuditChain;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.HazardRepository;

/**
 * Someone with write access to a log file changes it with database tools, behind HazardLog's back;
 * {@code audit verify} must then fail (exit 1) and say what it found. Each test is one such edit.
 */
class AuditAttacksTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    /** A team log with two issued versions and an edit after each. */
    private static TeamLog team;
    private HazardLogFile file;
    private String db;
    private String out;
    private String err;

    @BeforeAll
    static void makeTeamWithTwoVersions() {
        team = TeamLog.makeIn(shared);
        HazardLogFile first = team.copyTo(shared);
        try (HazardLogService log = HazardLogService.open(first, TeamLog.CSO)) {
            log.versions().issue("Release 1", TeamLog.PASSWORD.toCharArray());
            log.save(log.hazard(2).orElseThrow().toBuilder().name("Renamed before release 2").build());
            log.versions().issue("Release 2", TeamLog.PASSWORD.toCharArray());
        }
        team = TeamLog.at(first.file());
    }

    @BeforeEach
    void copy() {
        file = team.copyTo(folder);
        db = file.file().toString();
    }

    private int verify(String... more) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("--db", db, "audit", "verify"));
        args.addAll(List.of(more));
        int code = HazardLogCommand.run(args.toArray(String[]::new), f -> {
            throw new AssertionError("no window");
        }, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    private void sql(String... statements) {
        try (HazardLogDatabase d = HazardLogDatabase.open(file)) {
            d.jdbi().useHandle(h -> {
                for (String s : statements) {
                    h.execute(s);
                }
            });
        }
    }

    private String printedHead() {
        Matcher m = Pattern.compile("Head: (\\d+:[0-9a-f]{64})").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    @Test
    void theUntouchedLogIsIntactAndPrintsItsHead() {
        assertThat(verify()).as(err).isZero();
        assertThat(out).contains("is intact:", "2 issued versions", "3 users and 2 hazards agree with it");
        assertThat(verify("--head", printedHead())).isZero();
        assertThat(out).contains("still holds the head kept outside the log");
    }

    @Test
    void deletingAnIssuedVersionsRowsWhileItsIssueEventStaysIsFound() {
        sql("DELETE FROM issued_hazard WHERE version_number = 2", "DELETE FROM issued_version WHERE number = 2");
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("records the issue of version 2, but the log has no version 2: its rows were deleted");
    }

    @Test
    void deletingAnEarlierVersionLeavesAGapThatIsFound() {
        sql("DELETE FROM issued_hazard WHERE version_number = 1", "DELETE FROM issued_version WHERE number = 1");
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("issued version 1 is missing", "the log has no version 1");
    }

    @Test
    void deletingTheLastVersionWithItsEventAndRewindingTheHeadIsFoundByAKeptHead() {
        assertThat(verify()).isZero();
        String kept = printedHead();
        try (HazardLogService log = HazardLogService.open(file)) {
            long issue = log.audit().events(AuditQuery.ALL).stream()
                    .filter(e -> e.entity().equals(AuditEvent.VERSION) && e.entityKey().equals("2"))
                    .findFirst().orElseThrow().sequence();
            AuditEvent before = log.audit().events(AuditQuery.ALL).stream()
                    .filter(e -> e.sequence() == issue - 1).findFirst().orElseThrow();
            sql("DELETE FROM issued_hazard WHERE version_number = 2", "DELETE FROM issued_version WHERE number = 2",
                    "DELETE FROM audit_event WHERE seq >= " + issue,
                    "UPDATE audit_head SET last_seq = " + before.sequence() + ", last_hash = '" + before.hash() + "'");
        }
        // Without a head kept outside, the log looks exactly as it did before version 2 was issued.
        assertThat(verify()).isZero();
        assertThat(verify("--head", kept)).isEqualTo(1);
        assertThat(err).contains("had event " + kept.split(":")[0], "events were removed and the trail rewound");
    }

    @Test
    void rewritingTheNewestEventWithItsHashRecomputedIsFoundByAKeptHead() {
        assertThat(verify()).isZero();
        String kept = printedHead();
        long last = Long.parseLong(kept.split(":")[0]);
        try (HazardLogService log = HazardLogService.open(file)) {
            AuditEvent e = log.audit().events(AuditQuery.ALL).stream().filter(x -> x.sequence() == last)
                    .findFirst().orElseThrow();
            AuditEvent forged = new AuditEvent(e.sequence(), e.at(), "mallory", e.role(), e.action(), e.entity(),
                    e.entityKey(), e.field(), e.oldValue(), e.newValue(), e.reason(), e.previousHash(), null);
            String hash = AuditChain.hashOf(forged);
            sql("UPDATE audit_event SET user_name = 'mallory', hash = '" + hash + "' WHERE seq = " + last,
                    "UPDATE audit_head SET last_hash = '" + hash + "'");
        }
        assertThat(verify("--head", kept)).isEqualTo(1);
        assertThat(err).contains("audit event " + last + " is not the one whose hash was kept outside the log");
    }

    @Test
    void wipingAllEventsAndVersionsOverALogWithHazardsIsNotIntact() {
        sql("DELETE FROM issued_hazard", "DELETE FROM issued_version", "DELETE FROM audit_event",
                "UPDATE audit_head SET last_seq = 0, last_hash = '" + "0".repeat(64) + "'");
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("the audit trail is empty, but the log has 2 hazards")
                .contains("2 hazards (1, 2) have no creation event")
                .doesNotContain("intact");
    }

    @Test
    void changingARoleInTheUsersTableIsFound() {
        sql("UPDATE log_user SET role = 'CSO' WHERE name_key = 'eng'");
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("user eng is a CSO in the users table but an Engineer in the audit trail");
    }

    @Test
    void addingAUserInTheUsersTableIsFound() {
        sql("INSERT INTO log_user (name_key, name, role, added_at) VALUES ('mallory', 'mallory', 'CSO', CURRENT_TIMESTAMP)");
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("user mallory (CSO) is in the users table but the audit trail never added them");
    }

    @Test
    void copyingOnePasswordHashOverAnothersIsFound() {
        sql("UPDATE log_user SET (password_algorithm, password_iterations, password_salt, password_hash) = "
                + "(SELECT password_algorithm, password_iterations, password_salt, password_hash FROM log_user "
                + "WHERE name_key = 'cso') WHERE name_key = 'viewer'");
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("user viewer has a password the audit trail never recorded");
    }

    @Test
    void replacingACsosPasswordIsFound() {
        sql("UPDATE log_user SET password_salt = 'AAAAAAAAAAAAAAAAAAAAAA==' WHERE name_key = 'cso'");
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("user cso's password is not the one recorded by audit event 2");
    }

    @Test
    void deletingAllUsersIsFoundAndDoesNotMakeTheNextPersonTheCso() {
        sql("DELETE FROM log_user");
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("user cso (CSO in the audit trail) is missing from the users table");
        assertThat(CliRun.of("--db", db, "users", "add", "mallory", "--role", "cso", "--no-password",
                "--user", "mallory").exitCode).isEqualTo(1);
        assertThat(CliRun.of("--db", db, "users", "list", "--user", "mallory").out).contains("No users");
    }

    @Test
    void aHazardAddedWithoutItsCreationEventIsFound() {
        try (HazardLogDatabase d = HazardLogDatabase.open(file)) {
            d.jdbi().useHandle(h -> new HazardRepository().insert(h, Hazard.builder().number(3).name("Slipped in").build()));
        }
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("hazard 3 has no creation event in the audit trail");
    }

    @Test
    void aHazardDeletedOutsideHazardLogIsFound() {
        sql("DELETE FROM hazard WHERE number = 2");
        assertThat(verify()).isEqualTo(1);
        assertThat(err).contains("hazard 2 was created according to the audit trail but is not in the log");
    }

    @Test
    void aHeadThatIsNotAHeadIsRefusedClearly() {
        assertThat(verify("--head", "12:nothex")).isEqualTo(1);
        assertThat(err).contains("--head takes a head as verify and issue print it, SEQ:HASH");
    }

    @Test
    void generatedAndImportedLogsAreIntact() {
        Path generated = folder.resolve("generated");
        assertThat(CliRun.of("--user", "alice", "generate", "--hazards", "40", "--out", generated.toString()).exitCode)
                .isZero();
        db = generated.toString();
        assertThat(verify()).as(err).isZero();
        assertThat(out).contains("40 hazards agree with it");

        Path json = folder.resolve("all.json");
        assertThat(CliRun.of("--db", db, "export", "--format", "json", "--out", json.toString()).exitCode).isZero();
        Path imported = folder.resolve("imported");
        try (HazardLogService log = HazardLogService.create(HazardLogFile.at(imported), "alice",
                "alice's password".toCharArray())) {
            assertThat(log.count()).isZero();
        }
        assertThat(CliRun.of("--db", imported.toString(), "import", json.toString(), "--user", "alice").exitCode).isZero();
        db = imported.toString();
        assertThat(verify()).as(err).isZero();
        assertThat(out).contains("40 hazards agree with it");
    }
}
