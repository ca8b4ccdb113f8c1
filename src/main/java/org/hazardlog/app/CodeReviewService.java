package org.hazardlog.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.CodeChecker;
import org.hazardlog.code.CodeUnavailableException;
import org.hazardlog.code.Glob;
import org.hazardlog.code.LineRange;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.ReviewFingerprint;
import org.hazardlog.code.ReviewFingerprints;
import org.hazardlog.code.ReviewKey;
import org.hazardlog.code.ReviewLedger;
import org.hazardlog.code.ReviewSeal;
import org.hazardlog.code.SourceTree;
import org.hazardlog.code.UnlinkedCode;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.access.AccessPolicy;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.store.CodeReviewRepository;

/**
 * Code-linked hazards: checks hazards' code locations against the repository, records the code as
 * reviewed, moves locations whose code moved, and finds clinically relevant code no hazard links to.
 * Used alike by the window and the command line.
 */
public final class CodeReviewService {

    private final HazardLogService log;
    private final ProjectSettings settings;
    private final CodeReviewRepository reviews = new CodeReviewRepository();
    private final Clock clock;

    public CodeReviewService(HazardLogService log) {
        this(log, Clock.systemUTC());
    }

    CodeReviewService(HazardLogService log, Clock clock) {
        this.log = log;
        this.settings = new ProjectSettings(log);
        this.clock = clock;
    }

    public ProjectSettings settings() {
        return settings;
    }

    /** The repository to check: the folder given, else the log's repository root. */
    public SourceTree repository(Path given) {
        if (given != null) {
            return SourceTree.open(given, settings.indentationRules());
        }
        Path stored = settings.repositoryRoot().orElseThrow(() -> new CodeUnavailableException(
                "No repository root is set for this log. Name the folder with --repo DIR, or store it in the log "
                        + "with: hazardlog settings --repository-root DIR"));
        return SourceTree.open(stored, settings.indentationRules());
    }

    /** Checks the code locations of the given hazards (all hazards when none are given). */
    public CodeCheckReport check(SourceTree tree, Collection<Integer> hazardNumbers) {
        List<Hazard> hazards = select(hazardNumbers);
        Map<ReviewKey, List<ReviewFingerprint>> reviewed = log.read(reviews::findAll);
        CodeCheckReport report = new CodeChecker(tree, reviewed).check(hazards);
        Set<Integer> unsealed = unsealedReviews();
        if (unsealed.isEmpty()) {
            return report;
        }
        return new CodeCheckReport(report.root(), report.gitCommit(), report.findings().stream()
                .map(f -> f.review() != null && unsealed.contains(f.hazard().number()) ? f.warn(UNSEALED) : f).toList());
    }

    static final String UNSEALED = "Reviewed before HazardLog sealed code reviews in the audit trail, so an edit of this "
            + "review in the log file would not be found: record the review again.";

    /** Hazards whose latest review was recorded without a seal, by the trail's review events. */
    private Set<Integer> unsealedReviews() {
        return log.read(h -> {
            ReviewLedger ledger = new ReviewLedger();
            log.auditRepository().scan(h, e -> {
                ledger.accept(e);
                return true;
            });
            return ledger.unsealed();
        });
    }

