package org.hazardlog.report.cscr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.TeamLog;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.cscr.Gap;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueDetails;

/**
 * The test issues are part of what an approved safety case rests on: the approved content lists the
 * open ones as they were, and a test issue changed between making the report and approving it makes
 * the approval refuse, as a change of the project settings does.
 */
class TestIssuesInApprovalTest {

    @TempDir
    Path folder;

    private static final CscrConclusion CONCLUSION = new CscrConclusion("Acceptable for the pilot ward.", "Approved.");

    @Test
    void aTestIssueChangedAfterTheReportWasMadeRefusesTheApproval() {
        var file = TeamLog.makeIn(folder).copyTo(folder);
        try (HazardLogService log = HazardLogService.open(file, TeamLog.CSO)) {
            log.versions().issue("Release 1", TeamLog.PASSWORD.toCharArray());
            TestIssue t = log.testIssues().add(null, new TestIssueDetails("Dose field accepts 10x values", "",
                    List.of(1), "A tenfold dose could be given."));
            CscrReports.Prepared p = CscrReports.prepare(log, 1, CscrTemplates.builtIn(), CONCLUSION);
            assertThat(p.json()).contains("TI-001", "A tenfold dose could be given.");
            Set<String> all = p.gaps().stream().map(Gap::key).collect(Collectors.toSet());
            // An open test issue is a gap the CSO confirms, printed next to the signature.
            assertThat(all).contains("open-test-issues");
            assertThat(p.gaps()).extracting(Gap::description).contains("1 test issue is open (section 8)");

            log.actAs(TeamLog.ENGINEER);
            log.testIssues().resolve(t.id(), t.revision(), "Limit added", null);
            log.actAs(TeamLog.CSO);
            assertThatThrownBy(() -> CscrReports.approve(log, p, all, TeamLog.PASSWORD.toCharArray()))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("changed a test issue");
            assertThat(log.cscrApprovals().list()).isEmpty();

            CscrReports.Prepared again = CscrReports.prepare(log, 1, CscrTemplates.builtIn(), CONCLUSION);
            assertThat(again.gaps()).extracting(Gap::key).doesNotContain("open-test-issues");
            CscrReports.approve(log, again, all, TeamLog.PASSWORD.toCharArray());
            String signed = log.cscrApprovals().latestFor(1).orElseThrow().documentJson();
            assertThat(signed).contains(TestIssuesSection.NONE_OPEN).doesNotContain("A tenfold dose");
        }
    }
}
