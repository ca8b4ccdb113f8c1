package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.cli.CliRun.content;
import static org.hazardlog.cli.CliRun.hazardsIn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.TempLogs;
import org.hazardlog.transfer.SampleHazards;

/** {@code hazardlog export}: the files written, what is never overwritten, and the round trips back in. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private List<Hazard> stored;

    @BeforeEach
    void aLogWithEveryKindOfField() {
        db = dir.resolve("log");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            log.create(TempLogs.fullHazard(1));
            log.create(TempLogs.fullHazard(2));
            log.create(SampleHazards.everyField());
            log.create(SampleHazards.nameOnly().toBuilder().number(40).build());
            stored = log.hazards();
        }
    }

    private static void assertSameHazards(List<Hazard> actual, List<Hazard> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(content(actual.get(i)).sameContent(content(expected.get(i))))
                    .as("hazard %s after the round trip", expected.get(i).number()).isTrue();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void markdownExportThenImportIntoANewLogGivesTheSameHazardsFieldForField() throws IOException {
        Path out = dir.resolve("md");
        CliRun export = CliRun.of("--db", db.toString(), "export", "--format", "md", "--out", out.toString());

        assertThat(export.exitCode).isZero();
        assertThat(export.out).isEqualTo("Exported 4 hazards from " + db + ".mv.db to " + out + " (5 files written).\n");
        assertThat(names(out)).containsExactly("Hazard-0001.md", "Hazard-0002.md", "Hazard-0027.md", "Hazard-0040.md", "index.md");

        CliRun back = CliRun.of("--db", CliRun.newLog(dir.resolve("copy")).toString(), "import", out.toString());
        assertThat(back.exitCode).isZero();
        assertThat(back.err).isEmpty();
        assertThat(back.out).contains("4 created, 0 updated, 0 unchanged").contains("index.md: has no hazard headings");
        assertSameHazards(hazardsIn(dir.resolve("copy")), stored);
    }

    @Test
    void jsonExportThenImportIntoANewLogGivesTheSameHazardsFieldForField() throws IOException {
        Path out = dir.resolve("export/log.json");
        CliRun export = CliRun.of("--db", db.toString(), "export", "--format", "json", "--out", out.toString());

        assertThat(export.exitCode).isZero();
        assertThat(Files.readString(out)).startsWith("{\n  \"format\" : \"hazardlog\"");

        CliRun back = CliRun.of("--db", CliRun.newLog(dir.resolve("copy")).toString(), "import", out.toString());
        assertThat(back.exitCode).isZero();
        assertThat(back.out).contains("Imported 4 hazards from 1 file");
        assertSameHazards(hazardsIn(dir.resolve("copy")), stored);

        CliRun again = CliRun.of("--db", dir.resolve("copy").toString(), "import", out.toString());
        assertThat(again.out).contains("0 created, 0 updated, 4 unchanged");
    }

    @Test
    void exportingAgainReplacesItsOwnFilesAndLeavesOldHazardFilesAndHiddenFilesAlone() throws IOException {
        Path out = dir.resolve("md");
        Files.createDirectories(out.resolve(".git"));
        Files.writeString(out.resolve("Hazard-0099.md"), "someone's hazard 99\n");
        Files.writeString(out.resolve("Hazard-0001.md"), "an old copy of hazard 1\n");

        CliRun export = CliRun.of("--db", db.toString(), "export", "--format", "md", "--out", out.toString());

        assertThat(export.exitCode).isZero();
        assertThat(export.out).startsWith("Note: Hazard-0099.md was left as it is: its hazard is not in this log\n");
        assertThat(Files.readString(out.resolve("Hazard-0099.md"))).isEqualTo("someone's hazard 99\n");
        assertThat(Files.readString(out.resolve("Hazard-0001.md"))).startsWith("# Hazard\n");
        assertThat(out.resolve(".git")).isDirectory();
        assertThat(names(out)).noneMatch(n -> n.endsWith(".tmp")); // the temporary files were all moved into place
    }

    @Test
    void aFolderWithOtherFilesIsRefusedWithoutForceAndLeftAloneWithIt() throws IOException {
        Path out = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(out.resolve("README.md"), "# Docs\n");
        Files.writeString(out.resolve("index.md"), "# Our own site's index\n");

        CliRun refused = CliRun.of("--db", db.toString(), "export", "--format", "md", "--out", out.toString());

        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(refused.err).isEqualTo("hazardlog: nothing exported: " + out + " already holds other files "
                + "(README.md, index.md); an export would add Hazard-NNNN.md files and index.md beside them. "
                + "Nothing else would be changed or deleted: use --force if this is the place you meant\n");
        assertThat(names(out)).containsExactly("README.md", "index.md");

        CliRun forced = CliRun.of("--db", db.toString(), "export", "--format", "md", "--out", out.toString(), "--force");

        assertThat(forced.exitCode).isZero();
        assertThat(forced.out).contains("Note: index.md was not written: the folder's index.md was not written by HazardLog");
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("# Docs\n");
        assertThat(Files.readString(out.resolve("index.md"))).isEqualTo("# Our own site's index\n");
        assertThat(names(out)).contains("Hazard-0001.md", "Hazard-0040.md");
    }

    @Test
    void jsonReplacesAnEarlierExportButNotAnotherFileUnlessForced() throws IOException {
        Path out = dir.resolve("log.json");
        assertThat(CliRun.of("--db", db.toString(), "export", "--format", "json", "--out", out.toString()).exitCode).isZero();
        assertThat(CliRun.of("--db", db.toString(), "export", "--format", "JSON", "--out", out.toString()).exitCode).isZero();

        Path other = Files.writeString(dir.resolve("package.json"), "{\"name\": \"docs\"}");
        CliRun refused = CliRun.of("--db", db.toString(), "export", "--format", "json", "--out", other.toString());
        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(refused.err).startsWith("hazardlog: nothing exported: " + other + " already exists and is not a HazardLog JSON export");
        assertThat(Files.readString(other)).isEqualTo("{\"name\": \"docs\"}");

        assertThat(CliRun.of("--db", db.toString(), "export", "--format", "json", "--out", other.toString(), "--force").exitCode).isZero();
        assertThat(Files.readString(other)).contains("\"format\" : \"hazardlog\"");
    }

    @Test
    void jsonOntoAFolderIsRefusedAndForceDoesNotHelp() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));
        CliRun run = CliRun.of("--db", db.toString(), "export", "--format", "json", "--out", folder.toString(), "--force");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("hazardlog: nothing exported: " + folder + " is a folder; a JSON export is one file, such as "
                + folder.resolve("hazard-log.json") + "\n");
    }

    @Test
    void exportingALogThatDoesNotExistIsRefusedAndCreatesNothing() {
        Path missing = dir.resolve("typo");
        CliRun run = CliRun.of("--db", missing.toString(), "export", "--format", "json", "--out", dir.resolve("x.json").toString());
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("hazardlog: there is no hazard log at " + missing + ".mv.db; nothing exported\n");
        assertThat(dir.resolve("typo.mv.db")).doesNotExist();
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("--db", db.toString(), "export", "--format", "odt", "--out", dir.resolve("x").toString());
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("Invalid value for option '--format'", "odt");
    }
}
