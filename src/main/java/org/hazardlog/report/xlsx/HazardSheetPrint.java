package org.hazardlog.report.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.hazardlog.report.ReportInput;

/**
 * The Hazard Log sheet on paper: the guidance's columns (up to Status) on A4 landscape at a fixed
 * 75 %, about 8 pt text. Squeezing those 19 columns onto one page width would print them at about
 * 3 pt; instead each band of hazards takes a few pages side by side, printed in that order, each
 * page repeating the banner, the headers and the hazard's number and name.
 */
final class HazardSheetPrint {

    static final short SCALE = 75;
    /** Inches; narrow sides so that more of a row fits a page. */
    static final double SIDE_MARGIN = 0.4;
    static final double END_MARGIN = 0.6;
    /** Columns (in characters of width) that fit across a page at {@link #SCALE}: Letter, the narrower paper. */
    static final int PAGE_WIDTH_CHARS = 180;
    static final HazardColumn LAST_PRINTED = HazardColumn.STATUS;
    static final HazardColumn LAST_REPEATED = HazardColumn.NAME;

    private HazardSheetPrint() {
    }

    static void apply(Sheet sheet, ReportInput input, int lastRow) {
        HazardLogWorkbook.printSetup(sheet, input, HazardSheet.FIRST_HAZARD_ROW);
        sheet.setFitToPage(false);
        PrintSetup print = sheet.getPrintSetup();
        print.setScale(SCALE);
        print.setLeftToRight(true); // the pages of one band of hazards one after another
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, END_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, LAST_REPEATED.ordinal()));
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, LAST_PRINTED.ordinal(), 0, lastRow);
        for (int column : pageBreaks()) {
            sheet.setColumnBreak(column);
        }
    }

    /**
     * The columns after which a new page starts: as many whole columns as fit beside the repeated
     * number and name, so that no column is cut between pages.
     */
    static int[] pageBreaks() {
        int repeated = 0;
        for (int c = 0; c <= LAST_REPEATED.ordinal(); c++) {
            repeated += HazardColumn.values()[c].width();
        }
        java.util.List<Integer> breaks = new java.util.ArrayList<>();
        int used = repeated;
        for (int c = LAST_REPEATED.ordinal() + 1; c <= LAST_PRINTED.ordinal(); c++) {
            int w = HazardColumn.values()[c].width();
            if (used + w > PAGE_WIDTH_CHARS) {
                breaks.add(c - 1);
                used = repeated;
            }
            used += w;
        }
        return breaks.stream().mapToInt(Integer::intValue).toArray();
    }
}
