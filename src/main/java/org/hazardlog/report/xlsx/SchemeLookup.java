package org.hazardlog.report.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ScaleLevel;
import org.hazardlog.report.RiskWords;

/**
 * The tables the Hazard Log and Controls sheets compute and validate with, beside the scheme on the
 * Scheme sheet (from column {@link #FIRST_COLUMN}): the risk level of every likelihood and severity,
 * and the words each drop-down list offers. Each is a defined name, so that a formula reads
 * {@code INDEX(RiskLevelTable, ...)} rather than a cell address that means nothing to a reader.
 */
final class SchemeLookup {

    static final String LEVEL_TABLE = "RiskLevelTable";
    static final String LIKELIHOOD_KEYS = "RiskLikelihoods";
    static final String SEVERITY_KEYS = "RiskSeverities";
    static final String LIKELIHOOD_LIST = "LikelihoodList";
    static final String SEVERITY_LIST = "SeverityList";
    static final String HAZARD_STATUS_LIST = "HazardStatusList";
    static final String CONTROL_CATEGORY_LIST = "ControlCategoryList";
    static final String CONTROL_PARTY_LIST = "ControlPartyList";
    static final String CONTROL_STATUS_LIST = "ControlStatusList";
    static final String TITLE = "Lookup tables";
    /** Column E: to the right of the scheme's definitions, which the Scheme sheet prints. */
    static final int FIRST_COLUMN = 4;

    private final Sheet sheet;
    private final RiskScheme scheme;
    private final WorkbookStyles styles;

    SchemeLookup(Sheet sheet, RiskScheme scheme, WorkbookStyles styles) {
        this.sheet = sheet;
        this.scheme = scheme;
        this.styles = styles;
    }

    /**
     * The risk level of a hazard row, written as a formula over the lookup table: an edit of the
     * likelihood or severity cell recomputes it. Anything not in the scheme (TBC, blank) gives TBC.
     */
    static String riskFormula(int excelRow, HazardColumn likelihood, HazardColumn severity) {
        String l = CellReference.convertNumToColString(likelihood.ordinal()) + excelRow;
        String s = CellReference.convertNumToColString(severity.ordinal()) + excelRow;
        return "IFERROR(INDEX(" + LEVEL_TABLE + ",MATCH(" + l + "," + LIKELIHOOD_KEYS + ",0),MATCH(" + s + ","
                + SEVERITY_KEYS + ",0)),\"" + RiskWords.UNSCORED + "\")";
    }

    /** Writes the tables in rows from 0 down; the Scheme sheet's own rows must be fetched with {@link #row}. */
    void write() {
        int col = FIRST_COLUMN;
        int severities = scheme.severities().size();
        sheet.setColumnWidth(col, 24 * 256);
        for (int i = 1; i <= Math.max(severities, 6); i++) {
            sheet.setColumnWidth(col + i, 22 * 256);
        }
        int r = 0;
        HazardLogWorkbook.cell(row(r++), col, TITLE, styles.title);
        HazardLogWorkbook.cell(row(r++), col, "The Hazard Log sheet's risk columns look levels up in this table, and its "
                + "drop-down lists offer the words below. Change the scheme in HazardLog, not here.", styles.label);
        HazardLogWorkbook.cell(row(r++), col, "Risk level of each cell", styles.title);
        int top = r;
        Row header = row(r++);
        HazardLogWorkbook.cell(header, col, "Likelihood \\ Severity", styles.header);
        for (ScaleLevel s : scheme.severities()) {
            HazardLogWorkbook.cell(header, col + s.number(), RiskWords.severity(scheme, s.number()), styles.header);
        }
        for (int l = scheme.likelihoods().size(); l >= 1; l--) {
            Row row = row(r++);
            HazardLogWorkbook.cell(row, col, RiskWords.likelihood(scheme, l), styles.header);
            for (int s = 1; s <= severities; s++) {
                RiskLevel level = scheme.riskLevel(l, s);
                HazardLogWorkbook.cell(row, col + s, level.label(), styles.risk(level.number()));
            }
        }
        name(LEVEL_TABLE, top + 1, r - 1, col + 1, col + severities);
        name(LIKELIHOOD_KEYS, top + 1, r - 1, col, col);
        name(SEVERITY_KEYS, top, top, col + 1, col + severities);
        r++;
        HazardLogWorkbook.cell(row(r++), col, "Drop-down lists", styles.title);
        List<List<String>> lists = List.of(
                withUnscored(scheme.likelihoods().size(), true),
                withUnscored(severities, false),
                Arrays.stream(HazardStatus.values()).map(HazardStatus::label).toList(),
                Arrays.stream(ControlCategory.values()).map(ControlCategory::label).toList(),
                Arrays.stream(ControlParty.values()).map(ControlParty::label).toList(),
                Arrays.stream(ControlStatus.values()).map(ControlStatus::label).toList());
        String[] titles = {"Likelihood", "Severity", "Hazard status", "Control category", "Control party", "Control status"};
        String[] names = {LIKELIHOOD_LIST, SEVERITY_LIST, HAZARD_STATUS_LIST, CONTROL_CATEGORY_LIST, CONTROL_PARTY_LIST,
                CONTROL_STATUS_LIST};
        Row listHeader = row(r++);
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < titles.length; i++) {
            HazardLogWorkbook.cell(listHeader, col + i, titles[i], styles.header);
        }
        for (int k = 0; k < longest; k++) {
            Row row = row(r + k);
            for (int i = 0; i < lists.size(); i++) {
                if (k < lists.get(i).size()) {
                    HazardLogWorkbook.cell(row, col + i, lists.get(i).get(k), styles.text);
                }
            }
        }
        for (int i = 0; i < names.length; i++) {
            name(names[i], r, r + lists.get(i).size() - 1, col + i, col + i);
        }
    }

    private List<String> withUnscored(int levels, boolean likelihood) {
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= levels; n++) {
            out.add(likelihood ? RiskWords.likelihood(scheme, n) : RiskWords.severity(scheme, n));
        }
        out.add(RiskWords.UNSCORED);
        return out;
    }

    /** The row, whether the Scheme sheet's statement or these tables made it first. */
    Row row(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private void name(String name, int firstRow, int lastRow, int firstCol, int lastCol) {
        Workbook wb = sheet.getWorkbook();
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(new AreaReference(new CellReference(sheet.getSheetName(), firstRow, firstCol, true, true),
                new CellReference(sheet.getSheetName(), lastRow, lastCol, true, true),
                wb.getSpreadsheetVersion()).formatAsString());
    }
}
