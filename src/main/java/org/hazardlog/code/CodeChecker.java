package org.hazardlog.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

/**
 * Compares the code that hazards' locations point to now with what their reviewers saw, and says
 * for each location whether it is unchanged, moved, changed, missing, beyond the end of its file,
 * or was never reviewed; or why it cannot be compared (outside the repository, too large, binary,
 * not a valid location). A reviewed location removed from its hazard while its code changed fails too.
 */
public final class CodeChecker {

    private final SourceTree tree;
    private final Map<ReviewKey, List<ReviewFingerprint>> reviews;

    public CodeChecker(SourceTree tree, Map<ReviewKey, List<ReviewFingerprint>> reviews) {
        this.tree = tree;
        this.reviews = reviews;
    }

    public CodeCheckReport check(List<Hazard> hazards) {
        List<Unit> all = units(hazards);
        // Locations are independent and most of the work is reading and hashing files, so they are
        // checked in parallel; the findings keep the log's order.
        List<LocationFinding> findings = all.parallelStream()
                .flatMap(u -> (u.index() == LocationFinding.REMOVED ? checkRemoved(u.hazard(), u.location())
                        : check(u.hazard(), u.index(), u.location())).stream())
                .toList();
        return new CodeCheckReport(tree.root(), tree.commit().orElse(null), findings);
    }

    /** One location to check: one of a hazard's, or one reviewed that the hazard no longer has. */
    private record Unit(Hazard hazard, int index, CodeLocation location) {
    }

    /** Every location of the hazards in the log's order, each hazard's removed reviewed ones after its own. */
    private List<Unit> units(List<Hazard> hazards) {
        Map<Integer, List<ReviewKey>> reviewedByHazard = new HashMap<>();
        for (ReviewKey key : reviews.keySet()) {
            reviewedByHazard.computeIfAbsent(key.hazardNumber(), n -> new ArrayList<>()).add(key);
        }
        List<Unit> all = new ArrayList<>();
        for (Hazard h : hazards) {
            Set<ReviewKey> current = new HashSet<>();
            for (int i = 0; i < h.codeLocations().size(); i++) {
                all.add(new Unit(h, i, h.codeLocations().get(i)));
                current.add(ReviewKey.of(h.number(), h.codeLocations().get(i)));
            }
            List<ReviewKey> removed = new ArrayList<>(reviewedByHazard.getOrDefault(h.number(), List.of()));
            removed.removeAll(current);
            removed.sort(Comparator.comparing(ReviewKey::locationPath).thenComparingInt(ReviewKey::firstLine)
                    .thenComparingInt(ReviewKey::lastLine));
            for (ReviewKey key : removed) {
                all.add(new Unit(h, LocationFinding.REMOVED, key.asLocation()));
            }
        }
        return all;
    }

    /**
     * A reviewed location the hazard no longer has. Removing (or editing) a location whose code is
     * still as reviewed loses nothing; but whoever removes one whose code changed would hide that
     * change from the check, so it fails until the CSO records a new review of the hazard, which
     * is the CSO accepting the removal.
     */
    private List<LocationFinding> checkRemoved(Hazard hazard, CodeLocation was) {
        List<LocationFinding> out = new ArrayList<>();
        for (LocationFinding f : check(hazard, LocationFinding.REMOVED, was)) {
            if (f.failsCheck(false)) {
                String why = f.detail().isEmpty() ? f.state().label() + "." : f.detail();
                out.add(f.as(LocationState.REMOVED_CHANGED, "Removed from the hazard (or its path or lines edited) since "
                        + "review, and the reviewed code is no longer as reviewed: " + uncapitalise(why)
                        + " Only the CSO's new review of the hazard accepts this."));
            }
        }
        return out;
    }

