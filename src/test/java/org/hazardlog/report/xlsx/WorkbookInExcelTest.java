package org.hazardlog.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.ChainHead;
import org.hazardlog.domain.version.Approval;
import org.hazardlog.domain.version.Signature;
import org.hazardlog.domain.version.VersionSummary;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.ReportVersion;
import org.hazardlog.report.Reports;
import org.hazardlog.report.RiskPalette;
import org.hazardlog.report.RiskWords;
import org.hazardlog.scheme.RiskSchemeFile;

/** The workbook as someone edits it in Excel: lists, live risk levels, colours, row heights, paper. */
class WorkbookInExcelTest {

    private static final RiskScheme SCHEME = RiskSchemeFile.defaultScheme();
    private static final int INITIAL_RISK = HazardColumn.INITIAL_RISK.ordinal();
    private static final int RESIDUAL_RISK = HazardColumn.RESIDUAL_RISK.ordinal();

    @TempDir
    Path folder;

    @Test
    void scoreAndStatusColumnsOfferTheSchemesWords() throws IOException {
        try (XSSFWorkbook wb = export(Reports.input())) {
            XSSFSheet hazards = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            List<String> likelihoods = List.of("1 - Very low", "2 - Low", "3 - Medium", "4 - High", "5 - Very high", "TBC");
            List<String> severities = List.of("1 - Minor", "2 - Significant", "3 - Considerable", "4 - Major",
                    "5 - Catastrophic", "TBC");
            assertThat(listAt(wb, hazards, HazardColumn.INITIAL_LIKELIHOOD.ordinal())).isEqualTo(likelihoods);
            assertThat(listAt(wb, hazards, HazardColumn.RESIDUAL_LIKELIHOOD.ordinal())).isEqualTo(likelihoods);
            assertThat(listAt(wb, hazards, HazardColumn.INITIAL_SEVERITY.ordinal())).isEqualTo(severities);
            assertThat(listAt(wb, hazards, HazardColumn.RESIDUAL_SEVERITY.ordinal())).isEqualTo(severities);
            assertThat(listAt(wb, hazards, HazardColumn.STATUS.ordinal())).containsExactly("Draft", "Open", "Transferred", "Closed");

            XSSFSheet controls = wb.getSheet(HazardLogWorkbook.CONTROLS_SHEET);
            // Unassigned is offered too, so that a control still waiting for triage is a valid cell.
            assertThat(listAt(wb, controls, 2)).containsExactly("Design", "Test", "Training", "Business process change",
                    "Unassigned");
            assertThat(listAt(wb, controls, 3)).containsExactly("Manufacturer", "Deploying organisation");
            assertThat(listAt(wb, controls, 5)).containsExactly("Proposed", "Implemented", "Implementation verified",
                    "Effectiveness verified", "Transferred", "Rejected");
            for (XSSFDataValidation v : hazards.getDataValidations()) {
                assertThat(v.getErrorStyle()).as("a word outside the list is refused").isEqualTo(DataValidation.ErrorStyle.STOP);
                assertThat(v.getShowErrorBox()).isTrue();
            }
        }
    }

    @Test
    void everyValueTheWorkbookWritesIsInItsList() throws IOException {
        try (XSSFWorkbook wb = export(Reports.input())) {
            XSSFSheet hazards = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            for (HazardColumn c : List.of(HazardColumn.INITIAL_LIKELIHOOD, HazardColumn.INITIAL_SEVERITY,
                    HazardColumn.RESIDUAL_LIKELIHOOD, HazardColumn.RESIDUAL_SEVERITY, HazardColumn.STATUS)) {
                List<String> allowed = listAt(wb, hazards, c.ordinal());
                for (int r = HazardSheet.FIRST_HAZARD_ROW; r <= hazards.getLastRowNum(); r++) {
                    assertThat(allowed).contains(hazards.getRow(r).getCell(c.ordinal()).getStringCellValue());
                }
            }
        }
    }

    @Test
    void riskLevelsAreFormulasWhoseSavedResultIsTheLevel() throws IOException {
        try (XSSFWorkbook wb = export(Reports.input())) {
            XSSFSheet sheet = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            List<Hazard> hazards = Reports.hazards();
            for (int i = 0; i < hazards.size(); i++) {
                Row row = sheet.getRow(HazardSheet.FIRST_HAZARD_ROW + i);
                for (int col : new int[] {INITIAL_RISK, RESIDUAL_RISK}) {
                    XSSFCell cell = (XSSFCell) row.getCell(col);
                    assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat(cell.getCellFormula()).contains(SchemeLookup.LEVEL_TABLE);
                    assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(RiskWords.risk(SCHEME,
                            col == INITIAL_RISK ? hazards.get(i).initial() : hazards.get(i).residual()));
                }
            }
        }
    }

