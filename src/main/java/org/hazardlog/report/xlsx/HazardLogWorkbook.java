package org.hazardlog.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.Exporter;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.RiskWords;

/**
 * The Hazard Log workbook ({@code .xlsx}): the Hazard Log sheet with the implementation guidance's
 * columns, a Controls sheet with one row per control, a Risk Matrix sheet with hazard counts per
 * cell and level, and a Scheme sheet stating the risk scheme the log is scored under, beside the
 * lookup tables that the other sheets' risk formulas and drop-down lists read.
 */
public final class HazardLogWorkbook implements Exporter {

    public static final String HAZARD_SHEET = "Hazard Log";
    public static final String CONTROLS_SHEET = "Controls";
    public static final String MATRIX_SHEET = "Risk Matrix";
    public static final String SCHEME_SHEET = "Scheme";
    static final String[] CONTROL_HEADERS = {"Hazard No.", "Hazard name", "Category", "Party", "Control", "Status", "Owner", "Evidence"};
    private static final int[] CONTROL_WIDTHS = {10, 30, 14, 18, 50, 20, 18, 30};
    static final String DEPLOYMENT_LEGEND = "Shaded row: a control for the deploying organisation";
    /** Beside the headers, one column apart, so that it is neither a column nor in the filter. */
    private static final int CONTROL_LEGEND_COLUMN = CONTROL_HEADERS.length + 1;

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        // Streaming: rows go to disk as they are made instead of living as XML objects, which is
        // what keeps a 1,000-hazard workbook fast. Styles still come from the underlying workbook.
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook wb = new SXSSFWorkbook(base, 200, false, false);
        try {
            WorkbookStyles styles = new WorkbookStyles(base, input.scheme());
            Sheet hazards = wb.createSheet(HAZARD_SHEET);
            Sheet controls = wb.createSheet(CONTROLS_SHEET);
            Sheet matrix = wb.createSheet(MATRIX_SHEET);
            Sheet scheme = wb.createSheet(SCHEME_SHEET);
            // The lookup tables first: the other sheets' formulas and lists name them.
            SchemeLookup lookup = new SchemeLookup(scheme, input.scheme(), styles);
            lookup.write();
            new HazardSheet(hazards, input, styles).write();
            controlsSheet(controls, input, styles);
            new RiskMatrixSheet(matrix, input, styles).write();
            new SchemeSheet(scheme, lookup, input, styles).write();
            var props = base.getProperties().getCoreProperties();
            props.setTitle("Hazard log" + productSuffix(input));
            props.setCreator(input.project().author().isEmpty() ? "HazardLog" : input.project().author());
            props.setDescription("Risk scheme: " + input.scheme().name());
            wb.write(out);
        } finally {
            wb.close(); // also deletes the streaming workbook's temporary files
        }
    }

    private static String productSuffix(ReportInput input) {
        String p = (input.project().product() + " " + input.project().version()).strip();
        return p.isEmpty() ? "" : ": " + p;
    }

    static String value(Hazard h, HazardColumn c, RiskScheme scheme) {
        Assessment i = h.initial();
        Assessment r = h.residual();
        return switch (c) {
            case NUMBER -> String.valueOf(h.number());
            case NAME -> h.name();
            case DESCRIPTION -> h.description();
            case HARM -> h.harm();
            case CAUSES -> CellText.lines(h.causes());
            case EXISTING_CONTROLS -> h.existingControls();
            case INITIAL_SEVERITY -> RiskWords.severity(scheme, i.severity());
            case INITIAL_LIKELIHOOD -> RiskWords.likelihood(scheme, i.likelihood());
            case INITIAL_RISK -> RiskWords.risk(scheme, i);
            case DESIGN_CONTROLS -> CellText.controls(h.controls(), ControlCategory.DESIGN);
            case TEST_CONTROLS -> CellText.controls(h.controls(), ControlCategory.TEST);
            case TRAINING_CONTROLS -> CellText.controls(h.controls(), ControlCategory.TRAINING);
            case BUSINESS_PROCESS_CONTROLS -> CellText.controls(h.controls(), ControlCategory.BUSINESS_PROCESS);
            case UNASSIGNED_CONTROLS -> CellText.controls(h.controls(), ControlCategory.UNASSIGNED);
            case RESIDUAL_SEVERITY -> RiskWords.severity(scheme, r.severity());
            case RESIDUAL_LIKELIHOOD -> RiskWords.likelihood(scheme, r.likelihood());
            case RESIDUAL_RISK -> RiskWords.risk(scheme, r);
            case ACTION_SUMMARY -> h.actionSummary();
            case OWNER -> h.assignment();
            case STATUS -> h.status().label();
            case STATUS_WORDING -> h.statusText();
            case EFFECT -> h.effect();
            case HAZARD -> h.hazard();
            case HAZARD_TYPES -> CellText.lines(h.hazardTypes());
            case RESIDUAL_ASSESSMENT -> h.residualAssessment();
            case PROJECT -> h.project();
            case LABELLING -> h.labelling();
            case UTILITY_LABELS -> h.utilityLabels().stream().sorted().map(UtilityLabel::label)
                    .collect(Collectors.joining("\n"));
            case CODE -> h.codeLocations().stream().map(CellText::code).collect(Collectors.joining("\n"));
        };
    }

    private void controlsSheet(Sheet sheet, ReportInput input, WorkbookStyles styles) {
        List<Hazard> hazards = input.hazards();
        Row header = sheet.createRow(0);
        for (int i = 0; i < CONTROL_HEADERS.length; i++) {
            cell(header, i, CONTROL_HEADERS[i], styles.header);
            sheet.setColumnWidth(i, CONTROL_WIDTHS[i] * 256);
        }
        int r = 1;
        for (Hazard h : hazards) {
            for (Control c : h.controls()) {
                Row row = sheet.createRow(r++);
                CellStyle text = c.party() == ControlParty.DEPLOYMENT ? styles.deploymentText : styles.text;
                row.createCell(0).setCellValue(h.number());
                row.getCell(0).setCellStyle(styles.centred);
                cell(row, 1, h.name(), text);
                cell(row, 2, c.category().label(), text);
                cell(row, 3, c.party().label(), text);
                cell(row, 4, c.text(), text);
                cell(row, 5, c.status().label(), text);
                cell(row, 6, c.owner(), text);
                cell(row, 7, c.evidence(), text);
                RowHeight height = new RowHeight();
                for (int i = 1; i < CONTROL_HEADERS.length; i++) {
                    height.fit(row.getCell(i).getStringCellValue(), CONTROL_WIDTHS[i]);
                }
                row.setHeightInPoints(height.points());
            }
        }
        cell(header, CONTROL_LEGEND_COLUMN, DEPLOYMENT_LEGEND, styles.deploymentText);
        sheet.setColumnWidth(CONTROL_LEGEND_COLUMN, 30 * 256);
        int last = Math.max(r - 1, 1);
        HazardSheetRules.list(sheet, 2, SchemeLookup.CONTROL_CATEGORY_LIST, "control category", 1, last + HazardSheet.SPARE_ROWS);
        HazardSheetRules.list(sheet, 3, SchemeLookup.CONTROL_PARTY_LIST, "control party", 1, last + HazardSheet.SPARE_ROWS);
        HazardSheetRules.list(sheet, 5, SchemeLookup.CONTROL_STATUS_LIST, "control status", 1, last + HazardSheet.SPARE_ROWS);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, CONTROL_HEADERS.length - 1));
        printSetup(sheet, input, 1);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, CONTROL_HEADERS.length - 1, 0, last);
    }


    static Cell cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    /** Printed on A4 landscape, one page wide, the header row repeated, product and page number in the margins. */
    static void printSetup(Sheet sheet, ReportInput input, int repeatRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        if (repeatRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, repeatRows - 1, -1, -1));
        }
        sheet.getHeader().setLeft(("Hazard log " + input.project().product() + " " + input.project().version()).strip());
        sheet.getHeader().setRight("Risk scheme: " + input.scheme().name());
        sheet.getFooter().setCenter("Page &P of &N");
        sheet.getFooter().setLeft(input.version().approval().isPresent() ? input.version().label()
                : HazardSheet.DRAFT_MARK);
    }
}
