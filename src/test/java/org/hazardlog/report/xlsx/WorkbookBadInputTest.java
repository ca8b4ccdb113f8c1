package org.hazardlog.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.report.ReportException;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ProblemKind;

/** Damaged and awkward workbooks: each is read right or refused with a message that says why. */
class WorkbookBadInputTest {

    @TempDir
    Path folder;

    private final WorkbookImport reader = new WorkbookImport(RiskSchemeFile.defaultScheme());

    private static void row(XSSFSheet sheet, int at, String... cells) {
        XSSFRow r = sheet.createRow(at);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                r.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    private Path save(XSSFWorkbook wb, String name) throws IOException {
        Path file = folder.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    @Test
    void aWorkbookWithoutAHeaderRowNamesEverySheetItLookedAtAndTheHeadersItLookedFor() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        row(wb.createSheet("Summary"), 0, "Ward system", "issue 3");
        row(wb.createSheet("Risks"), 0, "Ref", "Risk description", "Owner");
        Path file = save(wb, "no-header.xlsx");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReportException.class)
                .hasMessage(file + " has no hazard sheet: no sheet has a \"Name\" column (or \"Hazard name\" or \"Title\") "
                        + "in its first 20 rows; sheets looked at: \"Summary\", \"Risks\".");
    }

    @Test
    void aHiddenListSheetIsIgnoredAndTheVisibleTableIsRead() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        // The list sheet comes first and has a "Name" column of its own: only hiding keeps it out.
        XSSFSheet lists = wb.createSheet("Lists");
        row(lists, 0, "Name", "Status");
        row(lists, 1, "General risk", "Open");
        row(lists, 2, "HTML", "Closed");
        wb.setSheetHidden(0, true);
        XSSFSheet log = wb.createSheet("Hazards");
        row(log, 0, "ID", "Hazard name", "Status");
        row(log, 1, "1", "Results filed against the wrong patient", "Open");
        Path file = save(wb, "hidden-lists.xlsx");