    @Test
    void theFormulaGivesTheSchemesLevelForAllTwentyFiveCellsAndTbcOtherwise() throws IOException {
        try (XSSFWorkbook wb = export(Reports.input())) {
            XSSFSheet sheet = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            Row row = sheet.getRow(HazardSheet.FIRST_HAZARD_ROW);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int cells = 0;
            for (int l = 1; l <= SCHEME.likelihoods().size(); l++) {
                for (int s = 1; s <= SCHEME.severities().size(); s++) {
                    set(row, HazardColumn.INITIAL_LIKELIHOOD, RiskWords.likelihood(SCHEME, l));
                    set(row, HazardColumn.INITIAL_SEVERITY, RiskWords.severity(SCHEME, s));
                    set(row, HazardColumn.RESIDUAL_LIKELIHOOD, RiskWords.likelihood(SCHEME, l));
                    set(row, HazardColumn.RESIDUAL_SEVERITY, RiskWords.severity(SCHEME, s));
                    evaluator.clearAllCachedResultValues();
                    String expected = SCHEME.riskLevel(l, s).label();
                    assertThat(evaluator.evaluate(row.getCell(INITIAL_RISK)).getStringValue())
                            .as("likelihood %d, severity %d", l, s).isEqualTo(expected);
                    assertThat(evaluator.evaluate(row.getCell(RESIDUAL_RISK)).getStringValue()).isEqualTo(expected);
                    cells++;
                }
            }
            assertThat(cells).isEqualTo(25);
            set(row, HazardColumn.INITIAL_SEVERITY, RiskWords.UNSCORED);
            set(row, HazardColumn.RESIDUAL_LIKELIHOOD, "");
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(row.getCell(INITIAL_RISK)).getStringValue()).isEqualTo("TBC");
            assertThat(evaluator.evaluate(row.getCell(RESIDUAL_RISK)).getStringValue()).isEqualTo("TBC");
        }
    }

    @Test
    void aSchemeOfAnotherShapeIsLookedUpCellForCell() throws IOException {
        RiskScheme small = RiskSchemeFile.fromJson("""
                {"name": "Three by four", "source": "test",
                 "likelihood": [{"number": 1, "name": "Rare", "definition": "r"}, {"number": 2, "name": "Possible", "definition": "p"},
                                {"number": 3, "name": "Likely", "definition": "l"}],
                 "severity": [{"number": 1, "name": "Minor", "definition": "a"}, {"number": 2, "name": "Moderate", "definition": "b"},
                              {"number": 3, "name": "Serious", "definition": "c"}, {"number": 4, "name": "Fatal", "definition": "d"}],
                 "riskLevels": [{"number": 1, "name": "Low", "acceptability": "ok"}, {"number": 2, "name": "Medium", "acceptability": "reduce"},
                                {"number": 3, "name": "High", "acceptability": "no"}],
                 "matrix": [[1, 1, 2, 2], [1, 2, 2, 3], [2, 2, 3, 3]]}
                """);
        Hazard one = Hazard.builder().number(1).name("Only hazard").initial(Assessment.of(2, 3)).build();
        ReportInput base = Reports.input();
        ReportInput input = new ReportInput(List.of(one), small, base.project(), base.logName(), base.generatedAt(), base.version());
        try (XSSFWorkbook wb = export(input)) {
            XSSFSheet sheet = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            assertThat(listAt(wb, sheet, HazardColumn.INITIAL_SEVERITY.ordinal()))
                    .containsExactly("1 - Minor", "2 - Moderate", "3 - Serious", "4 - Fatal", "TBC");
            Row row = sheet.getRow(HazardSheet.FIRST_HAZARD_ROW);
            assertThat(row.getCell(INITIAL_RISK).getStringCellValue()).isEqualTo(small.riskLevel(2, 3).label());
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int l = 1; l <= 3; l++) {
                for (int s = 1; s <= 4; s++) {
                    set(row, HazardColumn.INITIAL_LIKELIHOOD, RiskWords.likelihood(small, l));
                    set(row, HazardColumn.INITIAL_SEVERITY, RiskWords.severity(small, s));
                    evaluator.clearAllCachedResultValues();
                    assertThat(evaluator.evaluate(row.getCell(INITIAL_RISK)).getStringValue())
                            .as("likelihood %d, severity %d", l, s).isEqualTo(small.riskLevel(l, s).label());
                }
            }
        }
    }

    @Test
    void riskCellsAreColouredByTheLevelTheFormulaGives() throws IOException {
        try (XSSFWorkbook wb = export(Reports.input())) {
            var cf = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET).getSheetConditionalFormatting();
            List<String> words = new ArrayList<>();
            for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                XSSFConditionalFormatting f = cf.getConditionalFormattingAt(i);
                assertThat(f.getFormattingRanges()).extracting(a -> a.formatAsString())
                        .containsExactly("I4:I8", "P4:P8");
                XSSFConditionalFormattingRule rule = f.getRule(0);
                assertThat(rule.getConditionType()).isEqualTo(ConditionType.CELL_VALUE_IS);
                assertThat(rule.getComparisonOperation()).isEqualTo(ComparisonOperator.EQUAL);
                String value = rule.getFormula1().replace("\"", "");
                words.add(value);
                String fill = ((org.apache.poi.xssf.usermodel.XSSFColor) rule.getPatternFormatting()
                        .getFillBackgroundColorColor()).getARGBHex().substring(2);
                Optional<RiskLevel> level = SCHEME.riskLevels().stream().filter(x -> x.label().equals(value)).findFirst();
                assertThat(fill).isEqualTo(level.map(x -> RiskPalette.fill(SCHEME, x.number())).orElse(RiskPalette.UNSCORED_FILL));
            }
            List<String> expected = new ArrayList<>(SCHEME.riskLevels().stream().map(RiskLevel::label).toList());
            expected.add("TBC");
            assertThat(words).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void rowsAreCappedWellBelowExcelsMaximumHeight() throws IOException {
        List<Hazard> hazards = new ArrayList<>(Reports.hazards());
        Hazard first = hazards.get(0);
        hazards.set(0, first.toBuilder().description("A long account of what happened. ".repeat(150)).build());
        try (XSSFWorkbook wb = export(Reports.input(hazards))) {
            for (String name : List.of(HazardLogWorkbook.HAZARD_SHEET, HazardLogWorkbook.CONTROLS_SHEET)) {
                XSSFSheet sheet = wb.getSheet(name);
                for (Row row : sheet) {
                    assertThat(row.getHeightInPoints()).as("%s row %d", name, row.getRowNum() + 1)
                            .isLessThanOrEqualTo(RowHeight.MAX_POINTS).isLessThan(200f);
                }
            }
            XSSFSheet sheet = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            Row longRow = sheet.getRow(HazardSheet.FIRST_HAZARD_ROW);
            assertThat(longRow.getHeightInPoints()).isEqualTo(RowHeight.MAX_POINTS);
            assertThat(longRow.getCell(HazardColumn.DESCRIPTION.ordinal()).getStringCellValue())
                    .as("the whole text is in the cell").isEqualTo(hazards.get(0).description());
            assertThat(longRow.getCell(HazardColumn.DESCRIPTION.ordinal()).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(HazardSheet.FIRST_HAZARD_ROW + 1).getHeightInPoints()).isLessThan(RowHeight.MAX_POINTS);
        }
    }

    @Test
    void printsTheGuidanceColumnsLegiblyOnA4Landscape() throws IOException {
        try (XSSFWorkbook wb = export(Reports.input())) {
            XSSFSheet sheet = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            var print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).as("not squeezed to one page width").isFalse();
            assertThat(print.getScale()).isEqualTo((short) 75);
            assertThat(print.getLeftToRight()).isTrue();
            assertThat(wb.getPrintArea(0)).isEqualTo("'Hazard Log'!$A$1:$S$8");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:3");
            assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(sheet.getColumnBreaks()).isNotEmpty().containsExactly(HazardSheetPrint.pageBreaks());
            assertThat(sheet.getColumnBreaks()).as("pages end where a column group ends").containsExactly(
                    HazardColumn.EXISTING_CONTROLS.ordinal(), HazardColumn.BUSINESS_PROCESS_CONTROLS.ordinal());
            // Each printed page holds whole columns no wider than a Letter page at 75 %.
            int repeated = HazardColumn.NUMBER.width() + HazardColumn.NAME.width();
            int start = 2;
            List<Integer> ends = new ArrayList<>();
            for (int b : sheet.getColumnBreaks()) {
                ends.add(b);
            }
            ends.add(HazardColumn.STATUS.ordinal());
            for (int end : ends) {
                int width = repeated;
                for (int c = start; c <= end; c++) {
                    width += HazardColumn.values()[c].width();
                }
                assertThat(width).isLessThanOrEqualTo(HazardSheetPrint.PAGE_WIDTH_CHARS);
                start = end + 1;
            }
            assertThat(sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).isEqualTo(0.4);
            XSSFSheet controls = wb.getSheet(HazardLogWorkbook.CONTROLS_SHEET);
            assertThat(controls.getPrintSetup().getLandscape()).isTrue();
            assertThat(controls.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        }
    }

    @Test
    void columnsAreGroupedAsInTheImplementationGuidance() throws IOException {
        try (XSSFWorkbook wb = export(Reports.input())) {
            XSSFSheet sheet = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            Row groups = sheet.getRow(HazardSheet.GROUP_ROW);
            assertThat(groups.getCell(0).getStringCellValue()).isEqualTo("Hazard");
            assertThat(groups.getCell(HazardColumn.INITIAL_SEVERITY.ordinal()).getStringCellValue()).isEqualTo("Initial risk");
            assertThat(groups.getCell(HazardColumn.DESIGN_CONTROLS.ordinal()).getStringCellValue()).isEqualTo("Additional controls");
            assertThat(groups.getCell(HazardColumn.RESIDUAL_SEVERITY.ordinal()).getStringCellValue()).isEqualTo("Residual risk");
            assertThat(sheet.getMergedRegions()).extracting(a -> a.formatAsString())
                    .contains("A2:F2", "G2:I2", "J2:M2", "N2:P2", "Q2:S2");
        }
    }

    @Test
    void transferredHazardsAndDeployingOrganisationControlsAreShadedWithALegend() throws IOException {
        try (XSSFWorkbook wb = export(Reports.input())) {
            XSSFSheet sheet = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            Row banner = sheet.getRow(HazardSheet.BANNER_ROW);
            XSSFCell transferredLegend = (XSSFCell) banner.getCell(HazardColumn.DESIGN_CONTROLS.ordinal());
            XSSFCell deploymentLegend = (XSSFCell) banner.getCell(HazardColumn.TEST_CONTROLS.ordinal());
            assertThat(transferredLegend.getStringCellValue()).isEqualTo(HazardSheet.TRANSFERRED_LEGEND);
            assertThat(fill(transferredLegend)).isEqualTo(WorkbookStyles.TRANSFERRED_FILL);
            assertThat(fill(deploymentLegend)).isEqualTo(WorkbookStyles.DEPLOYMENT_FILL);

            Row transferred = rowOf(sheet, 3);
            assertThat(transferred.getCell(HazardColumn.STATUS.ordinal()).getStringCellValue()).isEqualTo("Transferred");
            assertThat(fill((XSSFCell) transferred.getCell(HazardColumn.NAME.ordinal()))).isEqualTo(WorkbookStyles.TRANSFERRED_FILL);
            assertThat(fill((XSSFCell) transferred.getCell(HazardColumn.STATUS.ordinal()))).isEqualTo(WorkbookStyles.TRANSFERRED_FILL);
            Row open = rowOf(sheet, 1);
            assertThat(fill((XSSFCell) open.getCell(HazardColumn.NAME.ordinal()))).isNull();

            Hazard withDeployment = Reports.hazards().stream()
                    .filter(h -> h.controls().stream().anyMatch(c -> c.party() == ControlParty.DEPLOYMENT))
                    .findFirst().orElseThrow();
            ControlCategory category = withDeployment.controls().stream()
                    .filter(c -> c.party() == ControlParty.DEPLOYMENT).findFirst().orElseThrow().category();
            assertThat(fill((XSSFCell) rowOf(sheet, withDeployment.number())
                    .getCell(HazardColumn.forCategory(category).ordinal()))).isEqualTo(WorkbookStyles.DEPLOYMENT_FILL);
            XSSFSheet controls = wb.getSheet(HazardLogWorkbook.CONTROLS_SHEET);
            int deploying = 0;
            for (int r = 1; r <= controls.getLastRowNum(); r++) {
                XSSFCell party = controls.getRow(r).getCell(3);
                boolean deployment = party.getStringCellValue().equals("Deploying organisation");
                assertThat(fill(party)).isEqualTo(deployment ? WorkbookStyles.DEPLOYMENT_FILL : null);
                deploying += deployment ? 1 : 0;
            }
            assertThat(deploying).isPositive();
            assertThat(controls.getRow(0).getCell(HazardLogWorkbook.CONTROL_HEADERS.length + 1).getStringCellValue())
                    .isEqualTo(HazardLogWorkbook.DEPLOYMENT_LEGEND);
        }
    }

    @Test
    void anUnissuedWorkbookSaysDraftAboveTheHeaders() throws IOException {
        try (XSSFWorkbook wb = export(Reports.input())) {
            Row banner = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET).getRow(HazardSheet.BANNER_ROW);
            assertThat(banner.getCell(0).getStringCellValue()).isEqualTo("DRAFT, not issued");
            assertThat(banner.getCell(2).getStringCellValue())
                    .isEqualTo("Hazard log, WardView ePrescribing 3.2.0. " + Approval.DRAFT);
            assertThat(wb.getSheet(HazardLogWorkbook.HAZARD_SHEET).getMergedRegions()).extracting(a -> a.formatAsString())
                    .contains("A1:B1", "C1:F1");
        }
    }

    @Test
    void anIssuedWorkbookNamesItsVersionAndSignerAboveTheHeaders() throws IOException {
        Signature signature = new Signature("Dr A. Okafor", Role.CSO, Instant.parse("2026-11-30T09:15:00Z"),
                "I approve this hazard log");
        VersionSummary v1 = new VersionSummary(1, "First release", signature, 5, new ChainHead(7, "ab".repeat(32)),
                "cd".repeat(32));
        Approval approval = new Approval(1, "First release", signature, "cd".repeat(32), new ChainHead(7, "ab".repeat(32)),
                List.of(v1));
        ReportInput base = Reports.input();
        ReportInput issued = new ReportInput(base.hazards(), base.scheme(), base.project(), base.logName(), base.generatedAt(),
                new ReportVersion("Version 1 (issued)", true, List.of(), Optional.empty(), Optional.of(approval)));
        try (XSSFWorkbook wb = export(issued)) {
            Row banner = wb.getSheet(HazardLogWorkbook.HAZARD_SHEET).getRow(HazardSheet.BANNER_ROW);
            assertThat(banner.getCell(0).getStringCellValue()).isEqualTo("Version 1 (issued)");
            assertThat(banner.getCell(2).getStringCellValue()).startsWith("Hazard log, WardView ePrescribing 3.2.0. Version 1, issued: approved by Dr A. Okafor")
                    .contains("2026-11-30T09:15:00Z").doesNotContain("DRAFT");
        }
    }

    private XSSFWorkbook export(ReportInput input) throws IOException {
        Path file = Reports.write(folder.resolve("log-" + System.nanoTime() + ".xlsx"), new HazardLogWorkbook(), input);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The words of the drop-down list on {@code column}'s first data row, read from the named range it uses. */
    private static List<String> listAt(XSSFWorkbook wb, XSSFSheet sheet, int column) {
        int row = sheet == wb.getSheet(HazardLogWorkbook.HAZARD_SHEET) ? HazardSheet.FIRST_HAZARD_ROW : 1;
        XSSFDataValidation v = sheet.getDataValidations().stream()
                .filter(d -> d.getRegions().getCellRangeAddresses()[0].isInRange(row, column))
                .findFirst().orElseThrow(() -> new AssertionError("no list on column " + column));
        assertThat(v.getValidationConstraint().getValidationType())
                .isEqualTo(ValidationType.LIST);
        var name = wb.getName(v.getValidationConstraint().getFormula1());
        assertThat(name).as("the list's named range").isNotNull();
        AreaReference area = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
        List<String> values = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            values.add(wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return values;
    }

    private static void set(Row row, HazardColumn column, String value) {
        var old = row.getCell(column.ordinal());
        row.removeCell(old);
        row.createCell(column.ordinal()).setCellValue(value);
    }

    private static Row rowOf(XSSFSheet sheet, int hazardNumber) {
        for (int r = HazardSheet.FIRST_HAZARD_ROW; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(0).getNumericCellValue() == hazardNumber) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row for hazard " + hazardNumber);
    }

    private static String fill(XSSFCell cell) {
        var c = cell.getCellStyle().getFillForegroundColorColor();
        return c == null ? null : c.getARGBHex().substring(2);
    }
}