    private List<LocationFinding> check(Hazard hazard, int index, CodeLocation location) {
        Map<String, ReviewFingerprint> reviewed = new LinkedHashMap<>();
        for (ReviewFingerprint r : reviews.getOrDefault(ReviewKey.of(hazard.number(), location), List.of())) {
            reviewed.put(r.file(), r);
        }
        Optional<LineRange> range = LineRange.of(location);
        CoveredFiles covered = CoveredFiles.of(tree, location);
        FindingMaker make = new FindingMaker(hazard, index, location);
        List<LocationFinding> out = new ArrayList<>();
        if (covered.invalid()) {
            out.add(make.finding(covered.path(), LocationState.INVALID_LOCATION, null,
                    reviewed.values().stream().findFirst().orElse(null), "Not a valid location: " + covered.whyNone() + "."));
            return out;
        }
        if (!covered.isSet()) {
            if (covered.files().isEmpty()) {
                out.add(make.finding(covered.path(), LocationState.MISSING, null,
                        reviewed.values().stream().findFirst().orElse(null), capitalise(covered.whyNone()) + "."));
            } else {
                String file = covered.files().get(0);
                out.add(covered.symbol() != null ? checkSymbol(make, file, covered.symbol(), range, reviewed.get(file))
                        : checkFile(make, file, range, reviewed.get(file), true));
            }
            return out;
        }
        if (covered.files().isEmpty() && reviewed.isEmpty()) {
            out.add(make.finding(null, LocationState.MISSING, null, null, capitalise(covered.whyNone()) + "."));
        }
        Set<String> now = new HashSet<>(covered.files());
        for (String file : covered.files()) {
            ReviewFingerprint review = reviewed.get(file);
            if (review == null && !reviewed.isEmpty() && tree.obstacle(file).isEmpty()) {
                // The reviewer saw the set of files the pattern matched then; this one joined it since.
                out.add(make.finding(file, LocationState.CHANGED, null, null, "A new file matching "
                        + location.path() + " since review."));
            } else {
                // One range cannot follow code that moved differently in each file of a pattern.
                out.add(checkFile(make, file, range, review, false));
            }
        }
        for (ReviewFingerprint review : reviewed.values()) {
            if (!now.contains(review.file())) {
                out.add(make.finding(review.file(), LocationState.MISSING, null, review,
                        "Reviewed as part of " + location.path() + ", now gone."));
            }
        }
        return out;
    }

    private LocationFinding checkFile(FindingMaker make, String path, Optional<LineRange> range, ReviewFingerprint review,
                                      boolean mayMove) {
        LocationFinding f = compare(make, path, range, review, mayMove);
        Optional<SourceFile> file = tree.file(path);
        if (range.isPresent() && file.isPresent() && !file.get().isBinary() && file.get().contains(range.get())) {
            String trivial = file.get().trivialRangeWarning(range.get());
            if (!trivial.isEmpty()) {
                f = f.warn(trivial);
            }
            String stale = NotedFunctions.staleRange(file.get(), make.location(), range.get());
            if (!stale.isEmpty()) {
                f = f.warn(stale);
            }
        }
        return f;
    }

    /**
     * A location naming a symbol: the declaration is found where it is now, and its lines are
     * compared with those reviewed. It may move anywhere in the file; a change inside it is a change.
     * With lines as well, a declaration found elsewhere is a move, so the lines can be brought up to date.
     */
    private LocationFinding checkSymbol(FindingMaker make, String path, String symbol, Optional<LineRange> range,
                                        ReviewFingerprint review) {
        Optional<SourceTree.Unreadable> obstacle = tree.obstacle(path);
        if (obstacle.isPresent()) {
            return make.finding(path, obstacle.get().state(), null, review, obstacle.get().detail());
        }
        SourceFile file = tree.file(path).orElseThrow();
        if (file.isBinary()) {
            return make.finding(path, LocationState.INVALID_LOCATION, null, review,
                    "A binary file has no symbols: link the whole file, or the source it is made from.");
        }
        SymbolLookup where = file.find(symbol);
        if (!where.found()) {
            return make.finding(path, where.failure(), null, review, where.detail());
        }
        LineRange now = where.lines();
        if (review == null) {
            return make.finding(path, LocationState.NEVER_REVIEWED, null, null, "", now);
        }
        if (review.lineCount() == now.lineCount()
                && review.linesFingerprint().equals(file.linesFingerprint(Optional.of(now), review.scheme()))) {
            if (range.isPresent() && !range.get().equals(now)) {
                return indentationIgnored(make.finding(path, LocationState.MOVED, now, review,
                        symbol + " is unchanged, now at lines " + now + ".", now), file);
            }
            return indentationIgnored(make.finding(path, LocationState.UNCHANGED, null, review, "", now), file);
        }
        return make.finding(path, LocationState.CHANGED, null, review,
                symbol + " (now lines " + now + ") changed since review.", now);
    }