    /**
     * Records the code the given hazards' locations point to now as reviewed (all hazards when none
     * are given), replacing their earlier reviews. The one way a review is recorded, so that who may
     * record, and the audit trail of it, can be added in one place.
     */
    public RecordedReview recordReview(SourceTree tree, Collection<Integer> hazardNumbers) {
        List<Hazard> hazards = select(hazardNumbers);
        ReviewFingerprints taken = ReviewFingerprints.take(tree, hazards, clock.instant());
        List<Integer> numbers = hazards.stream().map(Hazard::number).toList();
        String at = tree.commit().map(c -> " at commit " + c).orElse("");
        log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.RECORD_CODE_REVIEW);
            reviews.replace(w.handle(), numbers, taken.fingerprints());
            // The seal is taken of the rows as stored, so that audit verify compares like with like.
            Map<Integer, Map<ReviewKey, List<ReviewFingerprint>>> stored = byHazard(reviews.findAll(w.handle()));
            for (Hazard hz : hazards) {
                Map<ReviewKey, List<ReviewFingerprint>> mine = stored.getOrDefault(hz.number(), Map.of());
                long locations = mine.size();
                w.audit().record(w.actor(), AuditAction.CODE_REVIEW, AuditEvent.HAZARD, String.valueOf(hz.number()),
                        "code review", null, locations + (locations == 1 ? " location" : " locations")
                                + " reviewed" + at + "; " + ReviewSeal.phrase(ReviewSeal.of(mine)), null);
            }
            return null;
        });
        int files = taken.fingerprints().values().stream().mapToInt(List::size).sum();
        return new RecordedReview(taken.fingerprints().size(), files, tree.commit().orElse(null), taken.notRecordable(),
                taken.warnings());
    }

    /**
     * Points every moved location of the report at the lines its reviewed code now occupies, and
     * carries its review along. Each hazard is saved through {@link HazardLogService#save}, from the
     * revision the check read: if someone changed the hazard since, the save is refused.
     */
    public List<Hazard> fixMoves(CodeCheckReport report) {
        Map<Long, List<LocationFinding>> byHazard = new LinkedHashMap<>();
        for (LocationFinding f : report.findings()) {
            if (f.state() == LocationState.MOVED) {
                byHazard.computeIfAbsent(f.hazard().id(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Hazard> saved = new ArrayList<>();
        for (List<LocationFinding> moves : byHazard.values()) {
            Hazard hazard = moves.get(0).hazard();
            List<CodeLocation> locations = new ArrayList<>(hazard.codeLocations());
            for (LocationFinding move : moves) {
                locations.set(move.locationIndex(), moved(move.location(), move.movedTo()));
            }
            Hazard stored = log.save(hazard.toBuilder().codeLocations(locations).build());
            // The hazard is saved first so that optimistic locking decides; a review left behind by a
            // failure here is harmless, as a review only ever matches the very code it fingerprinted.
            log.write(w -> {
                // Only code identical to what was reviewed moves, so this is location upkeep, not a new review.
                AccessPolicy.require(w.actor(), Permission.EDIT_CODE_LOCATIONS, "Moving a code review with its code");
                for (LocationFinding move : moves) {
                    reviews.move(w.handle(), ReviewKey.of(hazard.number(), move.location()), move.movedTo());
                }
                String seal = ReviewSeal.phrase(ReviewSeal.of(byHazard(reviews.findAll(w.handle()))
                        .getOrDefault(hazard.number(), Map.of())));
                for (LocationFinding move : moves) {
                    w.audit().record(w.actor(), AuditAction.CODE_REVIEW, AuditEvent.HAZARD,
                            String.valueOf(hazard.number()), "code review of " + move.location().path(),
                            move.location().reference(), moved(move.location(), move.movedTo()).reference(),
                            "the reviewed code moved; " + seal);
                }
                return null;
            });
            saved.add(stored);
        }
        return saved;
    }

    private static Map<Integer, Map<ReviewKey, List<ReviewFingerprint>>> byHazard(
            Map<ReviewKey, List<ReviewFingerprint>> all) {
        Map<Integer, Map<ReviewKey, List<ReviewFingerprint>>> out = new java.util.HashMap<>();
        all.forEach((k, v) -> out.computeIfAbsent(k.hazardNumber(), n -> new java.util.HashMap<>()).put(k, v));
        return out;
    }

    private static CodeLocation moved(CodeLocation was, LineRange to) {
        Integer end = was.endLine() == null && to.lineCount() == 1 ? null : to.last();
        return new CodeLocation(was.path(), to.first(), end, was.note());
    }

    /** Files matching the patterns that no hazard's location covers. */
    public List<String> unlinked(SourceTree tree, List<String> clinicalGlobs) {
        List<Glob> globs = clinicalGlobs.stream().map(Glob::of).toList();
        return UnlinkedCode.find(tree, globs, log.hazards());
    }

    private List<Hazard> select(Collection<Integer> numbers) {
        List<Hazard> all = log.hazards();
        if (numbers.isEmpty()) {
            return all;
        }
        Set<Integer> wanted = new TreeSet<>(numbers);
        List<Hazard> chosen = all.stream().filter(h -> wanted.contains(h.number())).toList();
        if (chosen.size() < wanted.size()) {
            chosen.forEach(h -> wanted.remove(h.number()));
            throw new InvalidValueException("No hazard " + wanted.iterator().next() + " in this log.");
        }
        return chosen;
    }
}
