package org.hazardlog.report.xlsx;

import java.util.List;

/** A row of the workbook that cannot be imported, and every reason why. */
public record RowProblem(String sheet, int row, String hazard, List<String> reasons) {

    public RowProblem {
        reasons = List.copyOf(reasons);
    }

    /** {@code Hazard Log row 7 (hazard 12): no name; initial likelihood 7 is not in the risk scheme (1-5)} */
    @Override
    public String toString() {
        return sheet + " row " + row + (hazard.isEmpty() ? "" : " (" + hazard + ")") + ": " + String.join("; ", reasons);
    }
}
