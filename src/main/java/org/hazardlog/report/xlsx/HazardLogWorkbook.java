package org.hazardlog.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.SpreadsheetVersion;
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
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.Exporter;
import org.hazardlog.report.ReportException;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.RiskWords;

/**
 * The Hazard Log workbook ({@code .xlsx}): the Hazard Log sheet with the implementation guidance's
 * columns, a Controls sheet with one row per control, a Risk Matrix sheet with hazard counts per
 * cell and level, and a Scheme sheet stating the risk scheme the log is scored under.
 */
public final class HazardLogWorkbook implements Exporter {

    public static final String HAZARD_SHEET = "Hazard Log";
    public static final String CONTROLS_SHEET = "Controls";
    public static final String MATRIX_SHEET = "Risk Matrix";
    public static final String SCHEME_SHEET = "Scheme";
    static final String[] CONTROL_HEADERS = {"Hazard No.", "Hazard name", "Category", "Party", "Control", "Status", "Owner", "Evidence"};
    private static final int[] CONTROL_WIDTHS = {10, 30, 14, 18, 50, 20, 18, 30};
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        // Streaming: rows go to disk as they are made instead of living as XML objects, which is
        // what keeps a 1,000-hazard workbook fast. Styles still come from the underlying workbook.
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook wb = new SXSSFWorkbook(base, 200, false, false);
        try {
            WorkbookStyles styles = new WorkbookStyles(base, input.scheme());
            hazardSheet(wb.createSheet(HAZARD_SHEET), input, styles);
            controlsSheet(wb.createSheet(CONTROLS_SHEET), input, styles);
            new RiskMatrixSheet(wb.createSheet(MATRIX_SHEET), input, styles).write();
            new SchemeSheet(wb.createSheet(SCHEME_SHEET), input, styles).write();
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

    private void hazardSheet(Sheet sheet, ReportInput input, WorkbookStyles styles) {
        HazardColumn[] columns = HazardColumn.values();
        Row header = sheet.createRow(0);
        header.setHeightInPoints(33);
        for (HazardColumn c : columns) {
            cell(header, c.ordinal(), c.header(), styles.header);
            sheet.setColumnWidth(c.ordinal(), c.width() * 256);
        }
        RiskScheme scheme = input.scheme();
        int r = 1;
        for (Hazard h : input.hazards()) {
            Row row = sheet.createRow(r++);
            RowHeight height = new RowHeight();
            for (HazardColumn c : columns) {
                String value = value(h, c, scheme);
                height.fit(value, c.width());
                if (value.length() > MAX_CELL) {
                    throw new ReportException("Hazard " + h.number() + " \"" + h.name() + "\": its " + c.header().toLowerCase()
                            + " is " + value.length() + " characters long, and an Excel cell holds at most " + MAX_CELL
                            + ". Shorten it, or issue the log as PDF.");
                }
                cell(row, c.ordinal(), value, style(h, c, scheme, styles));
            }
            row.getCell(HazardColumn.NUMBER.ordinal()).setCellValue(h.number());
            row.setHeightInPoints(height.points());
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, columns.length - 1));
        printSetup(sheet, input, 1);
        // On paper, the guidance's columns only (up to Status), on A3: all 28 columns on one page are unreadable.
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, HazardColumn.STATUS.ordinal(), 0, Math.max(r - 1, 1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A3_PAPERSIZE);
    }

    private static CellStyle style(Hazard h, HazardColumn c, RiskScheme scheme, WorkbookStyles styles) {
        return switch (c) {
            case INITIAL_RISK -> styles.risk(scheme.riskLevel(h.initial()).map(RiskLevel::number).orElse(0));
            case RESIDUAL_RISK -> styles.risk(scheme.riskLevel(h.residual()).map(RiskLevel::number).orElse(0));
            case NUMBER, INITIAL_SEVERITY, INITIAL_LIKELIHOOD, RESIDUAL_SEVERITY, RESIDUAL_LIKELIHOOD, STATUS -> styles.centred;
            default -> styles.text;
        };
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
                row.createCell(0).setCellValue(h.number());
                row.getCell(0).setCellStyle(styles.centred);
                cell(row, 1, h.name(), styles.text);
                cell(row, 2, c.category().label(), styles.text);
                cell(row, 3, c.party().label(), styles.text);
                cell(row, 4, c.text(), styles.text);
                cell(row, 5, c.status().label(), styles.text);
                cell(row, 6, c.owner(), styles.text);
                cell(row, 7, c.evidence(), styles.text);
                RowHeight height = new RowHeight();
                for (int i = 1; i < CONTROL_HEADERS.length; i++) {
                    height.fit(row.getCell(i).getStringCellValue(), CONTROL_WIDTHS[i]);
                }
                row.setHeightInPoints(height.points());
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, CONTROL_HEADERS.length - 1));
        printSetup(sheet, input, 1);
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
                : "DRAFT, not issued");
    }
}
