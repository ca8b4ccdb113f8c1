package org.hazardlog.report.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.version.Approval;
import org.hazardlog.report.ReportException;
import org.hazardlog.report.ReportInput;

/**
 * The Hazard Log sheet: a banner saying which version this is (or DRAFT) with the legend of its
 * shading, the column groups, the column headers, then one row per hazard. Scores are drop-down
 * lists of the scheme's words and the risk levels are formulas over the Scheme sheet, so a score
 * edited in Excel or LibreOffice gives the right level and colour.
 */
final class HazardSheet {

    static final int BANNER_ROW = 0;
    static final int GROUP_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_HAZARD_ROW = 3;
    /** Rows below the last hazard that still get the drop-down lists, for hazards added in Excel. */
    static final int SPARE_ROWS = 100;
    static final String DRAFT_MARK = "DRAFT, not issued";
    static final String TRANSFERRED_LEGEND = "Shaded row: hazard transferred to the deploying organisation";
    static final String DEPLOYMENT_LEGEND = "Shaded control cell: holds controls for the deploying organisation";
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Sheet sheet;
    private final ReportInput input;
    private final WorkbookStyles styles;
    private final RiskScheme scheme;

    HazardSheet(Sheet sheet, ReportInput input, WorkbookStyles styles) {
        this.sheet = sheet;
        this.input = input;
        this.styles = styles;
        this.scheme = input.scheme();
    }

