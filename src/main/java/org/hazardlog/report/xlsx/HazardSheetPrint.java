package org.hazardlog.report.xlsx;

import java.util.ArrayList;
import java.util.List;

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
    /**
     * Column width (in characters) that fits across A4 landscape at {@link #SCALE} between the
     * margins, with a little to spare: about 188 as LibreOffice lays Calibri out.
     */
    static final int PAGE_WIDTH_CHARS = 184;
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
     * The columns after which a new page starts: as many whole column groups as fit beside the
     * repeated number and name, so that a group's heading is never cut; a group too wide for a
     * page on its own is split between whole columns.
     */
    static int[] pageBreaks() {
        int room = PAGE_WIDTH_CHARS;
        for (int c = 0; c <= LAST_REPEATED.ordinal(); c++) {
            room -= HazardColumn.values()[c].width();
        }
        List<Integer> breaks = new ArrayList<>();
        int used = 0;
        int first = LAST_REPEATED.ordinal() + 1;
        for (ColumnGroup g : ColumnGroup.values()) {
            if (g.first().ordinal() > LAST_PRINTED.ordinal()) {
                break;
            }
            int start = Math.max(g.first().ordinal(), first);
            int end = Math.min(g.last().ordinal(), LAST_PRINTED.ordinal());
            int width = 0;
            for (int c = start; c <= end; c++) {
                width += HazardColumn.values()[c].width();
            }
            if (used > 0 && used + width > room) {
                breaks.add(start - 1);
                used = 0;
            }
            if (width <= room) {
                used += width;
                continue;
            }
            for (int c = start; c <= end; c++) {
                int w = HazardColumn.values()[c].width();
                if (used > 0 && used + w > room) {
                    breaks.add(c - 1);
                    used = 0;
                }
                used += w;
            }
        }
        return breaks.stream().mapToInt(Integer::intValue).toArray();
    }
}
