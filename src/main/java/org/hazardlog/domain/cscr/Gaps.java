package org.hazardlog.domain.cscr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.RiskExceptions;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.evidence.EvidenceExceptions;

/**
 * The gaps of a safety case made from a set of hazards and the project settings. The same list is
 * printed next to the CSO's signature and checked when the CSO approves, so what the CSO confirmed
 * is what the reader sees.
 */
public final class Gaps {

    private Gaps() {
    }

    /**
     * {@code openTestIssues}: how many test issues of the log are open (section 8 lists them);
     * {@code evidence}: the control states of the latest evidence run, which make a residual unverified.
     */
    public static List<Gap> of(List<Hazard> hazards, RiskScheme scheme, ProjectSettings project, int openTestIssues,
                               ControlVerification evidence) {
        List<Gap> gaps = new ArrayList<>();
        for (ProjectSettings.Field f : ProjectSettings.Field.values()) {
            if (f.of(project).isBlank()) {
                gaps.add(new Gap("setting:" + f.key(), f.label() + " not provided"));
            }
        }
        int unacceptable = 0;
        int unscored = 0;
        for (Hazard h : hazards) {
            int level = scheme.riskLevel(h.residual()).map(RiskLevel::number).orElse(0);
            if (level == 0) {
                unscored++;
            } else if (level >= 4) {
                unacceptable++;
            }
        }
        if (unacceptable > 0) {
            gaps.add(new Gap("residual-4-5", hazards(unacceptable) + " at a residual risk of level 4 or 5"));
        }
        if (unscored > 0) {
            gaps.add(new Gap("unscored", hazards(unscored) + " without a residual risk score (TBC)"));
        }
        if (openTestIssues > 0) {
            gaps.add(new Gap("open-test-issues", openTestIssues + (openTestIssues == 1 ? " test issue is" : " test issues are")
                    + " open (section 8)"));
        }
        List<RiskExceptions.Finding> findings = EvidenceExceptions.findings(hazards, scheme, evidence);
        Map<RiskExceptions.Kind, Integer> counts = RiskExceptions.counts(findings);
        counts.forEach((kind, n) -> gaps.add(new Gap(kind.key(), hazards(n) + ": " + lowerFirst(kind.description())
                + (kind == RiskExceptions.Kind.RESIDUAL_UNVERIFIED ? numbers(findings, kind) : ""))));
        return gaps;
    }

    /** The CSO confirms which hazards rest on failing or missing tests, not just how many. */
    private static String numbers(List<RiskExceptions.Finding> findings, RiskExceptions.Kind kind) {
        List<Integer> numbers = findings.stream().filter(f -> f.kind() == kind)
                .map(RiskExceptions.Finding::hazardNumber).toList();
        return " (" + (numbers.size() == 1 ? "hazard " : "hazards ")
                + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    private static String hazards(int n) {
        return n + (n == 1 ? " hazard" : " hazards");
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