    void write() {
        banner();
        groups();
        headers();
        int r = FIRST_HAZARD_ROW;
        for (Hazard h : input.hazards()) {
            hazardRow(sheet.createRow(r++), h);
        }
        int last = Math.max(r - 1, FIRST_HAZARD_ROW);
        sheet.createFreezePane(2, FIRST_HAZARD_ROW);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, HazardColumn.values().length - 1));
        new HazardSheetRules(sheet, scheme).apply(FIRST_HAZARD_ROW, last, last + SPARE_ROWS);
        HazardSheetPrint.apply(sheet, input, last);
    }

    /**
     * Above the groups: whether this copy is issued, in the repeated columns so that every printed
     * page says it; beside it, what the log is and who approved it (or that no one has).
     */
    private void banner() {
        Row row = sheet.createRow(BANNER_ROW);
        row.setHeightInPoints(36);
        boolean issued = input.version().approval().isPresent();
        CellStyle style = issued ? styles.banner : styles.draftBanner;
        merged(row, 0, HazardSheetPrint.LAST_REPEATED.ordinal(), issued ? input.version().label() : DRAFT_MARK, style);
        merged(row, HazardSheetPrint.LAST_REPEATED.ordinal() + 1, HazardColumn.EXISTING_CONTROLS.ordinal(), bannerText(), style);
        HazardLogWorkbook.cell(row, HazardColumn.DESIGN_CONTROLS.ordinal(), TRANSFERRED_LEGEND, styles.transferredText);
        HazardLogWorkbook.cell(row, HazardColumn.TEST_CONTROLS.ordinal(), DEPLOYMENT_LEGEND, styles.deploymentText);
    }

    private void merged(Row row, int first, int last, String text, CellStyle style) {
        for (int c = first; c <= last; c++) {
            HazardLogWorkbook.cell(row, c, c == first ? text : "", style);
        }
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
    }

    /** What a reader of a printed page most needs to know first: is this an approved version. */
    private String bannerText() {
        String product = (input.project().product() + " " + input.project().version()).strip();
        String log = "Hazard log" + (product.isEmpty() ? "" : ", " + product);
        if (input.version().approval().isEmpty()) {
            return log + ". " + Approval.DRAFT;
        }
        Approval a = input.version().approval().get();
        return log + ". Version " + a.version() + ", issued: approved by " + a.signature().name() + " ("
                + a.roleTitle() + ") on " + a.signature().time() + ". The approval is on the "
                + HazardLogWorkbook.SCHEME_SHEET + " sheet.";
    }

    private void groups() {
        Row row = sheet.createRow(GROUP_ROW);
        row.setHeightInPoints(20);
        for (ColumnGroup g : ColumnGroup.values()) {
            CellStyle style = g.first() == HazardColumn.NUMBER ? styles.groupHeaderLeft : styles.groupHeader;
            for (int c = g.first().ordinal(); c <= g.last().ordinal(); c++) {
                HazardLogWorkbook.cell(row, c, c == g.first().ordinal() ? g.title() : "", style);
            }
            if (g.last().ordinal() > g.first().ordinal()) {
                sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, g.first().ordinal(), g.last().ordinal()));
            }
        }
    }

    private void headers() {
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(33);
        for (HazardColumn c : HazardColumn.values()) {
            HazardLogWorkbook.cell(header, c.ordinal(), c.header(), styles.header);
            sheet.setColumnWidth(c.ordinal(), c.width() * 256);
        }
    }

    private void hazardRow(Row row, Hazard h) {
        RowHeight height = new RowHeight();
        for (HazardColumn c : HazardColumn.values()) {
            String value = HazardLogWorkbook.value(h, c, scheme);
            if (value.length() > MAX_CELL) {
                throw new ReportException("Hazard " + h.number() + " \"" + h.name() + "\": its " + c.header().toLowerCase()
                        + " is " + value.length() + " characters long, and an Excel cell holds at most " + MAX_CELL
                        + ". Shorten it, or issue the log as PDF.");
            }
            height.fit(value, c.width());
            Cell cell = row.createCell(c.ordinal());
            cell.setCellStyle(style(h, c));
            if (c == HazardColumn.INITIAL_RISK || c == HazardColumn.RESIDUAL_RISK) {
                boolean initial = c == HazardColumn.INITIAL_RISK;
                cell.setCellFormula(SchemeLookup.riskFormula(row.getRowNum() + 1,
                        initial ? HazardColumn.INITIAL_LIKELIHOOD : HazardColumn.RESIDUAL_LIKELIHOOD,
                        initial ? HazardColumn.INITIAL_SEVERITY : HazardColumn.RESIDUAL_SEVERITY));
                // The level as computed here, kept as the formula's last result: a reader that does
                // not calculate (a viewer, a script, POI) still sees the right level.
                cell.setCellValue(value);
            } else if (c == HazardColumn.NUMBER && h.number() != null) {
                cell.setCellValue(h.number());
            } else {
                cell.setCellValue(value);
            }
        }
        row.setHeightInPoints(height.points());
    }

    private CellStyle style(Hazard h, HazardColumn c) {
        boolean transferred = h.status() == HazardStatus.TRANSFERRED;
        return switch (c) {
            case INITIAL_RISK -> styles.risk(scheme.riskLevel(h.initial()).map(RiskLevel::number).orElse(0));
            case RESIDUAL_RISK -> styles.risk(scheme.riskLevel(h.residual()).map(RiskLevel::number).orElse(0));
            case NUMBER, INITIAL_SEVERITY, INITIAL_LIKELIHOOD, RESIDUAL_SEVERITY, RESIDUAL_LIKELIHOOD, STATUS ->
                    transferred ? styles.transferredCentred : styles.centred;
            case DESIGN_CONTROLS, TEST_CONTROLS, TRAINING_CONTROLS, BUSINESS_PROCESS_CONTROLS, UNASSIGNED_CONTROLS ->
                    hasDeploymentControl(h, c) ? styles.deploymentText : transferred ? styles.transferredText : styles.text;
            default -> transferred ? styles.transferredText : styles.text;
        };
    }

    private static boolean hasDeploymentControl(Hazard h, HazardColumn column) {
        return h.controls().stream().anyMatch(k -> k.party() == ControlParty.DEPLOYMENT
                && HazardColumn.forCategory(k.category()) == column);
    }
}
