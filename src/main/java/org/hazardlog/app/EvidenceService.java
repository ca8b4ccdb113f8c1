package org.hazardlog.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessPolicy;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.EvidenceSeals;
import org.hazardlog.domain.audit.RecordSeal;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.evidence.EvidenceRun;
import org.hazardlog.domain.evidence.EvidenceState;
import org.hazardlog.domain.evidence.LinkResult;
import org.hazardlog.domain.evidence.ReportMatching;
import org.hazardlog.domain.evidence.TestCase;
import org.hazardlog.store.EvidenceRepository;

/**
 * Verification evidence: records the test results of a build as one evidence run (all or nothing,
 * audited), and derives each control's verification from the latest run. Used alike by the window
 * and the command line.
 */
public final class EvidenceService {

    /** The audit trail's entity for an evidence run ({@code evidence}, key {@code run 3}). */
    public static final String AUDIT_ENTITY = EvidenceSeals.ENTITY;

    /** What a run recorded, for the command's summary. */
    public record Recorded(EvidenceRun run, ReportMatching.Result matching) {
    }

    private final HazardLogService log;
    private final EvidenceRepository runs = new EvidenceRepository();

    public EvidenceService(HazardLogService log) {
        this.log = log;
    }

    /**
     * Records one run. Refused, with nothing written, when no control links a test, or when not one
     * link matches a test case of the reports (the wrong reports, most likely) unless
     * {@code acceptAllMissing}. Links that match nothing are recorded as missing: a deleted test must
     * never leave its control looking verified.
     */
    public Recorded record(List<TestCase> testCases, List<String> reports, String commit, String buildUrl,
                           boolean acceptAllMissing) {
        ReportMatching matching = new ReportMatching(testCases);
        return log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.RECORD_CONTROL_PROGRESS, "Recording test evidence");
            List<Hazard> hazards = log.hazardRepository().findAll(w.handle());
            ReportMatching.Result result = matching.match(hazards);
            if (result.results().isEmpty()) {
                throw new InvalidValueException("no control of this log is linked to a test, so the run would be "
                        + "evidence of nothing; link tests to controls first (\"tests\" in the JSON format, or the "
                        + "control card in the window). Nothing was recorded.");
            }
            if (result.linkedTests() == 0 && !acceptAllMissing) {
                throw new InvalidValueException("none of the log's " + result.results().size()
                        + " test links matches a test case of the " + (reports.size() == 1 ? "report" : "reports")
                        + " (" + testCases.size() + " test cases); are they the reports of this product? Nothing was "
                        + "recorded. To record every linked test as missing, add --accept-all-missing.");
            }
            EvidenceRun run = new EvidenceRun(runs.nextNumber(w.handle()), w.audit().time(), w.actor().name(),
                    blankToNull(commit), blankToNull(buildUrl), reports, result.testCases(), result.linkedTests(),
                    result.unlinked());
            runs.insert(w.handle(), run, result.results());
            w.audit().record(w.actor(), AuditAction.CREATE, AUDIT_ENTITY, "run " + run.number(), "evidence run", null,
                    summary(run, result) + "; " + RecordSeal.phrase(EvidenceSeals.NAME, runs.seal(w.handle(), run.number())),
                    null);
            return new Recorded(run, result);
        });
    }

    /** The audit trail's one line for a run: enough to tell later what was recorded from where. */
    static String summary(EvidenceRun run, ReportMatching.Result result) {
        var counts = result.results().stream()
                .collect(Collectors.groupingBy(LinkResult::outcome, Collectors.counting()));
        return String.format(Locale.ROOT, "%d test cases (%d linked, %d unlinked); links: %s; commit %s; build %s; "
                        + "reports: %s", run.testCases(), run.linkedTests(), run.unlinked(),
                counts.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> e.getValue() + " " + e.getKey().word()).collect(Collectors.joining(", ")),
                run.commit() == null ? "not known" : run.commit(),
                run.buildUrl() == null ? "not given" : run.buildUrl(), String.join(", ", run.reports()));
    }

    public List<EvidenceRun> runs() {
        return log.read(runs::runs);
    }

    public Optional<EvidenceRun> run(int number) {
        return log.read(h -> runs.run(h, number));
    }

    public Optional<EvidenceRun> latestRun() {
        return log.read(runs::latest);
    }

    public List<LinkResult> results(int run) {
        return log.read(h -> runs.results(h, run));
    }

    /** Each control's state from the latest run; with no run, every control has no evidence. */
    public ControlVerification verification() {
        return state().verification();
    }

    /** The latest run and the states it gives, read together. */
    public EvidenceState state() {
        return log.read(EvidenceService::state);
    }

    /** The same, inside a transaction the caller holds (an approval checks its gaps in its own write). */
    static EvidenceState state(org.jdbi.v3.core.Handle h) {
        EvidenceRepository runs = new EvidenceRepository();
        Optional<EvidenceRun> latest = runs.latest(h);
        return new EvidenceState(latest, new ControlVerification(
                latest.map(r -> runs.results(h, r.number())).orElse(List.of())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
