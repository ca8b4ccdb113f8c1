package org.hazardlog.report.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ScaleLevel;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.RiskTally;

/**
 * Hazard counts per cell of the risk matrix, initial and residual, each cell coloured by the level
 * the scheme gives it; then the counts per risk level. Likelihood runs from the highest at the top,
 * as risk matrices are usually drawn.
 */
final class RiskMatrixSheet {

    static final String INITIAL_TITLE = "Initial risk: hazards per cell";
    static final String RESIDUAL_TITLE = "Residual risk: hazards per cell";
    static final String LEVELS_TITLE = "Hazards per risk level";

    private final Sheet sheet;
    private final ReportInput input;
    private final WorkbookStyles styles;
    private final RiskScheme scheme;
    private int r;

    RiskMatrixSheet(Sheet sheet, ReportInput input, WorkbookStyles styles) {
        this.sheet = sheet;
        this.input = input;
        this.styles = styles;
        this.scheme = input.scheme();
    }

    void write() {
        RiskTally tally = input.tally();
        sheet.setColumnWidth(0, 26 * 256);
        for (int s = 1; s <= scheme.severities().size(); s++) {
            sheet.setColumnWidth(s, 16 * 256);
        }
        levelGrid();
        r++;
        grid(INITIAL_TITLE, tally.initial());
        r++;
        grid(RESIDUAL_TITLE, tally.residual());
        r++;
        levels(tally);
        HazardLogWorkbook.printSetup(sheet, input, 0);
    }

    /** The scheme's lookup table itself: which level each cell gives. */
    private void levelGrid() {
        HazardLogWorkbook.cell(sheet.createRow(r++), 0, "Risk level of each cell (" + scheme.name() + ")", styles.title);
        gridHeader();
        for (int l = scheme.likelihoods().size(); l >= 1; l--) {
            Row row = sheet.createRow(r++);
            HazardLogWorkbook.cell(row, 0, l + " - " + scheme.likelihood(l).name(), styles.header);
            for (int s = 1; s <= scheme.severities().size(); s++) {
                RiskLevel level = scheme.riskLevel(l, s);
                HazardLogWorkbook.cell(row, s, level.label(), styles.risk(level.number()));
            }
        }
    }

    private void gridHeader() {
        Row header = sheet.createRow(r++);
        HazardLogWorkbook.cell(header, 0, "Likelihood \\ Severity", styles.header);
        for (ScaleLevel s : scheme.severities()) {
            HazardLogWorkbook.cell(header, s.number(), s.number() + " - " + s.name(), styles.header);
        }
    }

    private void grid(String title, RiskTally.Counts counts) {
        HazardLogWorkbook.cell(sheet.createRow(r++), 0, title, styles.title);
        gridHeader();
        for (int l = scheme.likelihoods().size(); l >= 1; l--) {
            Row row = sheet.createRow(r++);
            ScaleLevel likelihood = scheme.likelihood(l);
            HazardLogWorkbook.cell(row, 0, l + " - " + likelihood.name(), styles.header);
            for (int s = 1; s <= scheme.severities().size(); s++) {
                var c = row.createCell(s);
                c.setCellValue(counts.inCell(l, s));
                c.setCellStyle(styles.risk(scheme.riskLevel(l, s).number()));
            }
        }
        Row tbc = sheet.createRow(r++);
        HazardLogWorkbook.cell(tbc, 0, "Not fully scored (TBC)", styles.label);
        tbc.createCell(1).setCellValue(counts.unscored());
        tbc.getCell(1).setCellStyle(styles.unscored);
    }

    private void levels(RiskTally tally) {
        HazardLogWorkbook.cell(sheet.createRow(r++), 0, LEVELS_TITLE, styles.title);
        Row header = sheet.createRow(r++);
        HazardLogWorkbook.cell(header, 0, "Risk level", styles.header);
        HazardLogWorkbook.cell(header, 1, "Initial", styles.header);
        HazardLogWorkbook.cell(header, 2, "Residual", styles.header);
        HazardLogWorkbook.cell(header, 3, "Acceptability", styles.header);
        sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 3, 5));
        for (int i = scheme.riskLevels().size(); i >= 1; i--) {
            RiskLevel level = scheme.riskLevel(i);
            Row row = sheet.createRow(r++);
            HazardLogWorkbook.cell(row, 0, level.label(), styles.risk(i));
            row.createCell(1).setCellValue(tally.initial().atLevel(i));
            row.getCell(1).setCellStyle(styles.centred);
            row.createCell(2).setCellValue(tally.residual().atLevel(i));
            row.getCell(2).setCellStyle(styles.centred);
            HazardLogWorkbook.cell(row, 3, level.acceptability(), styles.text);
            sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 3, 5));
            row.setHeightInPoints(level.acceptability().length() > 60 ? 45 : 15);
        }
        Row tbc = sheet.createRow(r++);
        HazardLogWorkbook.cell(tbc, 0, "TBC (not fully scored)", styles.unscored);
        tbc.createCell(1).setCellValue(tally.initial().unscored());
        tbc.getCell(1).setCellStyle(styles.centred);
        tbc.createCell(2).setCellValue(tally.residual().unscored());
        tbc.getCell(2).setCellStyle(styles.centred);
    }
}
