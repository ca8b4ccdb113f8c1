package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.access.Role;
import org.hazardlog.store.HazardLogFile;

/**
 * What the commands print is read by people at a terminal: names someone typed or imported cannot
 * move the cursor, ring the bell, turn text backwards or start a false row of a table, and the
 * messages read as sentences.
 */
class PrintedTextTest {

    /** Escape, bell, right-to-left override, a line break and a zero-width space: none may reach the terminal. */
    private static final String HOSTILE = "Dose shown\nin mg\u001B[31m red\u0007 \u202Etxt.exe\u200B";

    @TempDir
    Path folder;

    private static void assertNothingHidden(String printed) {
        assertThat(printed).doesNotContain("\u001B", "\u0007", "\u202E", "\u200B", "\r");
    }

    @Test
    void aNameWithLineBreaksAndEscapesStaysOnItsOwnRowOfTheList() {
        Path db = folder.resolve("log");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db), "alice")) {
            log.create(Hazard.builder().name(HOSTILE).assignment("alice").build());
            log.create(Hazard.builder().name("Second hazard").assignment("alice").build());
        }

        CliRun run = CliRun.of("--db", db.toString(), "list");

        assertThat(run.exitCode).isZero();
        assertNothingHidden(run.out);
        List<String> lines = run.out.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("1  ")
                .contains("Dose shown\\nin mg\\u001B[31m red\\u0007 \\u202Etxt.exe\\u200B").endsWith("alice");
        assertThat(lines.get(2)).startsWith("2  ").contains("Second hazard");
        // The columns still line up: each row's status starts where the header's does.
        assertThat(lines.get(1).indexOf("Draft")).isEqualTo(lines.get(0).indexOf("Status"));
    }

    @Test
    void versionsAndUsersShowControlCharactersOfTheirTextAsEscapes() {
        Path db = folder.resolve("signed");
        String password = "correct horse battery";
        try (HazardLogService log = HazardLogService.create(HazardLogFile.at(db), "alice", password.toCharArray())) {
            log.create(Hazard.builder().name("A hazard").build());
            log.versions().issue("Release \u001B[2J for the \u202Ewards", password.toCharArray());
            log.users().add("Engineer Eve", Role.ENGINEER);
        }

        CliRun versions = CliRun.of("--db", db.toString(), "versions");
        assertThat(versions.exitCode).isZero();
        assertNothingHidden(versions.out);
        assertThat(versions.out).contains("Release \\u001B[2J for the \\u202Ewards");

        CliRun users = CliRun.of("--db", db.toString(), "users", "list", "--user", "bob\u001B[8m");
        assertThat(users.exitCode).isZero();
        assertNothingHidden(users.out);
        assertThat(users.out).endsWith("2 users; bob\\u001B[8m is not a user of this log.\n");
    }

    @Test
    void usersListReadsAsASentenceForAMemberAndForSomeoneElse() {
        Path db = folder.resolve("team");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db), "alice")) {
            log.create(Hazard.builder().name("A hazard").build());
        }
        assertThat(CliRun.of("--db", db.toString(), "users", "list", "--user", "alice").out)
                .endsWith("1 user; you are alice (CSO).\n");
        assertThat(CliRun.of("--db", db.toString(), "users", "list", "--user", "bob").out)
                .endsWith("1 user; bob is not a user of this log.\n");
    }

    @Test
    void generatingOneHazardSaysHazardInTheSingular() {
        Path out = folder.resolve("one.mv.db");
        CliRun run = CliRun.of("--user", "alice", "generate", "--hazards", "1", "--out", out.toString());
        assertThat(run.exitCode).isZero();
        assertThat(run.out).startsWith("Wrote 1 invented hazard to " + out + " in ").endsWith("; alice is its CSO, without a password, so nobody can sign its versions (give --password-stdin to set one).\n");

        CliRun two = CliRun.of("--user", "alice", "generate", "--hazards", "2", "--out", folder.resolve("two").toString());
        assertThat(two.out).startsWith("Wrote 2 invented hazards to ");
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamedOnceInTheRefusal() throws Exception {
        Path notAWorkbook = Files.writeString(folder.resolve("hazards.xlsx"), "name,severity\n");
        CliRun run = CliRun.of("--db", CliRun.newLog(folder.resolve("log"), "alice").toString(), "--user", "alice", "import",
                notAWorkbook.toString());
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains(notAWorkbook + ": is not an Excel workbook (.xlsx).");
        assertThat(run.err.split(java.util.regex.Pattern.quote(notAWorkbook.toString()), -1)).hasSize(2);
    }

    @Test
    void everythingACommandPrintsShowsHiddenCharactersAndJsonStaysTheSameData() throws Exception {
        StringWriter raw = new StringWriter();
        PrintWriter out = TerminalText.writer(new PrintWriter(raw));
        String json = "{\"name\":\"a\u202Eb\u0085c \uD83D\uDE91 tag\uDB40\uDC41\",\"lines\":\"one\\ntwo\"}";
        out.println(json);
        out.print("tab\tand new line kept\n");
        out.flush();

        String printed = raw.toString();
        assertThat(printed).contains("a\\u202Eb\\u0085c \uD83D\uDE91 tag\\uDB40\\uDC41")
                .contains("tab\tand new line kept\n");
        assertNothingHidden(printed);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(printed.lines().findFirst().orElseThrow())).isEqualTo(mapper.readTree(json));
    }

    @Test
    void aTableCellShowsLineBreaksAndTabsAsEscapes() {
        assertThat(TerminalText.oneLine("one\ntwo\r\tthree \u2028four")).isEqualTo("one\\ntwo\\r\\tthree \\u2028four");
        assertThat(TerminalText.oneLine("Caf\u00e9 \uD83D\uDE91")).isEqualTo("Caf\u00e9 \uD83D\uDE91");
        assertThat(TerminalText.oneLine(null)).isEmpty();
    }
}
