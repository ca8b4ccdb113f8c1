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
