package org.hazardlog.report.xlsx;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The header of a hazard table as Excel shows it, merged cells included: a merged cell's text
 * belongs to its first column. Templates often put a merged "Initial risk" cell above Severity and
 * Likelihood; that group is read into the titles below it ("Initial Severity"), so the columns are
 * known by their meaning, not by their order. A header cell merged down over two rows, or groups
 * with their headings on the row below, make a header of two rows; the table starts under it.
 */
final class HeaderCells {

    /** The last row of the header (0-based): the table starts below it. */
    final int lastRow;
    /** Each header's title, by column. */
    final SortedMap<Integer, String> titles;
    /** Columns under a header merged across several columns, other than its first: "D" to "Description (C3:D3)". */
    final Map<Integer, String> spread;

    private HeaderCells(int lastRow, SortedMap<Integer, String> titles, Map<Integer, String> spread) {
        this.lastRow = lastRow;
        this.titles = Collections.unmodifiableSortedMap(titles);
        this.spread = Collections.unmodifiableMap(spread);
    }

    /** The header whose "Name" column is on {@code nameRow}. */
    static HeaderCells of(Sheet sheet, int nameRow) {
        int last = lastRowOf(sheet, nameRow);
        SortedMap<Integer, String> titles = new TreeMap<>();
        Map<Integer, String> spread = new TreeMap<>();
        Row bottom = sheet.getRow(last);
        int width = Math.max(widthOf(sheet.getRow(nameRow)), widthOf(bottom));
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            // A merged cell reaches past the last cell POI stores for its row.
            if (m.getFirstRow() <= last && m.getLastRow() >= nameRow) {
                width = Math.max(width, m.getLastColumn() + 1);
            }
        }
        for (int c = 0; c < width; c++) {
            Optional<CellRangeAddress> merged = regionAt(sheet, last, c);
            String title;
            if (merged.isPresent()) {
                CellRangeAddress m = merged.get();
                title = textAt(sheet, m.getFirstRow(), m.getFirstColumn()).strip();
                if (c != m.getFirstColumn()) {
                    if (!title.isEmpty()) {
                        spread.put(c, "\"" + title + "\" (" + m.formatAsString() + ")");
                    }
                    continue;
                }
            } else {
                title = textAt(sheet, last, c).strip();
                if (title.isEmpty() && last > nameRow) {
                    title = textAt(sheet, nameRow, c).strip();
                }
            }
            if (title.isEmpty()) {
                continue;
            }
            titles.put(c, grouped(sheet, last, c, title));
        }
        return new HeaderCells(last, titles, spread);
    }

    /**
     * The header is one row, unless the Name cell is merged down, or the row below holds headings
     * (such as Severity and Likelihood) under a cell of this row merged across them.
     */
    private static int lastRowOf(Sheet sheet, int nameRow) {
        Row row = sheet.getRow(nameRow);
        for (Cell c : row) {
            if (HazardColumn.byHeader(WorkbookImport.text(c)).orElse(null) == HazardColumn.NAME) {
                Optional<CellRangeAddress> m = regionAt(sheet, nameRow, c.getColumnIndex());
                if (m.isPresent() && m.get().getLastRow() > nameRow) {
                    return m.get().getLastRow();
                }
            }
        }
        Row below = sheet.getRow(nameRow + 1);
        if (below == null) {
            return nameRow;
        }
        int headings = 0;
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() != nameRow || m.getLastRow() != nameRow || m.getFirstColumn() == m.getLastColumn()) {
                continue;
            }
            for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                String t = WorkbookImport.text(below.getCell(c));
                if (t.isBlank()) {
                    continue;
                }
                if (HazardColumn.byHeader(t).isEmpty()) {
                    return nameRow;
                }
                headings++;
            }
        }
        return headings > 0 ? nameRow + 1 : nameRow;
    }

    /** "Severity" under a merged "Initial risk" reads as "Initial Severity", when that is a header HazardLog knows. */
    private static String grouped(Sheet sheet, int last, int column, String title) {
        if (last == 0) {
            return title;
        }
        Optional<CellRangeAddress> group = regionAt(sheet, last - 1, column);
        if (group.isEmpty() || group.get().getFirstColumn() == group.get().getLastColumn()
                || group.get().getLastRow() >= last) {
            return title;
        }
        String heading = textAt(sheet, group.get().getFirstRow(), group.get().getFirstColumn()).strip();
        if (heading.isEmpty()) {
            return title;
        }
        String whole = heading + " " + title;
        if (HazardColumn.byHeader(whole).isPresent()) {
            return whole;
        }
        String first = heading.split("\\s+")[0] + " " + title;
        return HazardColumn.byHeader(first).isPresent() ? first : title;
    }

    private static Optional<CellRangeAddress> regionAt(Sheet sheet, int row, int column) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(row, column)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static String textAt(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? "" : WorkbookImport.text(r.getCell(column));
    }

    private static int widthOf(Row row) {
        return row == null ? 0 : Math.max(row.getLastCellNum(), 0);
    }
}
