package org.hazardlog.ui;

import java.util.Optional;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;

/** How a risk is written and coloured in the window: "3 - Medium", style class risk-3; or "TBC". */
final class RiskText {

    static final String UNSCORED = "TBC";
    static final String UNSCORED_STYLE = "risk-unscored";

    private RiskText() {
    }

    static String label(RiskScheme scheme, Assessment a) {
        return scheme.riskLevel(a).map(RiskLevel::label).orElse(UNSCORED);
    }

    static String styleClass(Optional<RiskLevel> level) {
        return level.map(l -> "risk-" + l.number()).orElse(UNSCORED_STYLE);
    }

    static String styleClass(RiskScheme scheme, Assessment a) {
        return styleClass(scheme.riskLevel(a));
    }
}
