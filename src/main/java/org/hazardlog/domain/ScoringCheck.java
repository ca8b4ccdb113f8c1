package org.hazardlog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/** The scoring rules users expect of a DCB0129 hazard log, checked against the log's risk scheme. */
public final class ScoringCheck {

    private final RiskScheme scheme;

    public ScoringCheck(RiskScheme scheme) {
        this.scheme = scheme;
    }

    public List<ScoringWarning> warnings(Hazard h) {
        List<ScoringWarning> found = new ArrayList<>();
        Optional<RiskLevel> initial = scheme.riskLevel(h.initial());
        Optional<RiskLevel> residual = scheme.riskLevel(h.residual());
        if (initial.isPresent() && residual.isPresent()
                && residual.get().number() < initial.get().number()
                && h.controls().stream().map(Control::status).noneMatch(s -> s.isInPlace())) {
            found.add(ScoringWarning.REDUCTION_WITHOUT_CONTROL_IN_PLACE);
        }
        int level = residual.map(RiskLevel::number).orElse(0);
        if (h.status() == HazardStatus.CLOSED && level >= 4) {
            found.add(ScoringWarning.UNACCEPTABLE_RESIDUAL_CLOSED);
        }
        boolean accepted = h.status() == HazardStatus.CLOSED || h.status() == HazardStatus.TRANSFERRED;
        if (accepted && (level == 2 || level == 3) && h.residualAssessment().isBlank()) {
            found.add(ScoringWarning.ACCEPTED_WITHOUT_JUSTIFICATION);
        }
        return found;
    }
}
