package org.hazardlog.report.xlsx;

import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ScaleLevel;
import org.hazardlog.domain.version.Approval;
import org.hazardlog.domain.version.VersionSummary;
import org.hazardlog.report.ReportInput;

/**
 * States what the log is and the risk scheme it is scored under: DCB0129 leaves the criteria to
 * each organisation, so every export says which ones were used.
 */
final class SchemeSheet {

    static final String SCHEME_LABEL = "Risk scheme";
    private static final int DEFINITION_WIDTH = 90;

    private final Sheet sheet;
    private final SchemeLookup lookup;
    private final ReportInput input;
    private final WorkbookStyles styles;
    private int r;

    SchemeSheet(Sheet sheet, SchemeLookup lookup, ReportInput input, WorkbookStyles styles) {
        this.sheet = sheet;
        this.lookup = lookup;
        this.input = input;
        this.styles = styles;
    }

    void write() {
        RiskScheme scheme = input.scheme();
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(2, DEFINITION_WIDTH * 256);
        HazardLogWorkbook.cell(lookup.row(r++), 0, "Hazard log", styles.title);
        pair("Product", input.project().product());
        pair("Product version", input.project().version());
        pair("Manufacturer", input.project().manufacturer());
        pair("Clinical Safety Officer", input.project().cso());
        pair("Log file", input.logName());
        pair("Generated", input.generatedAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm")));
        pair("Version", input.version().label());
        approval();
        r++;
        pair(SCHEME_LABEL, scheme.name());
        pair("Source", scheme.source());
        r++;
        scale("Likelihood", scheme.likelihoods());
        r++;
        scale("Severity", scheme.severities());
        r++;
        HazardLogWorkbook.cell(lookup.row(r++), 0, "Risk levels", styles.title);
        header("Level", "Name", "Acceptability");
        for (RiskLevel level : scheme.riskLevels()) {
            Row row = lookup.row(r++);
            HazardLogWorkbook.cell(row, 0, String.valueOf(level.number()), styles.risk(level.number()));
            HazardLogWorkbook.cell(row, 1, level.name(), styles.text);
            HazardLogWorkbook.cell(row, 2, level.acceptability(), styles.text);
            fitHeight(row, level.acceptability());
        }
        HazardLogWorkbook.cell(lookup.row(r++), 0, "The risk level of each likelihood and severity is on the "
                + HazardLogWorkbook.MATRIX_SHEET + " sheet.", styles.label);
        HazardLogWorkbook.printSetup(sheet, input, 0);
        sheet.getPrintSetup().setLandscape(false);
        // The statement only: the lookup tables beside it serve the formulas and lists of the other sheets.
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, 2, 0, r - 1);
    }

    /** The approval of an issued version, with its revision history; otherwise a DRAFT notice. */
    private void approval() {
        if (input.version().approval().isEmpty()) {
            HazardLogWorkbook.cell(lookup.row(r++), 0, Approval.DRAFT, styles.title);
            return;
        }
        Approval a = input.version().approval().get();
        r++;
        HazardLogWorkbook.cell(lookup.row(r++), 0, "Approval", styles.title);
        pair("Version", String.valueOf(a.version()));
        pair("Version summary", a.summary());
        pair("Signed by", a.signature().name());
        pair("Role", a.roleTitle());
        pair("Signed at (UTC)", a.signature().time().toString());
        pair("Meaning of the signature", a.meaning());
        pair("Content hash (SHA-256)", a.contentHash());
        pair("Audit anchor", a.anchor().toString());
        pair("How to recompute the hash", Approval.HOW_TO_VERIFY);
        r++;
        HazardLogWorkbook.cell(lookup.row(r++), 0, "Revision history", styles.title);
        header("Version", "Signed at (UTC)", "Signed by, summary, content hash");
        for (VersionSummary v : a.history()) {
            Row row = lookup.row(r++);
            HazardLogWorkbook.cell(row, 0, String.valueOf(v.number()), styles.centred);
            HazardLogWorkbook.cell(row, 1, v.signature().time().toString(), styles.text);
            String entry = v.signature().name() + " (" + Approval.roleTitle(v.signature().role()) + "): "
                    + v.summary() + "; SHA-256 " + v.contentHash();
            HazardLogWorkbook.cell(row, 2, entry, styles.text);
            fitHeight(row, entry);
        }
    }

    private void pair(String label, String value) {
        Row row = lookup.row(r++);
        HazardLogWorkbook.cell(row, 0, label, styles.label);
        row.createCell(1).setCellValue(value.isEmpty() ? "(not set)" : value);
    }

    private void scale(String title, java.util.List<ScaleLevel> levels) {
        HazardLogWorkbook.cell(lookup.row(r++), 0, title, styles.title);
        header("Level", "Name", "Definition");
        for (ScaleLevel l : levels) {
            Row row = lookup.row(r++);
            HazardLogWorkbook.cell(row, 0, String.valueOf(l.number()), styles.centred);
            HazardLogWorkbook.cell(row, 1, l.name(), styles.text);
            HazardLogWorkbook.cell(row, 2, l.definition(), styles.text);
            fitHeight(row, l.definition());
        }
    }

    /** Wrapped definitions would otherwise overlap the next row when printed. */
    private static void fitHeight(Row row, String definition) {
        RowHeight height = new RowHeight();
        height.fit(definition, DEFINITION_WIDTH);
        row.setHeightInPoints(height.points());
    }

    private void header(String... titles) {
        Row row = lookup.row(r++);
        for (int i = 0; i < titles.length; i++) {
            HazardLogWorkbook.cell(row, i, titles[i], styles.header);
        }
    }
}