    private LocationFinding compare(FindingMaker make, String path, Optional<LineRange> range, ReviewFingerprint review,
                                    boolean mayMove) {
        Optional<SourceTree.Unreadable> obstacle = tree.obstacle(path);
        if (obstacle.isPresent()) {
            return make.finding(path, obstacle.get().state(), null, review, obstacle.get().detail());
        }
        SourceFile file = tree.file(path).orElseThrow();
        // Byte for byte the file reviewed: unchanged, without decoding a line (most files, most days).
        if (review != null && review.fileFingerprint().equals(file.fingerprint())) {
            return make.finding(path, LocationState.UNCHANGED, null, review, "");
        }
        if (file.isBinary()) {
            return binary(make, path, range, review);
        }
        boolean beyond = range.isPresent() && !file.contains(range.get());
        String length = "The file has " + file.lineCount() + (file.lineCount() == 1 ? " line." : " lines.");
        if (review == null) {
            return beyond ? make.finding(path, LocationState.BEYOND_END, null, null, length)
                    : make.finding(path, LocationState.NEVER_REVIEWED, null, null, "");
        }
        if (!beyond && review.linesFingerprint().equals(file.linesFingerprint(range, review.scheme()))) {
            return indentationIgnored(make.finding(path, LocationState.UNCHANGED, null, review,
                    range.isPresent() ? "The file changed since review, but not these lines." : ""), file);
        }
        String notFound = "";
        if (range.isPresent() && mayMove) {
            SourceFile.Relocation where = file.whereNow(review, range.get());
            if (where.now().isPresent() && !where.now().get().equals(range.get())) {
                return indentationIgnored(make.finding(path, LocationState.MOVED, where.now().get(), review,
                        "The reviewed lines are now lines " + where.now().get() + "."), file);
            }
            // Only a move that can be told without doubt is a move; anything else is a change.
            if (where.places() > 1) {
                notFound = " The reviewed lines were not found unchanged in one place (they are at "
                        + where.places() + " places).";
            } else if (where.places() == 1 && !where.distinctive()) {
                notFound = " The reviewed lines were not found unchanged in one place (lines like them are elsewhere, "
                        + "but they hold too little code to tell).";
            }
        }
        if (beyond) {
            return make.finding(path, LocationState.BEYOND_END, null, review, length + " The reviewed lines are not in it."
                    + notFound);
        }
        return make.finding(path, LocationState.CHANGED, null, review,
                range.isPresent() ? "Lines " + range.get() + " changed since review." + notFound : "The file changed since review.");
    }

    /** A binary file is compared byte for byte, and has no lines to review. */
    private static LocationFinding binary(FindingMaker make, String path, Optional<LineRange> range, ReviewFingerprint review) {
        if (range.isPresent()) {
            return make.finding(path, LocationState.BINARY, null, review, "A binary file has no lines to review: "
                    + "link the whole file, or the source it is made from.");
        }
        return review == null ? make.finding(path, LocationState.NEVER_REVIEWED, null, null, "A binary file.")
                : make.finding(path, LocationState.CHANGED, null, review, "The binary file changed since review "
                + "(compared byte for byte).");
    }

    /**
     * A review is compared as it was taken. One taken before indentation counted in this kind of
     * file cannot tell a re-indented block from the reviewed one, so the user hears about it.
     */
    private static LocationFinding indentationIgnored(LocationFinding f, SourceFile file) {
        if (f.review().scheme() == FingerprintScheme.SHA256_NORMALISED_WHITESPACE
                && file.scheme() == FingerprintScheme.SHA256_INDENTATION_KEPT) {
            return f.warn("Reviewed when indentation was not compared in this kind of file, so a change of "
                    + "indentation since then would not show: record the review again.");
        }
        return f;
    }

    private static String uncapitalise(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Findings about one location of one hazard. */
    private record FindingMaker(Hazard hazard, int index, CodeLocation location) {
        LocationFinding finding(String file, LocationState state, LineRange movedTo, ReviewFingerprint review, String detail) {
            return finding(file, state, movedTo, review, detail, null);
        }

        LocationFinding finding(String file, LocationState state, LineRange movedTo, ReviewFingerprint review, String detail,
                                LineRange symbolLines) {
            return new LocationFinding(hazard, index, location, file, state, movedTo, review, detail, List.of(),
                    symbolLines);
        }
    }
}
