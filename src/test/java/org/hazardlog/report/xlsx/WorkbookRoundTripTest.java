package org.hazardlog.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.cli.HazardLogCommand;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.TempLogs;

/**
 * The workbook carries the whole log: exported, imported into an empty log and exported again as
 * JSON, it gives the JSON of the log it came from, byte for byte. Run through the commands a user types.
 */
class WorkbookRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void workbookThenImportThenJsonIsTheOriginalJson() throws IOException {
        String source = folder.resolve("source").toString();
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(source)))) {
            ExampleLog.fill(log);
            log.save(log.hazard(3).orElseThrow().toBuilder().status(HazardStatus.TRANSFERRED).statusText("Transferred").build());
            log.importHazards(java.util.List.of(TempLogs.fullHazard(6)));
        }
        Path originalJson = folder.resolve("original.json");
        Path workbook = folder.resolve("log.xlsx");
        assertThat(run("--db", source, "export", "--format", "json", "--out", originalJson.toString())).isZero();
        assertThat(run("--db", source, "export", "--format", "xlsx", "--out", workbook.toString())).isZero();

        String copy = folder.resolve("copy").toString();
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(copy)))) {
            assertThat(log.count()).isZero();
        }
        assertThat(run("--db", copy, "import", workbook.toString())).as(err.toString()).isZero();
        Path againJson = folder.resolve("again.json");
        assertThat(run("--db", copy, "export", "--format", "json", "--out", againJson.toString())).isZero();

        String original = Files.readString(originalJson);
        assertThat(original).contains("\"TRANSFERRED\"", "DEPLOYMENT", "Medication list hides discontinued doses 6");
        assertThat(Files.readString(againJson)).isEqualTo(original);
    }

    private StringWriter err = new StringWriter();

    private int run(String... args) {
        err = new StringWriter();
        return HazardLogCommand.run(args, f -> { }, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(err));
    }
}
