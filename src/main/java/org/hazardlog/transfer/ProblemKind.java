package org.hazardlog.transfer;

/** Why a file cannot be imported. Any problem makes the whole file unusable. */
public enum ProblemKind {
    /** The file could not be found or read. */
    UNREADABLE,
    /** Not a kind of file HazardLog reads (by its extension, or a JSON file of another format). */
    UNSUPPORTED,
    /** NUL bytes or bytes that are not UTF-8: a binary file, or text in another encoding. */
    NOT_TEXT,
    /** Too big to be a hazard file. */
    TOO_LARGE,
    /** No known hazard headings at all. */
    NOT_A_HAZARD,
    /** The hazard has no name. */
    NO_NAME,
    /** A likelihood or severity that is not a level of the risk scheme, or that cannot be read as one. */
    SCORE_OUTSIDE_SCHEME,
    /** A stated risk level that the risk scheme's table does not give for the scores. */
    RISK_LEVEL_MISMATCH,
    /** Scored with a different risk scheme than the log's. */
    SCHEME_MISMATCH,
    /** A general utility label that is not 1, 2 or 3. */
    UNKNOWN_UTILITY_LABEL,
    /** A field given twice with different values, where only one can be kept. */
    CONFLICTING_VALUES,
    /** A text over the limits of {@link org.hazardlog.domain.Text}. */
    TOO_LONG,
    /** Any other value the hazard log refuses (a line range that ends before it starts, a bad number...). */
    INVALID_VALUE,
    /** JSON that cannot be parsed, or has the wrong shape. */
    MALFORMED,
    /** A JSON export written by a newer HazardLog. */
    NEWER_FORMAT,
    /** The same hazard number twice in one batch. */
    DUPLICATE_NUMBER,
    /** HazardLog itself failed on this file: a bug to report, kept from reaching the user as a stack trace. */
    INTERNAL_ERROR
}
