package org.hazardlog.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.report.ReportException;
import org.hazardlog.report.Reports;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.TempLogs;

class WorkbookImportTest {

    @TempDir
    Path folder;

    private final WorkbookImport reader = new WorkbookImport(RiskSchemeFile.defaultScheme());

    @Test
    void exportThenImportGivesTheSameHazards() {
        List<Hazard> original = new java.util.ArrayList<>(Reports.hazards());
        original.add(TempLogs.fullHazard(6));
        Path file = Reports.write(folder.resolve("log.xlsx"), new HazardLogWorkbook(), Reports.input(original));

        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(folder.resolve("new")))) {
            WorkbookImportResult result = reader.read(file);
            assertThat(result.problems()).isEmpty();
            assertThat(log.importHazards(result.hazards()).summary()).isEqualTo("6 created, 0 updated, 0 unchanged");
            List<Hazard> imported = log.hazards();
            assertThat(imported).hasSize(original.size());
            for (int i = 0; i < original.size(); i++) {
                assertThat(withoutIds(imported.get(i)).sameContent(original.get(i)))
                        .as("hazard %s survives the round trip", original.get(i).number()).isTrue();
            }
        }
    }

    @Test
    void reimportingUpdatesHazardsByNumberInsteadOfDuplicatingThem() throws IOException {
        Path file = Reports.write(folder.resolve("log.xlsx"), new HazardLogWorkbook(), Reports.input());
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(folder.resolve("team")))) {
            log.importHazards(reader.read(file).hazards());
            long controlId = log.hazard(1).orElseThrow().controls().get(0).id();

            editCell(file, "Hazard Log", HazardSheet.FIRST_HAZARD_ROW, 1, "Wrong patient record opened from the ward list (renamed)");
            String again = log.importHazards(reader.read(file).hazards()).summary();

            assertThat(again).isEqualTo("0 created, 1 updated, 4 unchanged");
            assertThat(log.count()).isEqualTo(5);
            Hazard renamed = log.hazard(1).orElseThrow();
            assertThat(renamed.name()).endsWith("(renamed)");
            assertThat(renamed.controls().get(0).id()).as("a control keeps its id across imports").isEqualTo(controlId);
        }
    }

    @Test
    void everyBadRowIsNamedWithEveryReason() throws IOException {
        Path file = workbook(List.of("ID", "Hazard name", "Initial likelihood", "Initial severity", "Description"),
                List.of("1", "Good hazard", "3", "Major", "Fine"),
                List.of("2", "", "3", "4", "No name here"),
                List.of("3", "Scored off the scale", "7", "Huge", ""),
                List.of("4", "x".repeat(1001), "", "", ""),
                List.of("H-005", "Also good", "TBC", "", ""));

        WorkbookImportResult result = reader.read(file);

        assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
                "Sheet1 row 3 (hazard 2): no name",
                "Sheet1 row 4 (hazard 3 \"Scored off the scale\"): initial likelihood 7 is not in the risk scheme (1-5); "
                        + "initial severity \"Huge\" is not a level of the risk scheme (1-5, Minor to Catastrophic)",
                "Sheet1 row 5 (hazard 4 \"" + "x".repeat(57) + "...\"): hazard name is 1001 characters long; the limit is 1000");
        assertThat(result.hazards()).extracting(Hazard::number).containsExactly(1, 5);
        assertThat(result.hazards().get(0).initial()).isEqualTo(Assessment.of(3, 4));
        assertThat(result.hazards().get(1).initial()).isEqualTo(Assessment.UNSCORED);
    }

    @Test
    void aTeamsOwnWorkbookIsReadByHeaderNamesBelowATitle() throws IOException {
        Path file = folder.resolve("team.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Our hazards");
            sheet.createRow(0).createCell(0).setCellValue("Ward system hazard log, issue 4");
            String[] header = {"Ref", "Title", "Cause(s)", "Clinical impact", "Initial Risk Rating", "Status", "Assigned to",
                    "Design", "Reviewer comments"};
            XSSFRow h = sheet.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            XSSFRow r = sheet.createRow(3);
            r.createCell(0).setCellValue(12);
            r.createCell(1).setCellValue("Results sent to the wrong clinician");
            r.createCell(2).setCellValue("- Routing table out of date\n- Locum not registered");
            r.createCell(3).setCellValue("Delayed treatment");
            r.createCell(4).setCellValue("5 - Very high");
            r.createCell(5).setCellValue("Open - awaiting review");
            r.createCell(6).setCellValue("Dr Who");
            r.createCell(7).setCellValue("Check routing nightly [Implemented]");
            r.createCell(8).setCellValue("looks fine");
            wb.write(out);
        }

        WorkbookImportResult result = reader.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.notes()).containsExactly("Columns of the Our hazards sheet that HazardLog does not know were not "
                + "imported: \"Reviewer comments\".");
        Hazard h = result.hazards().get(0);
        assertThat(h.number()).isEqualTo(12);
        assertThat(h.causes()).containsExactly("Routing table out of date", "Locum not registered");
        assertThat(h.harm()).isEqualTo("Delayed treatment");
        assertThat(h.status()).isEqualTo(HazardStatus.OPEN);
        assertThat(h.statusText()).isEqualTo("Open - awaiting review");
        assertThat(h.assignment()).isEqualTo("Dr Who");
        assertThat(h.controls()).containsExactly(new Control(null, ControlCategory.DESIGN, null, "Check routing nightly",
                ControlStatus.IMPLEMENTED, "", ""));
        assertThat(h.initial()).as("a risk level column is never read: levels come from the scheme").isEqualTo(Assessment.UNSCORED);
    }

    @Test
    void aWorkbookWithoutANameColumnIsRefused() throws IOException {
        Path file = workbook(List.of("ID", "Description"), List.of("1", "Something"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReportException.class)
                .hasMessage(file + " has no hazard sheet: no sheet has a \"Name\" column (or \"Hazard name\" or \"Title\") "
                        + "in its first 20 rows; sheets looked at: \"Sheet1\".");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws IOException {
        Path csv = Files.writeString(folder.resolve("log.xlsx"), "No.,Name\n1,Something\n");
        assertThatThrownBy(() -> reader.read(csv)).isInstanceOf(ReportException.class)
                .hasMessage(csv + " is not an Excel workbook (.xlsx).");
        Path xls = Files.write(folder.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        assertThatThrownBy(() -> reader.read(xls)).isInstanceOf(ReportException.class)
                .hasMessageContaining("is an Excel 97-2003 workbook (.xls)");
    }

    @Test
    void aBadControlRowMakesItsHazardBadToo() throws IOException {
        Path file = Reports.write(folder.resolve("log.xlsx"), new HazardLogWorkbook(), Reports.input());
        editCell(file, "Controls", 1, 5, "Nearly done");

        WorkbookImportResult result = reader.read(file);

        assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
                "Hazard Log row 4 (hazard 1): some of its controls on the Controls sheet are invalid",
                "Controls row 2 (hazard 1): control status \"Nearly done\" is not a control status");
        assertThat(result.hazards()).extracting(Hazard::number).containsExactly(2, 3, 4, 5);
    }

    private static Hazard withoutIds(Hazard h) {
        return h.toBuilder().id(null).version(0)
                .controls(h.controls().stream().map(c -> c.withId(null)).toList()).build();
    }

    @SafeVarargs
    private Path workbook(List<String> header, List<String>... rows) throws IOException {
        Path file = folder.resolve("team-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Sheet1");
            XSSFRow h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].size(); i++) {
                    row.createCell(i).setCellValue(rows[r].get(i));
                }
            }
            wb.write(out);
        }
        return file;
    }

    static void editCell(Path file, String sheet, int row, int column, String value) throws IOException {
        XSSFWorkbook wb;
        try (var in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        // Recreated rather than set: POI does not update a cell written as an inline string in place.
        var r = wb.getSheet(sheet).getRow(row);
        var style = r.getCell(column).getCellStyle();
        r.removeCell(r.getCell(column));
        var cell = r.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }


    @Test
    void aFormulaIsReadAsItsLastValueWithAWarningAndAnErrorCellRefusesItsRow() throws IOException {
        Path file = folder.resolve("formulas.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Hazards");
            XSSFRow h = sheet.createRow(0);
            h.createCell(0).setCellValue("ID");
            h.createCell(1).setCellValue("Hazard name");
            h.createCell(2).setCellValue("Description");
            XSSFRow one = sheet.createRow(1);
            one.createCell(0).setCellValue(1);
            one.createCell(1).setCellValue("Results filed against the wrong patient");
            one.createCell(2).setCellFormula("\"Seen in \"&\"clinic\"");
            XSSFRow two = sheet.createRow(2);
            two.createCell(0).setCellValue(2);
            two.createCell(1).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }

        WorkbookImportResult result = reader.read(file);

        assertThat(result.problems()).singleElement().asString()
                .isEqualTo("Hazards row 3 (hazard 2): name cell B3 holds the error #DIV/0!, not a value; no name");
        assertThat(result.hazards()).singleElement().satisfies(hz -> assertThat(hz.description()).isEqualTo("Seen in clinic"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n)
                .startsWith("1 cell holds a formula; the value Excel last computed was imported, not the formula: C2 (=\"Seen in \"&\"clinic\")"));
    }

    @Test
    void headerNamesOfNhsTemplatesAreRecognised() throws IOException {
        Path file = folder.resolve("nhs.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Log");
            String[] header = {"Hazard ref", "Hazard name", "Possible causes", "Current controls", "Initial sev", "Initial lik",
                    "Residual sev", "Residual lik", "Hazard category", "Current status"};
            String[] cells = {"H-007", "Allergy banner hidden", "Narrow window", "Banner pinned", "4", "3", "4", "1",
                    "Patient identification", "Open"};
            XSSFRow h = sheet.createRow(0);
            XSSFRow r = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                r.createCell(i).setCellValue(cells[i]);
            }
            wb.write(out);
        }

        WorkbookImportResult result = reader.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.notes()).as("every column was recognised").isEmpty();
        Hazard hz = result.hazards().get(0);
        assertThat(hz.number()).isEqualTo(7);
        assertThat(hz.causes()).containsExactly("Narrow window");
        assertThat(hz.existingControls()).isEqualTo("Banner pinned");
        assertThat(hz.initial()).isEqualTo(Assessment.of(3, 4));
        assertThat(hz.residual()).isEqualTo(Assessment.of(1, 4));
        assertThat(hz.hazardTypes()).containsExactly("Patient identification");
        assertThat(hz.status()).isEqualTo(HazardStatus.OPEN);
    }

    @Test
    void hazardLogsOwnWorkbookHasNothingOutsideItsTableAndNoStatusWarnings() {
        Path file = Reports.write(folder.resolve("log.xlsx"), new HazardLogWorkbook(), Reports.input());

        WorkbookImportResult result = reader.read(file);

        assertThat(result.warnings()).noneMatch(w -> w.kind() == org.hazardlog.transfer.WarningKind.OUTSIDE_TABLE);
        assertThat(result.hazardWarnings()).flatMap(w -> w)
                .noneMatch(w -> w.kind() == org.hazardlog.transfer.WarningKind.UNCLEAR_STATUS);
        assertThat(result.hazards()).hasSize(Reports.hazards().size());
    }
}