        WorkbookImportResult result = reader.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.hazards()).extracting(Hazard::name).containsExactly("Results filed against the wrong patient");
        assertThat(result.columns().sheet()).isEqualTo("Hazards");
    }

    @Test
    void aTableOnlyOnAHiddenSheetIsRefusedSayingItIsHidden() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        row(wb.createSheet("Cover"), 0, "Ward system hazard log");
        XSSFSheet log = wb.createSheet("Old log");
        row(log, 0, "ID", "Hazard name");
        row(log, 1, "1", "Results filed against the wrong patient");
        wb.setSheetVisibility(1, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        Path file = save(wb, "hidden-table.xlsx");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReportException.class)
                .hasMessage(file + ": the only hazard table is on the sheet \"Old log\", which is hidden; hidden sheets are"
                        + " not imported. Unhide it in Excel (right-click a sheet tab, Unhide) if it is the hazard log, and"
                        + " import again.");
    }

    @Test
    void severityAndLikelihoodUnderMergedRiskHeadingsAreReadByTheirHeading() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("Log");
        // Residual comes first here: reading by order alone would swap initial and residual.
        row(sheet, 0, "No.", "Hazard name", "Residual risk", null, "Initial risk", null);
        row(sheet, 1, null, null, "Severity", "Likelihood", "Severity", "Likelihood");
        row(sheet, 2, "1", "Results filed against the wrong patient", "4", "1", "4", "3");
        sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 4, 5));
        Path file = save(wb, "merged-groups.xlsx");

        WorkbookImportResult result = reader.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.hazards()).singleElement().satisfies(h -> {
            assertThat(h.initial()).isEqualTo(Assessment.of(3, 4));
            assertThat(h.residual()).isEqualTo(Assessment.of(1, 4));
        });
    }

    @Test
    void aGroupRowAboveTheHeaderIsReadToo() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("Log");
        row(sheet, 0, null, null, "Residual risk", null);
        row(sheet, 1, "No.", "Hazard name", "Severity", "Likelihood");
        row(sheet, 2, "1", "Results filed against the wrong patient", "4", "1");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
        Path file = save(wb, "group-above.xlsx");

        Hazard h = reader.read(file).hazards().get(0);

        assertThat(h.residual()).isEqualTo(Assessment.of(1, 4));
        assertThat(h.initial()).isEqualTo(Assessment.UNSCORED);
    }

    @Test
    void aHeaderMergedOverTwoColumnsIsReadWhenOnlyItsFirstColumnHoldsValues() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("Log");
        row(sheet, 0, "No.", "Hazard name", null, "Description");
        row(sheet, 1, "1", "Results filed against the wrong patient", null, "Seen in clinic");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
        Path file = save(wb, "merged-name.xlsx");

        Hazard h = reader.read(file).hazards().get(0);

        assertThat(h.name()).isEqualTo("Results filed against the wrong patient");
        assertThat(h.description()).isEqualTo("Seen in clinic");
    }

    @Test
    void aValueUnderTheSecondColumnOfAMergedHeaderRefusesTheWorkbook() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("Log");
        row(sheet, 0, "No.", "Hazard name", "Causes", null);
        row(sheet, 1, "1", "Results filed against the wrong patient", "Routing table out of date", "Locum not registered");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
        Path file = save(wb, "merged-causes.xlsx");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReportException.class)
                .hasMessage(file + ": the header \"Causes\" (C1:D1) on the Log sheet is one cell merged over several columns,"
                        + " and D2 under it holds a value, so which field that value belongs to cannot be told. Unmerge the"
                        + " header and give each column its own header, then import again.");
    }

    @Test
    void errorCellsRefuseTheirRowNamingTheCellOrAreSkippedWithSkipInvalid() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("Hazards");
        row(sheet, 0, "ID", "Hazard name", "Initial severity", "Description");
        row(sheet, 1, "1", "Results filed against the wrong patient", null, null);
        sheet.getRow(1).createCell(2).setCellFormula("2+2");
        row(sheet, 2, "2", "Allergy banner hidden", null, null);
        sheet.getRow(2).createCell(2).setCellFormula("1/0");
        row(sheet, 3, "3", "Late result", null, null);
        sheet.getRow(3).createCell(3).setCellErrorValue(FormulaError.REF);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path file = save(wb, "errors.xlsx");

        WorkbookImportResult result = reader.read(file);
        assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
                "Hazards row 3 (hazard 2 \"Allergy banner hidden\"): initial severity cell C3 holds the error #DIV/0!, not a value",
                "Hazards row 4 (hazard 3 \"Late result\"): description cell D4 holds the error #REF!, not a value");
        assertThat(result.hazards()).singleElement().satisfies(h -> assertThat(h.initial().severity()).isEqualTo(4));

        FileReading strict = new WorkbookFileReader(RiskSchemeFile.defaultScheme()).read(file, new byte[0]);
        assertThat(strict.isValid()).isFalse();
        assertThat(strict.hazards()).as("nothing half-imported").isEmpty();
        FileReading skipping = new WorkbookFileReader(RiskSchemeFile.defaultScheme(), true).read(file, new byte[0]);
        assertThat(skipping.hazards()).extracting(p -> p.hazard().number()).containsExactly(1);
        assertThat(skipping.warnings()).extracting(ImportWarning::message).contains(
                "skipped, not imported: Hazards row 4 (hazard 3 \"Late result\"): description cell D4 holds the error #REF!, not a value");
    }

    @Test
    void aSheetOf100000RowsIsRefusedBeforeItIsOpenedWithoutRunningOutOfMemory() throws IOException {
        Path file = folder.resolve("huge.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Export");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("ID");
            h.createCell(1).setCellValue("Hazard name");
            for (int r = 1; r <= 100_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("Hazard " + r);
            }
            wb.write(out);
            wb.dispose();
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReportException.class)
                .hasMessage(file + " is too large to import: the sheet \"Export\" has more than 65,000 rows with values, the"
                        + " most a workbook import reads (a log of 10,000 hazards with 50,000 controls fits). Copy the hazard"
                        + " table alone into a new workbook and import that.");
        FileReading reading = new WorkbookFileReader(RiskSchemeFile.defaultScheme(), true).read(file, new byte[0]);
        assertThat(reading.problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LARGE));
    }
}
