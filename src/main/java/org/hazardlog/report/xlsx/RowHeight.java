package org.hazardlog.report.xlsx;

/**
 * Estimates the height a row of wrapped text needs. Excel and LibreOffice do not fit row heights
 * to wrapped text when they open a file, so without this every row would show one line.
 */
final class RowHeight {

    /** Points per line of 11 pt Calibri, and Excel's largest row height. */
    private static final float LINE = 15f;
    private static final float MAX = 409f;
    /** Average characters that fit in one unit of column width, a little pessimistic so text is not cut. */
    private static final float CHARS_PER_UNIT = 1.05f;

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
        return Math.min(MAX, lines * LINE + 3);
    }
}
