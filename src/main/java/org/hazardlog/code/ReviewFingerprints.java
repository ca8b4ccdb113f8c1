package org.hazardlog.code;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

/**
 * Fingerprints of the code hazards' locations point to now, to be recorded as what their reviewer
 * saw. A location whose code is not there (file missing, lines past the end) cannot be reviewed and
 * is listed instead, so the reviewer hears about it.
 *
 * @param fingerprints  per location, one fingerprint per file it covers
 * @param notRecordable the locations (or files of a glob) that cannot be fingerprinted, with why
 */
public record ReviewFingerprints(Map<ReviewKey, List<ReviewFingerprint>> fingerprints,
                                 List<LocationFinding> notRecordable) {

    public static ReviewFingerprints take(SourceTree tree, List<Hazard> hazards, Instant at) {
        Map<ReviewKey, List<ReviewFingerprint>> fingerprints = new LinkedHashMap<>();
        List<LocationFinding> notRecordable = new ArrayList<>();
        String commit = tree.commit().orElse(null);
        for (Hazard h : hazards) {
            for (int i = 0; i < h.codeLocations().size(); i++) {
                CodeLocation location = h.codeLocations().get(i);
                Optional<LineRange> range = LineRange.of(location);
                CoveredFiles covered = CoveredFiles.of(tree, location);
                if (covered.files().isEmpty()) {
                    notRecordable.add(new LocationFinding(h, i, covered.path(), LocationState.MISSING, null, null,
                            "Not recorded: " + covered.whyNone() + "."));
                    continue;
                }
                List<ReviewFingerprint> files = new ArrayList<>();
                for (String path : covered.files()) {
                    Optional<SourceFile> file = tree.file(path);
                    if (file.isEmpty()) {
                        notRecordable.add(new LocationFinding(h, i, path, LocationState.MISSING, null, null,
                                "Not recorded: the file is not in the repository."));
                    } else if (range.isPresent() && !file.get().contains(range.get())) {
                        notRecordable.add(new LocationFinding(h, i, path, LocationState.BEYOND_END, null, null,
                                "Not recorded: the file has only " + file.get().lineCount() + " lines."));
                    } else {
                        SourceFile f = file.get();
                        files.add(new ReviewFingerprint(path, range.map(LineRange::lineCount).orElse(f.lineCount()),
                                f.linesFingerprint(range), f.rollingHash(range), f.fingerprint(), commit, at,
                                FingerprintScheme.SHA256_NORMALISED_WHITESPACE));
                    }
                }
                if (!files.isEmpty()) {
                    fingerprints.put(ReviewKey.of(h.number(), location), files);
                }
            }
        }
        return new ReviewFingerprints(fingerprints, notRecordable);
    }
}
