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
    NEVER_REVIEWED("never_reviewed", "never reviewed", false);

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
