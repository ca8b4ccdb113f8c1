package org.hazardlog.report.cscr;

import java.util.List;

import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.RiskExceptions;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.cscr.Gap;
import org.hazardlog.domain.cscr.Gaps;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.RiskTally;
import org.hazardlog.report.RiskWords;
import org.hazardlog.report.content.HazardLogDocument;

/**
 * Starting texts for the CSO's statement and sign-off, built from the log (counts, the highest
 * residual risk, the exceptions). Each ends with a bracketed request for the CSO's own conclusion;
 * a text that still holds it cannot be approved, so a proposal is never signed as it stands.
 */
public final class ProposedText {

    /** Marks the part of a proposal only the CSO can write. */
    public static final String TO_WRITE = "[Clinical Safety Officer:";

    private ProposedText() {
    }

    public static String statement(ReportInput input) {
        RiskTally tally = input.tally();
        StringBuilder b = new StringBuilder();
        b.append("The hazard log of ").append(HazardLogDocument.productLine(input.project())).append(", ")
                .append(input.version().label().toLowerCase()).append(", records ")
                .append(HazardLogDocument.statusCounts(input.hazards())).append(". ");
        int highest = tally.residual().highestLevel();
        if (highest > 0) {
            RiskLevel level = input.scheme().riskLevel(highest);
            b.append("The highest residual risk is ").append(SafetyCaseReport.riskWords(level)).append(" (")
                    .append(RiskWords.plural(tally.residual().atLevel(highest), "hazard", "hazards")).append("). ");
        }
        if (tally.residual().unscored() > 0) {
            b.append(RiskWords.plural(tally.residual().unscored(), "hazard has", "hazards have"))
                    .append(" no residual risk score. ");
        }
        List<RiskExceptions.Finding> findings = new RiskExceptions(input.scheme()).findings(input.hazards());
        b.append(findings.isEmpty() ? "HazardLog found no exceptions." : RiskWords.plural(findings.size(), "exception is", "exceptions are")
                + " listed in the section " + SafetyCaseReport.EXCEPTIONS + ".");
        long drafts = input.hazards().stream().filter(h -> h.status() == HazardStatus.DRAFT).count();
        if (drafts > 0) {
            b.append(" ").append(RiskWords.plural((int) drafts, "draft hazard has", "draft hazards have")).append(" not been reviewed.");
        }
        int openTests = input.openTestIssues().size();
        if (openTests > 0) {
            b.append(" ").append(RiskWords.plural(openTests, "test issue is", "test issues are")).append(" open (section 8).");
        }
        b.append("\n\n").append(TO_WRITE).append(" state your conclusion on the clinical safety of this release and why.]");
        return b.toString();
    }

    public static String signOff(ReportInput input, CscrTemplates templates) {
        String own = MarkdownSnippet.parse(templates.text(CscrTemplates.SIGN_OFF)).stream()
                .filter(b -> b instanceof org.hazardlog.report.document.Paragraph)
                .map(b -> new Placeholders(input).fill(((org.hazardlog.report.document.Paragraph) b).text()))
                .reduce((a, c) -> a + "\n\n" + c).orElse("");
        if (!own.isBlank()) {
            return own + "\n\n" + TO_WRITE + " confirm or rewrite this wording, then remove this line.]";
        }
        List<Gap> gaps = Gaps.of(input.hazards(), input.scheme(), input.project(),
                input.openTestIssues().size(), input.evidence().verification());
        return "I have reviewed this Clinical Safety Case Report for " + HazardLogDocument.productLine(input.project())
                + ", made from " + input.version().label().toLowerCase() + " of the hazard log"
                + (gaps.isEmpty() ? "." : ", and the " + RiskWords.plural(gaps.size(), "gap", "gaps") + " listed with this sign-off.")
                + "\n\n" + TO_WRITE + " state your decision on this release.]";
    }
}
