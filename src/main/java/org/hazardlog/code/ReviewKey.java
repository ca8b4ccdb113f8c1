package org.hazardlog.code;

import org.hazardlog.domain.CodeLocation;

/**
 * Which review a code location has: the hazard's number and the location as written. Not the
 * location's row in the log, which is rewritten on every save: a hazard saved with the same
 * locations keeps its review, and a location whose path or lines were edited loses it, as it
 * should, because the reviewer looked at other code.
 *
 * <p>{@code firstLine} and {@code lastLine} are 0 for a location that names a whole file (or a glob
 * or folder), so that every part of the key has a value a database can index and compare.
 */
public record ReviewKey(int hazardNumber, String locationPath, int firstLine, int lastLine) {

    public static ReviewKey of(int hazardNumber, CodeLocation location) {
        return LineRange.of(location)
                .map(r -> new ReviewKey(hazardNumber, location.path(), r.first(), r.last()))
                .orElseGet(() -> new ReviewKey(hazardNumber, location.path(), 0, 0));
    }

    /** The location as it was written when reviewed (without its note, which a review does not keep). */
    public CodeLocation asLocation() {
        return firstLine == 0 ? CodeLocation.of(locationPath) : new CodeLocation(locationPath, firstLine, lastLine, null);
    }

    public ReviewKey withLines(LineRange lines) {
        return new ReviewKey(hazardNumber, locationPath, lines.first(), lines.last());
    }
}
