package org.hazardlog.transfer;

/** Something an import understood but that a person should look at; the hazard is still imported. */
public enum WarningKind {
    /** A hazard type that is not in the taxonomy: kept as written. */
    UNKNOWN_HAZARD_TYPE,
    /** A bullet that was only a hazard-type name at the end of a control list (a known generator bug). */
    HAZARD_TYPE_AMONG_CONTROLS,
    /** A free-text status that does not clearly mean Draft, Open, Transferred or Closed. */
    UNCLEAR_STATUS,
    /** "None.", "N/A", "TBC" and the like under a control heading: no control of that kind, not imported. */
    PLACEHOLDER_CONTROL,
    /** A hazard name written over several lines, joined into one. */
    NAME_JOINED,
    /** Control text without a category heading: kept as the action summary. */
    UNCATEGORISED_CONTROLS,
    /** A code location written as a module or function name (no slash, no extension): kept, but no file to check. */
    NOT_A_FILE_PATH,
    /** Control text without a category heading under DCSP's "New hazard controls": imported as unassigned controls. */
    UNASSIGNED_CONTROLS,
    /** A section or sub-heading HazardLog has no field for: not imported. */
    UNKNOWN_SECTION,
    /** The same section twice: both kept where possible. */
    REPEATED_SECTION,
    /** A DCSP icon block that disagrees with the text; the text wins. */
    ICON_DISAGREES,
    /** A stated risk level that could not be checked against the scheme. */
    RISK_LEVEL_NOT_CHECKED,
    /** Cells of a workbook's sheet below its hazard table (a drop-down list's source, a note): not imported. */
    OUTSIDE_TABLE,
    /** An invalid row of a workbook, skipped because invalid rows were to be skipped. */
    SKIPPED_ROW,
    /** Fields of the JSON format that this version does not know. */
    UNKNOWN_FIELD,
    SYMBOL_ANCHOR_SUGGESTED
}
