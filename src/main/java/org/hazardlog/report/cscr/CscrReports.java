package org.hazardlog.report.cscr;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hazardlog.app.CscrApprovals;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.cscr.CscrApproval;
import org.hazardlog.domain.cscr.Gap;
import org.hazardlog.report.ReportException;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.document.SafetyDocument;

/**
 * The safety case of a log, for the command line and the window alike: made ready for the CSO to
 * approve, approved, and chosen for export (the approved content when there is an approval, else
 * a draft marked as not approved).
 */
public final class CscrReports {

    private CscrReports() {
    }

    /** A report of an issued version with the CSO's texts, as it will be signed. */
    public record Prepared(int version, String sourceStamp, SafetyCaseReport.Content content, String json,
                           String contentHash, CscrConclusion conclusion) {
        public List<Gap> gaps() {
            return content.gaps();
        }
    }

    /** The input of a report of issued version {@code version}. */
    public static ReportInput input(HazardLogService log, int version) {
        return ReportInput.issued(log, version);
    }

    public static Prepared prepare(HazardLogService log, int version, CscrTemplates templates, CscrConclusion conclusion) {
        // The stamp first: anything that changes after it makes the approval refuse, never pass.
        String stamp = log.cscrApprovals().sourceStamp(version);
        ReportInput input = ReportInput.issued(log, version);
        SafetyCaseReport.Content content = SafetyCaseReport.content(input, templates, Optional.of(conclusion));
        String json = CscrSeal.json(content);
        return new Prepared(version, stamp, content, json, CscrApprovals.sha256(json), conclusion);
    }

    /** Signs a prepared report; refuses a text that still holds a proposal's request to the CSO. */
    public static CscrApproval approve(HazardLogService log, Prepared p, Set<String> confirmedGaps, char[] password) {
        for (String text : List.of(p.conclusion().statement(), p.conclusion().signOff())) {
            if (text.contains(ProposedText.TO_WRITE)) {
                java.util.Arrays.fill(password, '\0');
                throw new ReportException("The statement or sign-off still holds the proposal's request \""
                        + ProposedText.TO_WRITE + " ...]\": write your own conclusion in its place. Nothing was approved.");
            }
        }
        return log.cscrApprovals().approve(new CscrApprovals.Request(p.version(), p.sourceStamp(), p.json(),
                p.contentHash(), p.conclusion().statement(), p.conclusion().signOff(), confirmedGaps), password);
    }

    /**
     * The safety case to export: of an issued version with an approval, the newest approved content;
     * otherwise (the current log, or a version not approved) a draft made now, marked not approved.
     */
    public static SafetyDocument forExport(HazardLogService log, Optional<Integer> version, CscrTemplates templates) {
        if (version.isPresent()) {
            var approved = log.cscrApprovals().latestFor(version.get());
            if (approved.isPresent()) {
                return CscrSeal.approved(approved.get().approval(), approved.get().documentJson());
            }
        }
        ReportInput input = version.isPresent() ? ReportInput.issued(log, version.get()) : ReportInput.current(log);
        return SafetyCaseReport.build(input, templates);
    }
}
