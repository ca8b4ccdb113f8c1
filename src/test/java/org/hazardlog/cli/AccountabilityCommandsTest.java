package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Assessment;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;

/** The users, audit, issue, versions and diff commands as a CI pipeline runs them. */
class AccountabilityCommandsTest {

    private static final String PASSWORD = "signing password";

    @TempDir
    Path folder;

    private String db;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void exampleLogOfAlice() {
        db = folder.resolve("log").toString();
        try (HazardLogService log = HazardLogService.create(HazardLogFile.at(Path.of(db)), "alice",
                PASSWORD.toCharArray())) {
            ExampleLog.fill(log);
        }
    }

    private int withInput(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HazardLogCommand.run(args, f -> { }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
    }

    private int run(String... args) {
        return withInput("", args);
    }

    @Test
    void theCreatorIsCsoAndAddsUsersWithRoles() {
        assertThat(run("--db", db, "users", "add", "bob", "--role", "engineer", "--user", "alice")).isZero();
        assertThat(out.toString()).isEqualTo("Added bob as an Engineer.\n");
        assertThat(run("--db", db, "--user", "alice", "users", "role", "bob", "viewer")).isZero();
        assertThat(run("--db", db, "users", "list", "--user", "bob")).isZero();
        assertThat(out.toString()).contains("alice", "CSO", "bob", "Viewer", "2 users; you are bob (Viewer).");
    }

    @Test
    void aRefusedChangeSaysWhichRoleItNeedsWithExitCodeOne() {
        run("--db", db, "users", "add", "bob", "--role", "engineer", "--user", "alice");
        assertThat(run("--db", db, "users", "add", "carol", "--role", "cso", "--user", "bob")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("hazardlog: Adding a user needs the CSO role; bob is an Engineer.\n");
    }

    @Test
    void someoneWhoIsNotAUserMayReadButNotWrite() {
        assertThat(run("--db", db, "list", "--user", "ci-runner")).isZero();
        assertThat(run("--db", db, "audit", "verify")).isZero();
        assertThat(run("--db", db, "versions", "--user", "ci-runner")).isZero();
        assertThat(run("--db", db, "users", "add", "mallory", "--role", "cso", "--user", "ci-runner")).isEqualTo(1);
        assertThat(err.toString()).contains("ci-runner is not a user of this log");
    }

    @Test
    void anUnknownRoleIsRefusedAndAMissingRoleIsAUsageError() {
        assertThat(run("--db", db, "users", "add", "bob", "--role", "boss", "--user", "alice")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown role \"boss\"");
        assertThat(run("--db", db, "users", "add", "bob", "--user", "alice")).isEqualTo(2);
    }

    @Test
    void theCsoIssuesAVersionWithThePasswordFromStandardInput() {
        assertThat(withInput(PASSWORD + "\n", "--db", db, "issue", "--summary", "Release 1.0", "--password-stdin",
                "--user", "alice")).isZero();
        assertThat(out.toString()).startsWith("Issued version 1 of ").contains("with 5 hazards. Approved by alice (CSO) at");
        assertThat(out.toString()).doesNotContain(PASSWORD);
        assertThat(run("--db", db, "versions")).isZero();
        assertThat(out.toString()).contains("alice (CSO)", "approved", "Release 1.0", "1 version in");
    }

    @Test
    void aWrongPasswordIssuesNothingWithExitCodeOne() {
        assertThat(withInput("guess\n", "--db", db, "issue", "--summary", "Release 1.0", "--password-stdin", "--user", "alice"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("password given for alice is not right").doesNotContain("guess");
        run("--db", db, "versions");
        assertThat(out.toString()).startsWith("No issued versions");
    }

    @Test
    void withoutATerminalOrPasswordStdinTheIssueIsRefused() {
        assertThat(run("--db", db, "issue", "--summary", "x", "--user", "alice")).isEqualTo(1);
        assertThat(err.toString()).contains("--password-stdin");
    }

    @Test
    void changingAPasswordTakesTheCurrentOneFirstOnStandardInput() {
        assertThat(withInput("wrong one\nnew password!\n", "--db", db, "users", "passwd", "--password-stdin", "--user", "alice"))
                .isEqualTo(1);
        assertThat(withInput(PASSWORD + "\nnew password!\n", "--db", db, "users", "passwd", "--password-stdin", "--user", "alice"))
                .isZero();
        assertThat(withInput("new password!\n", "--db", db, "issue", "--summary", "x", "--password-stdin", "--user", "alice"))
                .isZero();
    }

    @Test
    void auditVerifyPassesOnAnIntactTrailAndNamesTheFirstBrokenEvent() {
        assertThat(run("--db", db, "audit", "verify")).isZero();
        assertThat(out.toString()).contains("is intact: 7 events", "Head: 7:");
        try (HazardLogDatabase d = HazardLogDatabase.open(HazardLogFile.at(Path.of(db)))) {
            d.jdbi().useHandle(h -> h.execute("UPDATE audit_event SET user_name = 'mallory' WHERE seq = 3"));
        }
        assertThat(run("--db", db, "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).startsWith("hazardlog: the audit trail of ").contains("is broken: audit event 3 ");
    }

    @Test
    void auditListFiltersByHazardAndUser() {
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(db)), "alice")) {
            log.save(log.hazard(5).orElseThrow().toBuilder().initial(Assessment.of(2, 2)).build(), "Triage");
        }
        assertThat(run("--db", db, "audit", "list", "--hazard", "5", "--user", "ALICE")).isZero();
        assertThat(out.toString()).contains("Created", "Edited", "hazard 5", "initial likelihood", "TBC", "Triage",
                "events.").doesNotContain("hazard 4");
        assertThat(run("--db", db, "audit", "list", "--user", "bob")).isZero();
        assertThat(out.toString()).endsWith("0 events.\n");
    }

    @Test
    void diffShowsChangesAsTextOrJson() throws Exception {
        withInput(PASSWORD + "\n", "--db", db, "issue", "--summary", "One", "--password-stdin", "--user", "alice");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(db)), "alice")) {
            log.save(log.hazard(1).orElseThrow().toBuilder().residual(Assessment.of(1, 1)).build());
        }
        assertThat(run("--db", db, "diff", "1", "current")).isZero();
        assertThat(out.toString()).startsWith("Changes from version 1 to current:\n")
                .contains("Changed hazard 1: ", "[residual risk down]", "residual risk level: ",
                        "0 added, 0 removed, 1 changed; risk up for 0, down for 1.");
        assertThat(run("--db", db, "diff", "1", "current", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("changed").get(0).get("residualRisk").asText()).isEqualTo("down");
        assertThat(run("--db", db, "diff", "1", "7")).isEqualTo(1);
        assertThat(err.toString()).contains("there is no issued version 7");
    }

    @Test
    void aSafetyCaseCanBeMadeFromAnIssuedVersionButIsNotSignedByTheVersionsSignature() throws Exception {
        withInput(PASSWORD + "\n", "--db", db, "issue", "--summary", "Release 1.0", "--password-stdin", "--user", "alice");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(db)), "alice")) {
            log.save(log.hazard(1).orElseThrow().toBuilder().name("Renamed after the issue").build());
        }
        Path docx = folder.resolve("cscr-v1.docx");
        assertThat(run("--db", db, "export", "--format", "docx", "--version", "1", "--out", docx.toString())).isZero();
        String text;
        try (var in = java.nio.file.Files.newInputStream(docx);
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            text = words.getText();
        }
        assertThat(text).contains("Wrong patient record opened from the ward list", "alice", "Release 1.0",
                        "NOT APPROVED - DRAFT").doesNotContain("Renamed after the issue").doesNotContain("Approved by alice");
        assertThat(run("--db", db, "export", "--format", "pdf", "--version", "9", "--out",
                folder.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("there is no issued version 9");
    }
}
