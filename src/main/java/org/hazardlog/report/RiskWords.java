package org.hazardlog.report;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;

/** How scores are written in documents: "4 - Major", "3 - Medium", or "TBC" while not scored. */
public final class RiskWords {

    public static final String UNSCORED = "TBC";

    private RiskWords() {
    }

    public static String likelihood(RiskScheme scheme, Integer level) {
        return level == null ? UNSCORED : level + " - " + scheme.likelihood(level).name();
    }

    public static String severity(RiskScheme scheme, Integer level) {
        return level == null ? UNSCORED : level + " - " + scheme.severity(level).name();
    }

    public static String risk(RiskScheme scheme, Assessment a) {
        return scheme.riskLevel(a).map(RiskLevel::label).orElse(UNSCORED);
    }

    public static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
