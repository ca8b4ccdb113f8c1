package org.hazardlog.code;

/**
 * What a check found at a code location, compared with what its reviewer saw. The states that
 * fail the check are those where the reviewed code is no longer there as reviewed.
 */
public enum LocationState {
    UNCHANGED("unchanged", "unchanged", false),
    /** The reviewed lines are intact, at another place in the same file. */
    MOVED("moved", "moved", false),
    CHANGED("changed", "changed since review", true),
    MISSING("missing", "file missing", true),
    /** The location names lines past the end of the file, and the reviewed lines are nowhere in it. */
    BEYOND_END("beyond_end", "range beyond the end of the file", true),
    NEVER_REVIEWED("never_reviewed", "never reviewed", false),
    /**
     * The path leads out of the repository through a symbolic link (a link to a file or folder
     * elsewhere): what it points to is not the repository's code, so it is never read.
     */
    OUTSIDE_REPOSITORY("outside_repository", "outside the repository", true),
    /** The file is larger than {@link SourceTree#MAX_FILE_BYTES}: not read, so not known to be as reviewed. */
    TOO_LARGE("too_large", "file too large", true),
    /** A binary file with a line range: it has no lines a reviewer could have read. */
    BINARY("binary", "binary file", true),
    /**
     * The location cannot name code: a folder with a line range, a line number too large to be
     * one, a web address or text that is no file path.
     */
    INVALID_LOCATION("invalid_location", "not a valid location", true),
    /**
     * A reviewed location was removed from the hazard (or its path or lines edited) and the code it
     * named is no longer as reviewed. Only the CSO's new review of the hazard accepts the removal.
     */
    REMOVED_CHANGED("removed_changed", "removed after its code changed", true),
    /** A location names a symbol ({@code path#name}) that is in no declaration of the file. */
    SYMBOL_MISSING("symbol_missing", "symbol not found", true),
    /** A location names a symbol that two or more declarations of the file have: which is meant cannot be told. */
    SYMBOL_AMBIGUOUS("symbol_ambiguous", "ambiguous symbol", true);

    private final String jsonName;
    private final String label;
    private final boolean failsCheck;

    LocationState(String jsonName, String label, boolean failsCheck) {
        this.jsonName = jsonName;
        this.label = label;
        this.failsCheck = failsCheck;
    }

    /** The name in machine-readable output; part of the documented format, never to change. */
    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    /** Whether a location in this state fails the check; never reviewed fails only when reviews are required. */
    public boolean failsCheck(boolean reviewRequired) {
        return failsCheck || (reviewRequired && this == NEVER_REVIEWED);
    }
}
