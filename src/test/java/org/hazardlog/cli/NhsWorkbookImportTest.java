package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.cli.CliRun.hazardsIn;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;

/**
 * {@code hazardlog import} of a workbook laid out as NHS teams publish their hazard logs: title
 * rows above the header, the team's own column names, the source of a drop-down list further down
 * the same sheet, and a stray note below the table.
 */
class NhsWorkbookImportTest {

    private static final String[] HEADER = {"Hazard ID", "Hazard name", "Description", "Possible causes",
            "Potential clinical impact", "Hazard type", "Initial severity", "Initial likelihood",
            "Suggested actions to mitigate hazard", "Residual severity", "Residual likelihood", "Status"};

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void aNewLog() {
        db = CliRun.newLog(dir.resolve("log")).toString();
    }

    @Test
    void onlyTheTableIsImportedAndASecondImportChangesNothing() throws IOException {
        Path file = nhsWorkbook(dir.resolve("consumer-hazard-log.xlsx"), List.<String[]>of(
                row("H001", "Wrong patient record shown", "Record of another patient opens", "Stale session\nCached lookup",
                        "Treatment based on another patient's history", "Wrong patient", "4", "2",
                        "Check the NHS number on every open", "4", "1", "Open"),
                row("H002", "Appointment slots missing", "Slots do not load", "API timeout",
                        "Delayed care", "Unavailability", "2", "3", "", "2", "2", "Closed")));

        CliRun first = CliRun.of("--db", db, "import", file.toString());

        assertThat(first.exitCode).as(first.err).isZero();
        List<Hazard> log = hazardsIn(dir.resolve("log"));
        assertThat(log).extracting(Hazard::number).containsExactlyInAnyOrder(1, 2);
        Hazard one = log.stream().filter(h -> h.number() == 1).findFirst().orElseThrow();
        assertThat(one.causes()).containsExactly("Stale session", "Cached lookup");
        assertThat(one.harm()).isEqualTo("Treatment based on another patient's history");
        assertThat(one.actionSummary()).as("actions without a category are not made controls of a made-up category")
                .isEqualTo("Check the NHS number on every open");
        assertThat(one.controls()).isEmpty();
        assertThat(one.status()).isEqualTo(HazardStatus.OPEN);
        assertThat(first.out)
                .contains("ends at the blank row 7; the cells below it are not hazards and were not imported: "
                        + "row 9 (\"General risk\"), row 10 (\"HTML\"), row 11 (\"Clinical content\"), row 22 (\"row 510: see note\")")
                .contains("row 5 (hazard 1): the \"Suggested actions to mitigate hazard\" cell has controls without a design,"
                        + " testing, training or business process category; it is kept as the action summary, not as controls")
                .contains("row 6 (hazard 2): hazard type \"Unavailability\" is not in the hazard-type taxonomy");
        assertThat(last(first)).contains("2 created, 0 updated, 0 unchanged");

        CliRun second = CliRun.of("--db", db, "import", file.toString());

        assertThat(second.exitCode).as(second.err).isZero();
        assertThat(last(second)).contains("0 created, 0 updated, 2 unchanged");
        assertThat(hazardsIn(dir.resolve("log"))).hasSize(2);
    }

    @Test
    void anEmptyStatusIsImportedAsDraftWithAWarning() throws IOException {
        Path file = nhsWorkbook(dir.resolve("log.xlsx"), List.<String[]>of(
                row("1", "Dose rounded down", "", "", "", "", "", "", "", "", "", "")));

        CliRun run = CliRun.of("--db", db, "import", file.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("row 5 (hazard 1): no status: imported as Draft");
        assertThat(hazardsIn(dir.resolve("log"))).singleElement()
                .satisfies(h -> assertThat(h.status()).isEqualTo(HazardStatus.DRAFT));
    }

    @Test
    void anInvalidRowRefusesTheWorkbookNamingTheRowOrIsSkippedWithSkipInvalid() throws IOException {
        Path file = nhsWorkbook(dir.resolve("log.xlsx"), List.<String[]>of(
                row("1", "Dose rounded down", "", "", "", "", "4", "2", "", "", "", "Open"),
                row("2", "", "A row someone started", "", "", "", "", "", "", "", "", "Open"),
                row("3", "Allergy not shown", "", "", "", "", "9", "2", "", "", "", "Open")));

        CliRun refused = CliRun.of("--db", db, "import", file.toString());

        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(refused.err).contains("Hazards row 6 (hazard 2): no name")
                .contains("Hazards row 7 (hazard 3 \"Allergy not shown\"): initial severity")
                .contains("its other 1 row is valid: fix the invalid rows, or import the valid ones with --skip-invalid");
        assertThat(hazardsIn(dir.resolve("log"))).isEmpty();

        CliRun skipped = CliRun.of("--db", db, "import", "--skip-invalid", file.toString());

        assertThat(skipped.exitCode).as(skipped.err).isZero();
        assertThat(hazardsIn(dir.resolve("log"))).extracting(Hazard::number).containsExactly(1);
        assertThat(skipped.out).contains("skipped, not imported: Hazards row 6 (hazard 2): no name")
                .contains("skipped, not imported: Hazards row 7 (hazard 3 \"Allergy not shown\"): initial severity");
    }

    @Test
    void aHazardCutOffByABlankRowIsNotLeftOutQuietly() throws IOException {
        Path file = nhsWorkbook(dir.resolve("log.xlsx"), List.<String[]>of(
                row("1", "Dose rounded down", "", "", "", "", "", "", "", "", "", "Open")));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = wb.getSheet("Hazards");
            XSSFRow lost = sheet.createRow(6);
            lost.createCell(0).setCellValue("H002");
            lost.createCell(1).setCellValue("Allergy not shown");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        CliRun run = CliRun.of("--db", db, "import", file.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("Hazards row 7: it has a hazard number and a name but lies below row 6, "
                + "the blank row that ends the hazard table");
        assertThat(hazardsIn(dir.resolve("log"))).isEmpty();
    }

    private static String last(CliRun run) {
        return run.out.lines().reduce((a, b) -> b).orElse("");
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /**
     * Title rows, the header in row 4, the hazards from row 5, then a blank row, the cells of the
     * "Hazard type" drop-down list from row 9 in the name column, and a note far below.
     */
    private static Path nhsWorkbook(Path file, List<String[]> hazards) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Hazards");
            sheet.createRow(0).createCell(0).setCellValue("GP Connect consumer: clinical safety hazard log");
            sheet.createRow(1).createCell(0).setCellValue("Version 2.1, reviewed by the CSO");
            XSSFRow header = sheet.createRow(3);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int r = 4;
            for (String[] cells : hazards) {
                XSSFRow row = sheet.createRow(r++);
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            int list = r + 2;
            for (String item : List.of("General risk", "HTML", "Clinical content")) {
                sheet.createRow(list++).createCell(1).setCellValue(item);
            }
            DataValidationHelper dv = sheet.getDataValidationHelper();
            sheet.addValidationData(dv.createValidation(
                    dv.createFormulaListConstraint("$B$" + (r + 3) + ":$B$" + list), new CellRangeAddressList(4, r - 1, 5, 5)));
            sheet.createRow(r + 15).createCell(3).setCellValue("row 510: see note");
            wb.write(out);
        }
        return file;
    }
}
