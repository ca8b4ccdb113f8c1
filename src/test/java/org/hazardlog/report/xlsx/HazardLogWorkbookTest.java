package org.hazardlog.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.report.Reports;
import org.hazardlog.report.RiskPalette;
import org.hazardlog.scheme.RiskSchemeFile;

/** The Hazard Log workbook, opened with POI as Excel would open it. */
class HazardLogWorkbookTest {

    @TempDir
    Path folder;

    private XSSFWorkbook workbook;

    @BeforeEach
    void export() throws IOException {
        Path file = Reports.write(folder.resolve("log.xlsx"), new HazardLogWorkbook(), Reports.input());
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @Test
    void hasTheFourSheetsInOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Hazard Log", "Controls", "Risk Matrix", "Scheme");
    }

    @Test
    void theHazardLogSheetStartsWithTheImplementationGuidanceColumns() {
        assertThat(texts(workbook.getSheet("Hazard Log").getRow(HazardSheet.HEADER_ROW)).subList(0, 19)).containsExactly(
                "No.", "Name", "Description", "Potential clinical impact / harm", "Causes", "Existing controls",
                "Initial severity", "Initial likelihood", "Initial risk", "Design controls", "Test controls",
                "Training controls", "Business process change controls", "Residual severity", "Residual likelihood",
                "Residual risk", "Action summary", "Owner", "Status");
    }

    @Test
    void hasOneRowPerHazardWithLevelsFromTheScheme() {
        XSSFSheet sheet = workbook.getSheet("Hazard Log");
        assertThat(sheet.getLastRowNum()).isEqualTo(7);
        Row first = sheet.getRow(3);
        assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
        assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Wrong patient record opened from the ward list");
        assertThat(first.getCell(6).getStringCellValue()).isEqualTo("4 - Major");
        assertThat(first.getCell(7).getStringCellValue()).isEqualTo("3 - Medium");
        assertThat(first.getCell(8).getStringCellValue()).isEqualTo("3 - Medium");
        assertThat(first.getCell(9).getStringCellValue())
                .isEqualTo("\u2022 Freeze the ward list while the pointer is over it; refresh afterwards. [Implementation verified]");
        assertThat(first.getCell(15).getStringCellValue()).isEqualTo("3 - Medium");
        assertThat(sheet.getRow(7).getCell(8).getStringCellValue()).isEqualTo("TBC");
        assertThat(sheet.getRow(5).getCell(18).getStringCellValue()).isEqualTo("Transferred");
    }

    @Test
    void riskCellsAreColouredByLevel() {
        XSSFSheet sheet = workbook.getSheet("Hazard Log");
        var scheme = RiskSchemeFile.defaultScheme();
        assertThat(fill(sheet.getRow(3).getCell(8))).isEqualTo(RiskPalette.fill(scheme, 3));
        assertThat(fill(sheet.getRow(6).getCell(8))).isEqualTo(RiskPalette.fill(scheme, 2));
        assertThat(fill(sheet.getRow(4).getCell(15))).isEqualTo(RiskPalette.fill(scheme, 2));
        assertThat(fill(sheet.getRow(7).getCell(15))).isEqualTo(RiskPalette.UNSCORED_FILL);
        assertThat(RiskPalette.fill(scheme, 2)).isNotEqualTo(RiskPalette.fill(scheme, 3));
    }

    @Test
    void theHeaderIsFrozenFilteredAndTextWraps() {
        XSSFSheet sheet = workbook.getSheet("Hazard Log");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A3:");
        assertThat(sheet.getRow(3).getCell(2).getCellStyle().getWrapText()).isTrue();
        assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(0) * 3);
    }

    @Test
    void theControlsSheetHasOneRowPerControl() {
        XSSFSheet sheet = workbook.getSheet("Controls");
        int controls = Reports.hazards().stream().mapToInt(h -> h.controls().size()).sum();
        assertThat(sheet.getLastRowNum()).isEqualTo(controls);
        assertThat(texts(sheet.getRow(0)).subList(0, 8)).containsExactly("Hazard No.", "Hazard name", "Category", "Party", "Control",
                "Status", "Owner", "Evidence");
        assertThat(texts(sheet.getRow(3))).contains("Training", "Deploying organisation", "Transferred", "Deploying trust");
    }

    @Test
    void theRiskMatrixSheetCountsHazardsPerCellAndLevel() {
        XSSFSheet sheet = workbook.getSheet("Risk Matrix");
        int initial = rowWith(sheet, "Initial risk: hazards per cell");
        // Rows run from likelihood 5 down to 1; the medium likelihood row is the third.
        var medium = sheet.getRow(initial + 4);
        assertThat(medium.getCell(0).getStringCellValue()).isEqualTo("3 - Medium");
        assertThat(medium.getCell(4).getNumericCellValue()).isEqualTo(2); // hazards 1 and 2: Medium x Major
        assertThat(fill(medium.getCell(4))).isEqualTo(RiskPalette.fill(RiskSchemeFile.defaultScheme(), 3));
        int levels = rowWith(sheet, "Hazards per risk level");
        Row level3 = sheet.getRow(levels + 4);
        assertThat(level3.getCell(0).getStringCellValue()).isEqualTo("3 - Medium");
        assertThat(level3.getCell(1).getNumericCellValue()).isEqualTo(3);
        assertThat(level3.getCell(2).getNumericCellValue()).isEqualTo(2);
        Row tbc = sheet.getRow(levels + 7);
        assertThat(tbc.getCell(1).getNumericCellValue()).isEqualTo(1);
        assertThat(tbc.getCell(2).getNumericCellValue()).isEqualTo(2);
    }

    @Test
    void theSchemeSheetStatesTheRiskScheme() {
        XSSFSheet sheet = workbook.getSheet("Scheme");
        Row scheme = sheet.getRow(rowWith(sheet, "Risk scheme"));
        assertThat(scheme.getCell(1).getStringCellValue()).isEqualTo("DCB0129 IG v3.2 example");
        assertThat(texts(sheet.getRow(rowWith(sheet, "Product"))).subList(0, 2)).containsExactly("Product", "WardView ePrescribing");
    }

    private static String fill(XSSFCell cell) {
        XSSFColor c = cell.getCellStyle().getFillForegroundColorColor();
        return c == null ? null : c.getARGBHex().substring(2);
    }

    private static int rowWith(XSSFSheet sheet, String first) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && first.equals(WorkbookImport.text(c))) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row starting " + first);
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(WorkbookImport.text(c)));
        return out;
    }
}
