package org.hazardlog.app;

import java.util.List;

import org.hazardlog.code.LocationFinding;

/**
 * The outcome of recording hazards' code as reviewed.
 *
 * @param locations     how many code locations were recorded
 * @param files         how many files they cover (a glob covers several)
 * @param gitCommit     the commit recorded, or null outside git
 * @param notRecordable locations whose code is not there to review (missing file, lines past the end)
 * @param warnings      recorded, but worth the reviewer's attention (a range holding little or no code)
 */
public record RecordedReview(int locations, int files, String gitCommit, List<LocationFinding> notRecordable,
                             List<String> warnings) {
}
