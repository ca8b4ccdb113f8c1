package org.hazardlog.domain.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;

/**
 * Derives each control's {@link Verification} from the results of the latest evidence run, and
 * whether a hazard's residual risk is unverified.
 *
 * <p>Results are found by the control's {@link ControlBasis}, not its store id: a control counts as
 * tested only while it says what it said when the run was recorded, and an issued version's
 * controls (read back from their snapshot, without ids) are judged the same way. Two controls with
 * the same basis have the same links, so the same results.
 */
public final class ControlVerification {

    private static final ControlVerification NO_RUN = new ControlVerification(List.of());

    private final Map<String, List<LinkResult>> byBasis = new HashMap<>();
    private final Map<Control, Verification> states = new HashMap<>();

    /** {@code latestRun}: every result of the latest run (none when no run was recorded). */
    public ControlVerification(List<LinkResult> latestRun) {
        Map<String, Map<Integer, LinkResult>> grouped = new HashMap<>();
        for (LinkResult r : latestRun) {
            grouped.computeIfAbsent(r.basis(), k -> new TreeMap<>()).putIfAbsent(r.position(), r);
        }
        grouped.forEach((basis, results) -> byBasis.put(basis, List.copyOf(results.values())));
    }

    /** Before any run: every control has no evidence. */
    public static ControlVerification none() {
        return NO_RUN;
    }

    public synchronized Verification of(Control c) {
        return states.computeIfAbsent(c, this::derive);
    }

    private Verification derive(Control c) {
        List<LinkResult> results = c.tests().isEmpty() ? null : byBasis.get(ControlBasis.of(c));
        // No result for this basis: never tested, or changed (text or links) since the latest run.
        if (results == null || results.size() != c.tests().size()) {
            return Verification.NONE;
        }
        if (results.stream().anyMatch(r -> r.outcome() == TestOutcome.FAILED)) {
            return Verification.FAILING;
        }
        if (results.stream().anyMatch(r -> r.outcome() == TestOutcome.MISSING)) {
            return Verification.MISSING;
        }
        if (results.stream().anyMatch(r -> r.outcome() == TestOutcome.SKIPPED)) {
            return Verification.SKIPPED;
        }
        return Verification.VERIFIED;
    }

    /** The results behind a control's state, in link order; empty when it has no evidence. */
    public List<LinkResult> resultsOf(Control c) {
        return of(c) == Verification.NONE ? List.of() : new ArrayList<>(byBasis.get(ControlBasis.of(c)));
    }

    /**
     * The controls a hazard's residual score rests on: all but rejected ones, and only when the
     * residual is scored (an unscored residual claims nothing to verify).
     */
    public static List<Control> residualRestsOn(Hazard h, RiskScheme scheme) {
        if (scheme.riskLevel(h.residual()).isEmpty()) {
            return List.of();
        }
        return h.controls().stream().filter(c -> c.status() != ControlStatus.REJECTED).toList();
    }

    /** True when the residual rests on a control whose evidence is failing or missing. */
    public boolean residualUnverified(Hazard h, RiskScheme scheme) {
        return residualRestsOn(h, scheme).stream().anyMatch(c -> of(c).contradictsControl());
    }
}
