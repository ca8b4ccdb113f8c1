package org.hazardlog.report.xlsx;

/**
 * The headings above the Hazard Log sheet's column headers, grouping the columns as the
 * implementation guidance's hazard log table does: what the hazard is (with the controls already
 * in place), its risk before the additional controls, those controls by kind, the risk left after
 * them, and what happens next. A printed page holds whole groups (see {@link HazardSheetPrint}).
 */
enum ColumnGroup {
    HAZARD("Hazard", HazardColumn.NUMBER, HazardColumn.EXISTING_CONTROLS),
    INITIAL_RISK("Initial risk", HazardColumn.INITIAL_SEVERITY, HazardColumn.INITIAL_RISK),
    CONTROLS("Additional controls", HazardColumn.DESIGN_CONTROLS, HazardColumn.BUSINESS_PROCESS_CONTROLS),
    RESIDUAL_RISK("Residual risk", HazardColumn.RESIDUAL_SEVERITY, HazardColumn.RESIDUAL_RISK),
    ACTIONS("Actions and status", HazardColumn.ACTION_SUMMARY, HazardColumn.STATUS),
    DETAILS("Further details", HazardColumn.STATUS_WORDING, HazardColumn.CODE);

    private final String title;
    private final HazardColumn first;
    private final HazardColumn last;

    ColumnGroup(String title, HazardColumn first, HazardColumn last) {
        this.title = title;
        this.first = first;
        this.last = last;
    }

    String title() {
        return title;
    }

    HazardColumn first() {
        return first;
    }

    HazardColumn last() {
        return last;
    }

    /** Width in characters. */
    int width() {
        int w = 0;
        for (int c = first.ordinal(); c <= last.ordinal(); c++) {
            w += HazardColumn.values()[c].width();
        }
        return w;
    }
}
