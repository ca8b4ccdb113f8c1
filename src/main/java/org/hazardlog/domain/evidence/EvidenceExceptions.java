package org.hazardlog.domain.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskExceptions;
import org.hazardlog.domain.RiskScheme;

/** The exceptions that need the recorded test evidence: hazards whose residual risk is unverified. */
public final class EvidenceExceptions {

    private EvidenceExceptions() {
    }

    /** The exceptions of one hazard, unverified residual included, in the order of {@link RiskExceptions.Kind}. */
    public static List<RiskExceptions.Kind> of(Hazard h, RiskScheme scheme, ControlVerification evidence) {
        List<RiskExceptions.Kind> kinds = new ArrayList<>(new RiskExceptions(scheme).of(h));
        if (evidence.residualUnverified(h, scheme)) {
            kinds.add(RiskExceptions.Kind.RESIDUAL_UNVERIFIED);
        }
        return kinds;
    }

    /** Whether a hazard has any exception the safety case and {@code list --exceptions} list. */
    public static boolean hasAny(Hazard h, RiskScheme scheme, ControlVerification evidence) {
        return new RiskExceptions(scheme).hasAny(h) || evidence.residualUnverified(h, scheme);
    }

    /** The log's other exceptions with the unverified residuals added, hazard by hazard. */
    public static List<RiskExceptions.Finding> findings(List<Hazard> hazards, RiskScheme scheme,
                                                        ControlVerification evidence) {
        List<RiskExceptions.Finding> all = new ArrayList<>(new RiskExceptions(scheme).findings(hazards));
        for (Hazard h : hazards) {
            if (evidence.residualUnverified(h, scheme)) {
                all.add(new RiskExceptions.Finding(h.number() == null ? 0 : h.number(), h.name(),
                        RiskExceptions.Kind.RESIDUAL_UNVERIFIED));
            }
        }
        all.sort(Comparator.comparingInt(RiskExceptions.Finding::hazardNumber)
                .thenComparing(RiskExceptions.Finding::kind));
        return all;
    }
}
