package org.hazardlog.report.document;

import java.util.List;

/**
 * A table with a header row that repeats on every page. Column widths are relative. A table
 * marked {@code keyValue} has no header row: its first column names the value in the second.
 */
public record Table(List<Column> columns, List<List<Cell>> rows, boolean keyValue) implements Block {

    public record Column(String title, float width) {
    }

    /**
     * A cell; {@code fill} and {@code colour} are RRGGBB or null for the default. A {@code titled}
     * cell shows its first line in bold, such as a hazard's name above its description.
     */
    public record Cell(String text, String fill, String colour, boolean bold, boolean centred, boolean titled) {

        public Cell(String text, String fill, String colour, boolean bold, boolean centred) {
            this(text, fill, colour, bold, centred, false);
        }

        public static Cell of(String text) {
            return new Cell(text, null, null, false, false);
        }

        public static Cell titled(String title, String rest) {
            return new Cell(rest.isEmpty() ? title : title + "\n" + rest, null, null, false, false, true);
        }

        public static Cell centred(String text) {
            return new Cell(text, null, null, false, true);
        }

        public static Cell shaded(String text, String fill, String colour) {
            return new Cell(text, fill, colour, true, true);
        }

        public static Cell label(String text) {
            return new Cell(text, null, null, true, false);
        }
    }

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells; the table has " + columns.size() + " columns");
            }
        }
    }
}
