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
    void listOnAnEmptyLogSaysItIsEmpty() {
        Path db = CliRun.newLog(folder.resolve("x"));
        assertThat(run("--db", db.toString(), "list")).isZero();
        assertThat(out.toString()).isEqualTo("No hazards in " + db + ".mv.db.\n");
    }

    @Test
    void noCommandCreatesALogAtAMistypedPath() {
        Path typo = folder.resolve("safety/hazrd-log.mv.db");
        for (String[] command : List.of(new String[] {"list"}, new String[] {"settings"}, new String[] {"audit", "verify"},
                new String[] {"code-check"}, new String[] {"versions"}, new String[] {"users", "list"},
                new String[] {"export", "--format", "json", "--out", folder.resolve("out.json").toString()})) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = typo.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            assertThat(run(args)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(folder.resolve("safety")).as(String.join(" ", command)).doesNotExist();
        }
        assertThat(err.toString()).contains("hazardlog: No hazard log at " + typo + ". Create one with `hazardlog new --cso NAME`");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void listPrintsOneRowPerHazardWithRiskLevelsFromTheScheme() {
        Path db = folder.resolve("example");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
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
        assertThat(err.toString()).contains("Unmatched argument", "frobnicate");
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

    @Test
    void generateWritesANewLogOfInventedHazardsAndTheSameSeedGivesTheSameLog() {
        Path a = folder.resolve("a");
        Path b = folder.resolve("b");
        assertThat(run("generate", "--hazards", "25", "--out", a.toString(), "--seed", "7")).isZero();
        assertThat(run("generate", "--hazards", "25", "--out", b.toString(), "--seed", "7")).isZero();
        assertThat(out.toString()).contains("Wrote 25 invented hazards to " + a + ".mv.db");
        try (HazardLogService one = HazardLogService.openOrCreate(HazardLogFile.at(a));
             HazardLogService two = HazardLogService.openOrCreate(HazardLogFile.at(b))) {
            List<org.hazardlog.domain.Hazard> first = one.hazards();
            List<org.hazardlog.domain.Hazard> second = two.hazards();
            assertThat(first).hasSize(25);
            for (int i = 0; i < first.size(); i++) {
                org.hazardlog.domain.Hazard x = first.get(i);
                org.hazardlog.domain.Hazard y = second.get(i);
                assertThat(x.toBuilder().controls(x.controls().stream().map(c -> c.withId(null)).toList()).build()
                        .sameContent(y.toBuilder().controls(y.controls().stream().map(c -> c.withId(null)).toList()).build()))
                        .isTrue();
            }
            assertThat(first.stream().mapToInt(h -> h.controls().size()).average().orElse(0)).isBetween(3.0, 8.0);
        }
    }

    @Test
    void generateRefusesToWriteIntoAnExistingLog() {
        Path a = folder.resolve("a");
        run("generate", "--hazards", "2", "--out", a.toString());
        assertThat(run("generate", "--hazards", "2", "--out", a.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists; generate writes only new logs");
        assertThat(run("generate", "--hazards", "0", "--out", folder.resolve("c").toString())).isEqualTo(1);
    }
}
