package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.store.HazardLogFile;

/** The command line as a user's CI pipeline sees it: output, messages and exit codes. */
class CommandLineTest {

    @TempDir
    Path folder;

    private final List<HazardLogFile> windowsOpened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HazardLogCommand.run(args, windowsOpened::add, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void listOnANewFileCreatesTheLogAndSaysItIsEmpty() {
        Path db = folder.resolve("x");
        assertThat(run("--db", db.toString(), "list")).isZero();
        assertThat(out.toString()).isEqualTo("No hazards in " + db + ".mv.db.\n");
        assertThat(folder.resolve("x.mv.db")).exists();
    }

    @Test
    void listPrintsOneRowPerHazardWithRiskLevelsFromTheScheme() {
        Path db = folder.resolve("example");
        try (HazardLogService log = HazardLogService.open(HazardLogFile.at(db))) {
            ExampleLog.fill(log);
        }
        assertThat(run("list", "--db", db.toString())).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("No.").contains("Name", "Status", "Initial risk", "Residual risk", "Owner");
        assertThat(lines.get(1)).startsWith("1  ").contains("Wrong patient record opened from the ward list",
                "Open", "3 - Medium", "Dr A. Okafor (CSO)");
        assertThat(lines.get(2)).startsWith("2  ").contains("Closed", "3 - Medium", "2 - Low");
        assertThat(lines.get(5)).startsWith("5  ").contains("Draft", "TBC");
        assertThat(lines.get(6)).isEqualTo("5 hazards in " + db + ".mv.db.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFileThatIsNotAHazardLogGivesExitCodeOneAndAMessageWithoutAStackTrace() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.mv.db"), "not a database");
        assertThat(run("--db", notes.toString(), "list")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("hazardlog: " + notes + " is not a hazard log (its contents are not a HazardLog database).\n");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCodeTwo() {
        assertThat(run("--db", folder.resolve("x").toString(), "frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument", "frobnicate", "Usage: hazardlog");
    }

    @Test
    void anUnknownOptionOfASubcommandIsAUsageErrorToo() {
        assertThat(run("list", "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void versionAndHelpExitWithZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("HazardLog ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: hazardlog", "list", "Exit codes: 0 ok; 1 invalid input");
    }

    @Test
    void withoutACommandTheWindowOpensOnTheNamedLog() {
        Path db = folder.resolve("gui-log");
        assertThat(run("--db", db.toString())).isZero();
        assertThat(windowsOpened).extracting(HazardLogFile::base).containsExactly(db);
    }
}
