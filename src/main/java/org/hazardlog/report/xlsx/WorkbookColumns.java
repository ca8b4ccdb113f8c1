package org.hazardlog.report.xlsx;

import java.util.List;

/**
 * How a workbook's columns were read, for the user to see: each header with the field it was read
 * as and why. {@code layout} identifies the header row (see {@link ColumnMap#layoutKey}) so that
 * a choice of fields can be remembered for the next workbook laid out the same way.
 */
public record WorkbookColumns(String sheet, int headerRow, String layout, List<Use> uses) {

    public WorkbookColumns {
        uses = List.copyOf(uses);
    }

    /** Why a column was read as it was. */
    public enum How {
        /** A header HazardLog knows. */
        KNOWN,
        /** A header the user mapped to a field. */
        MAPPED,
        /** A header the user chose to leave out. */
        IGNORED,
        /** A header HazardLog does not know and nobody mapped: not imported, with a warning. */
        UNKNOWN,
        /** A second column for a field already read from an earlier column: not imported. */
        SECOND
    }

    /** One header: the field it was read as (null when not imported). */
    public record Use(String header, String field, How how) {
        @Override
        public String toString() {
            return switch (how) {
                case KNOWN -> "\"" + header + "\" -> " + field;
                case MAPPED -> "\"" + header + "\" -> " + field + " (mapped)";
                case IGNORED -> "\"" + header + "\" -> ignored (mapped)";
                case UNKNOWN -> "\"" + header + "\" -> not imported: HazardLog does not know this column";
                case SECOND -> "\"" + header + "\" -> not imported: " + field + " is read from an earlier column";
            };
        }
    }

    /** The headers nobody knows or mapped, in sheet order. */
    public List<String> unknownHeaders() {
        return uses.stream().filter(u -> u.how() == How.UNKNOWN).map(Use::header).toList();
    }

    public static WorkbookColumns none() {
        return new WorkbookColumns("", 0, "", List.of());
    }
}
