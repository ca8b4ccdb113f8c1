package org.hazardlog.domain.evidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;

/**
 * The evidence gate: every control linked to tests, with its state, and which of them fail the
 * gate. A control fails when the hazard's residual rests on it (see
 * {@link ControlVerification#residualRestsOn}) and its evidence is failing or missing; with
 * evidence required, also when it has none or its tests were skipped.
 */
public final class EvidenceCheck {

    /** One control linked to tests. */
    public record Finding(Hazard hazard, Control control, Verification verification, boolean residualRestsOn,
                          List<LinkResult> results, boolean fails) {
        public Finding {
            results = List.copyOf(results);
        }
    }

    private final List<Finding> findings;

    private EvidenceCheck(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    public static EvidenceCheck of(List<Hazard> hazards, RiskScheme scheme, ControlVerification evidence,
                                   boolean evidenceRequired) {
        Set<Verification> failing = evidenceRequired
                ? Set.of(Verification.FAILING, Verification.MISSING, Verification.NONE, Verification.SKIPPED)
                : Set.of(Verification.FAILING, Verification.MISSING);
        List<Finding> out = new ArrayList<>();
        for (Hazard h : hazards) {
            List<Control> restsOn = ControlVerification.residualRestsOn(h, scheme);
            for (Control c : h.controls()) {
                if (c.tests().isEmpty()) {
                    continue;
                }
                Verification v = evidence.of(c);
                boolean relied = restsOn.contains(c);
                out.add(new Finding(h, c, v, relied, evidence.resultsOf(c), relied && failing.contains(v)));
            }
        }
        return new EvidenceCheck(out);
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> failures() {
        return findings.stream().filter(Finding::fails).toList();
    }

    public boolean passes() {
        return findings.stream().noneMatch(Finding::fails);
    }

    /** How many linked controls are in each state. */
    public Map<Verification, Integer> counts() {
        Map<Verification, Integer> counts = new EnumMap<>(Verification.class);
        for (Verification v : Verification.values()) {
            counts.put(v, 0);
        }
        findings.forEach(f -> counts.merge(f.verification(), 1, Integer::sum));
        return counts;
    }

    /** The numbers of hazards whose residual is unverified, in order. */
    public List<Integer> unverifiedHazards() {
        return findings.stream().filter(f -> f.residualRestsOn() && f.verification().contradictsControl())
                .map(f -> f.hazard().number()).distinct().sorted().toList();
    }
}
