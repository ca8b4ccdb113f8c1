package org.hazardlog.report.xlsx;

/**
 * Estimates the height a row of wrapped text needs. Excel and LibreOffice do not fit row heights
 * to wrapped text when they open a file, so without this every row would show one line. A row is
 * never taller than {@link #MAX_LINES} lines: a row at Excel's 409 pt limit fills the screen and
 * still cuts its text off. The rest of a long cell is in the cell (its edit bar), and each
 * control has its own row on the Controls sheet.
 */
final class RowHeight {

    /** Points per line of 11 pt Calibri. */
    private static final float LINE = 15f;
    static final int MAX_LINES = 8;
    static final float MAX_POINTS = MAX_LINES * LINE + 3;
    /**
     * Average characters of prose that fit in one unit of column width (the width of a digit):
     * about 1.3 in Calibri, taken lower so that word wrapping does not cut text off.
     */
    private static final float CHARS_PER_UNIT = 1.2f;

    private int lines = 1;

    /** Counts the lines {@code text} needs in a column {@code width} characters wide. */
    void fit(String text, int width) {
        if (text.isEmpty()) {
            return;
        }
        int perLine = Math.max(1, (int) (width * CHARS_PER_UNIT) - 1);
        int needed = 0;
        for (String line : text.split("\n", -1)) {
            needed += Math.max(1, (line.length() + perLine - 1) / perLine);
        }
        lines = Math.max(lines, needed);
    }

    float points() {
        return Math.min(MAX_POINTS, lines * LINE + 3);
    }
}
