package org.hazardlog.code;

import java.util.List;
import java.util.Optional;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

/**
 * What a check found for one file of one code location of a hazard (a glob or folder gives one
 * finding per file).
 *
 * @param hazard        the hazard as read for the check; a fix saves a changed copy of exactly this revision
 * @param locationIndex which of the hazard's code locations; {@link #REMOVED} for a reviewed location
 *                      the hazard no longer has
 * @param location      the location as written (for a removed one, as it was reviewed)
 * @param file          the repository file, or null when the location covers none
 * @param state         what was found
 * @param movedTo       where the reviewed lines are now, for {@link LocationState#MOVED}
 * @param review        what the reviewer saw, or null when never reviewed
 * @param detail        one sentence for the user, or empty
 * @param warnings      what the user should know although it does not decide the state (a trivial
 *                      range, a review taken before indentation counted), each one sentence
 * @param symbolLines   for a location naming a symbol, the lines its declaration has now; else null
 */
public record LocationFinding(Hazard hazard, int locationIndex, CodeLocation location, String file,
                              LocationState state, LineRange movedTo, ReviewFingerprint review, String detail,
                              List<String> warnings, LineRange symbolLines) {

    /** The index of a location that was reviewed but is no longer one of the hazard's. */
    public static final int REMOVED = -1;

    public LocationFinding {
        warnings = List.copyOf(warnings);
    }

    public LocationFinding(Hazard hazard, int locationIndex, String file, LocationState state,
                           LineRange movedTo, ReviewFingerprint review, String detail) {
        this(hazard, locationIndex, hazard.codeLocations().get(locationIndex), file, state, movedTo, review, detail,
                List.of(), null);
    }

    /** The same finding with one more warning. */
    public LocationFinding warn(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new LocationFinding(hazard, locationIndex, location, file, state, movedTo, review, detail, more,
                symbolLines);
    }

    /** The same finding in another state, saying why. */
    LocationFinding as(LocationState newState, String newDetail) {
        return new LocationFinding(hazard, locationIndex, location, file, newState, null, review, newDetail, warnings,
                symbolLines);
    }

    public Optional<LineRange> lines() {
        return LineRange.of(location());
    }

    /**
     * The lines the finding is about now: a symbol's declaration where it is, else the location's
     * own lines; empty for a whole file.
     */
    public Optional<LineRange> codeLines() {
        return symbolLines != null ? Optional.of(symbolLines) : lines();
    }

    public boolean failsCheck(boolean reviewRequired) {
        return state.failsCheck(reviewRequired);
    }
}
