package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.store.HazardLogFile;

/** new, users add and passwd as a script runs them: only a password someone else gave signs. */
class SignatureCommandsTest {

    private static final String ALICE = "alice's password";
    private static final String BOB = "bob's password";

    @TempDir
    Path folder;

    private StringWriter out;
    private StringWriter err;

    private int run(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HazardLogCommand.run(args, f -> {
            throw new AssertionError("a command must not open the window");
        }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err));
    }

    private String newLog() {
        String db = folder.resolve("log").toString();
        assertThat(run(ALICE + "\n", "--db", db, "new", "--cso", "alice", "--password-stdin")).isZero();
        return db;
    }

    @Test
    void newCreatesALogWhoseCsoSignsWithTheGivenPassword() {
        String db = newLog();
        assertThat(out.toString()).contains("with alice as its CSO");
        assertThat(run("", "--db", db, "users", "list")).isZero();
        assertThat(out.toString()).contains("alice", "CSO", "set").doesNotContain("Warning");
        assertThat(run(ALICE + "\n", "--db", db, "issue", "--summary", "One", "--password-stdin", "--user", "alice"))
                .isZero();
        assertThat(out.toString()).contains("Approved by alice");
    }

    @Test
    void newRefusesAnExistingFileAnEmptyPasswordAndNoTerminal() throws Exception {
        String db = newLog();
        Path file = HazardLogFile.at(Path.of(db)).file();
        byte[] before = Files.readAllBytes(file);
        assertThat(run("another\n", "--db", db, "new", "--cso", "mallory", "--password-stdin")).isEqualTo(1);
        assertThat(err.toString()).contains("already exists").doesNotContain("Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        String other = folder.resolve("other").toString();
        assertThat(run("\n", "--db", other, "new", "--cso", "alice", "--password-stdin")).isEqualTo(1);
        assertThat(err.toString()).contains("an empty password");
        assertThat(run("", "--db", other, "new", "--cso", "alice")).isEqualTo(1);
        assertThat(err.toString()).contains("--password-stdin");
        assertThat(HazardLogFile.at(Path.of(other)).exists()).isFalse();
        assertThat(run("", "--db", other, "new")).as("--cso is required").isEqualTo(2);
    }

    @Test
    void addingACsoNeedsAPasswordConfirmedWithTheAddersOwn() {
        String db = newLog();
        assertThat(run("a wrong guess\n" + BOB + "\n", "--db", db, "users", "add", "bob", "--role", "cso",
                "--password-stdin", "--user", "alice")).isEqualTo(1);
        assertThat(err.toString()).contains("password given for alice is not right");
        assertThat(run("", "--db", db, "users", "add", "bob", "--role", "cso", "--user", "alice")).isEqualTo(1);
        assertThat(err.toString()).as("no terminal and no stdin").contains("--password-stdin");
        assertThat(run(ALICE + "\n" + BOB + "\n", "--db", db, "users", "add", "bob", "--role", "cso",
                "--password-stdin", "--user", "alice")).isZero();
        assertThat(out.toString()).isEqualTo("Added bob as a CSO, with a password.\n");
        assertThat(run(BOB + "\n", "--db", db, "issue", "--summary", "By bob", "--password-stdin", "--user", "bob"))
                .isZero();
    }

    @Test
    void aCsoAddedWithoutAPasswordIsWarnedAboutAndCannotSignOrSetTheirOwn() {
        String db = newLog();
        assertThat(run("", "--db", db, "users", "add", "bob", "--role", "cso", "--no-password", "--user", "alice"))
                .isZero();
        assertThat(out.toString()).contains("Added bob as a CSO.", "Warning: bob has no password and cannot sign");
        assertThat(run("", "--db", db, "users", "list")).isZero();
        assertThat(out.toString()).contains("Warning: CSO bob has no password and cannot sign.");

        assertThat(run("mallory's choice\n", "--db", db, "users", "passwd", "--password-stdin", "--user", "bob"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("nobody sets their own first password", "hazardlog users passwd bob");
        assertThat(run("mallory's choice\n", "--db", db, "issue", "--summary", "Forged", "--password-stdin",
                "--user", "bob")).isEqualTo(1);
        assertThat(err.toString()).contains("Signing a version needs your password, and bob has none");
        assertThat(run("", "--db", db, "issue", "--summary", "Forged", "--user", "bob")).isEqualTo(1);
        assertThat(err.toString()).as("refused before asking for a password")
                .contains("bob has none", "hazardlog users passwd bob").doesNotContain("terminal");
        assertThat(run("", "--db", db, "versions")).isZero();
        assertThat(out.toString()).doesNotContain("Forged");

        assertThat(run(ALICE + "\n" + BOB + "\n", "--db", db, "users", "passwd", "bob", "--password-stdin",
                "--user", "alice")).isZero();
        assertThat(run(BOB + "\n", "--db", db, "issue", "--summary", "By bob", "--password-stdin", "--user", "bob"))
                .isZero();
    }

    @Test
    void passwordStdinAndNoPasswordContradict() {
        String db = newLog();
        assertThat(run(ALICE + "\n" + BOB + "\n", "--db", db, "users", "add", "bob", "--role", "cso",
                "--password-stdin", "--no-password", "--user", "alice")).isEqualTo(1);
        assertThat(err.toString()).contains("contradict");
    }

    @Test
    void generateGivesItsCsoAPasswordOnlyFromTheCreator() {
        Path signed = folder.resolve("signed");
        assertThat(run(ALICE + "\n", "--user", "alice", "generate", "--hazards", "3", "--out", signed.toString(),
                "--password-stdin")).isZero();
        assertThat(out.toString()).contains("alice is its CSO, with a password.");
        assertThat(run(ALICE + "\n", "--db", signed.toString(), "issue", "--summary", "Three", "--password-stdin",
                "--user", "alice")).isZero();

        Path unsigned = folder.resolve("unsigned");
        assertThat(run("", "--user", "alice", "generate", "--hazards", "3", "--out", unsigned.toString())).isZero();
        assertThat(run("anyone's guess\n", "--db", unsigned.toString(), "users", "passwd", "--password-stdin",
                "--user", "alice")).isEqualTo(1);
        try (HazardLogService log = HazardLogService.open(HazardLogFile.at(unsigned), "alice")) {
            assertThat(log.users().find("alice").orElseThrow().hasPassword()).isFalse();
        }
    }

    @Test
    void makingAUserWithAPasswordACsoAsksForYourOwn() {
        String db = newLog();
        assertThat(run(ALICE + "\n" + BOB + "\n", "--db", db, "users", "add", "bob", "--role", "engineer",
                "--password-stdin", "--user", "alice")).isZero();
        assertThat(run("a guess\n", "--db", db, "users", "role", "bob", "cso", "--password-stdin", "--user", "alice"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("password given for alice is not right");
        assertThat(run(ALICE + "\n", "--db", db, "users", "role", "bob", "cso", "--password-stdin", "--user", "alice"))
                .isZero();
        assertThat(out.toString()).isEqualTo("bob is now a CSO.\n");
        assertThat(run(BOB + "\n", "--db", db, "issue", "--summary", "By bob", "--password-stdin", "--user", "bob"))
                .isZero();
    }
}
