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
 * @param warnings      recorded, but the reviewer should know: "Hazard 7, a.py:10-11: ..." (a range
 *                      holding little or no code)
 */
public record ReviewFingerprints(Map<ReviewKey, List<ReviewFingerprint>> fingerprints,
                                 List<LocationFinding> notRecordable, List<String> warnings) {

    public static ReviewFingerprints take(SourceTree tree, List<Hazard> hazards, Instant at) {
        String commit = tree.commit().orElse(null);
        // As in a check, the files are read and hashed in parallel; the results keep the log's order.
        List<Taken> taken = HazardLocation.of(hazards).parallelStream()
                .map(l -> take(tree, l.hazard(), l.index(), commit, at))
                .toList();
        Map<ReviewKey, List<ReviewFingerprint>> fingerprints = new LinkedHashMap<>();
        List<LocationFinding> notRecordable = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Taken t : taken) {
            if (!t.files().isEmpty()) {
                fingerprints.put(t.key(), t.files());
            }
            notRecordable.addAll(t.notRecordable());
            warnings.addAll(t.warnings());
        }
        return new ReviewFingerprints(fingerprints, notRecordable, warnings);
    }

    private record Taken(ReviewKey key, List<ReviewFingerprint> files, List<LocationFinding> notRecordable,
                         List<String> warnings) {
    }

    private static Taken take(SourceTree tree, Hazard h, int i, String commit, Instant at) {
        CodeLocation location = h.codeLocations().get(i);
        ReviewKey key = ReviewKey.of(h.number(), location);
        Optional<LineRange> range = LineRange.of(location);
        CoveredFiles covered = CoveredFiles.of(tree, location);
        if (covered.files().isEmpty()) {
            LocationState state = covered.invalid() ? LocationState.INVALID_LOCATION : LocationState.MISSING;
            return new Taken(key, List.of(), List.of(new LocationFinding(h, i, covered.path(), state,
                    null, null, "Not recorded: " + covered.whyNone() + ".")), List.of());
        }
        List<ReviewFingerprint> files = new ArrayList<>();
        List<LocationFinding> notRecordable = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String path : covered.files()) {
            Optional<SourceTree.Unreadable> obstacle = tree.obstacle(path);
            Optional<SourceFile> file = obstacle.isPresent() ? Optional.empty() : tree.file(path);
            if (obstacle.isPresent()) {
                notRecordable.add(new LocationFinding(h, i, path, obstacle.get().state(), null, null,
                        "Not recorded: " + Character.toLowerCase(obstacle.get().detail().charAt(0))
                                + obstacle.get().detail().substring(1)));
            } else if (covered.symbol() != null && file.get().isBinary()) {
                notRecordable.add(new LocationFinding(h, i, path, LocationState.INVALID_LOCATION, null, null,
                        "Not recorded: a binary file has no symbols."));
            } else if (covered.symbol() != null && !file.get().find(covered.symbol()).found()) {
                SymbolLookup where = file.get().find(covered.symbol());
                notRecordable.add(new LocationFinding(h, i, path, where.failure(), null, null,
                        "Not recorded: " + Character.toLowerCase(where.detail().charAt(0)) + where.detail().substring(1)));
            } else if (covered.symbol() != null) {
                SourceFile f = file.get();
                Optional<LineRange> lines = Optional.of(f.find(covered.symbol()).lines());
                files.add(new ReviewFingerprint(path, lines.get().lineCount(), f.linesFingerprint(lines), f.rollingHash(lines),
                        f.fingerprint(), commit, at, f.scheme(), f.text(lines, ReviewFingerprint.MAX_REVIEWED_TEXT)));
            } else if (range.isPresent() && file.get().isBinary()) {
                notRecordable.add(new LocationFinding(h, i, path, LocationState.BINARY, null, null,
                        "Not recorded: a binary file has no lines to review."));
            } else if (range.isPresent() && !file.get().contains(range.get())) {
                notRecordable.add(new LocationFinding(h, i, path, LocationState.BEYOND_END, null, null,
                        "Not recorded: the file has only " + file.get().lineCount() + " lines."));
            } else {
                SourceFile f = file.get();
                String trivial = f.isBinary() ? "" : range.map(f::trivialRangeWarning).orElse("");
                if (!trivial.isEmpty()) {
                    warnings.add("Hazard " + h.number() + ", " + location.reference() + ": " + trivial);
                }
                String stale = f.isBinary() ? "" : range.map(r -> NotedFunctions.staleRange(f, location, r)).orElse("");
                if (!stale.isEmpty()) {
                    warnings.add("Hazard " + h.number() + ", " + location.reference() + ": " + stale);
                }
                files.add(new ReviewFingerprint(path, range.map(LineRange::lineCount).orElse(f.lineCount()),
                        f.linesFingerprint(range), f.rollingHash(range), f.fingerprint(), commit, at,
                        f.scheme(), f.isBinary() ? null : f.text(range, ReviewFingerprint.MAX_REVIEWED_TEXT)));
            }
        }
        return new Taken(key, files, notRecordable, warnings);
    }
}
