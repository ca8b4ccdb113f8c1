package org.hazardlog.report.cscr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.evidence.ControlBasis;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.evidence.EvidenceRun;
import org.hazardlog.domain.evidence.EvidenceState;
import org.hazardlog.domain.evidence.LinkResult;
import org.hazardlog.domain.evidence.TestOutcome;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueDetails;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.Reports;
import org.hazardlog.report.document.Block;
import org.hazardlog.report.document.Heading;
import org.hazardlog.report.document.Paragraph;
import org.hazardlog.report.document.SafetyDocument;
import org.hazardlog.report.document.Table;

/** Section 8 of the safety case: the open test issues listed, resolved ones counted, unverified test controls only counted. */
class TestIssuesSectionTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private static TestIssue open(String id, String title, String impact, Integer... hazards) {
        return new TestIssue(id, new TestIssueDetails(title, "", List.of(hazards), impact), null, "eng", AT, 1);
    }

    private static TestIssue resolved(String id, String title) {
        return open(id, title, "none").resolvedAs(new TestIssue.Resolution("Fixed in 3.2.1", "eng", AT));
    }

    private static ReportInput input(List<Hazard> hazards, Optional<List<TestIssue>> issues) {
        ReportInput base = Reports.input(hazards);
        return new ReportInput(base.hazards(), base.scheme(), base.project(), base.logName(), base.generatedAt(),
                base.version(), issues);
    }

    /** The blocks between the heading of section 8 and the next level-1 heading. */
    private static List<Block> section8(ReportInput input) {
        SafetyDocument doc = SafetyCaseReport.build(input, CscrTemplates.builtIn());
        List<Block> blocks = new ArrayList<>();
        boolean in = false;
        for (Block b : doc.blocks()) {
            if (b instanceof Heading h && h.level() == 1) {
                in = h.text().equals(CscrSection.TEST_ISSUES.heading());
                continue;
            }
            if (in) {
                blocks.add(b);
            }
        }
        return blocks;
    }

    private static String text(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                b.append(p.text()).append('\n');
            } else if (block instanceof Table t) {
                t.rows().forEach(r -> r.forEach(c -> b.append(c.text()).append(" | ")));
                b.append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void openIssuesAreListedWithHazardsAndSafetyImpactAndResolvedOnesOnlyCounted() {
        List<Block> blocks = section8(input(Reports.hazards(), Optional.of(List.of(
                open("TI-001", "Dose field accepts 10x values", "A tenfold dose could be given.", 1, 2),
                resolved("TI-002", "Allergy banner hidden on small screens"),
                open("TI-003", "Search ignores NHS number spaces", "")))));
        List<Table> tables = blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).rows()).hasSize(2);
        assertThat(tables.get(0).rows().get(0)).extracting(Table.Cell::text).containsExactly("TI-001",
                "Dose field accepts 10x values", "1, 2", "A tenfold dose could be given.");
        assertThat(tables.get(0).rows().get(1)).extracting(Table.Cell::text).containsExactly("TI-003",
                "Search ignores NHS number spaces", "none", SafetyCaseReport.NOT_PROVIDED);
        String text = text(blocks);
        assertThat(text).contains("Test issues as the log held them on ", "3 test issues, 2 open and 1 resolved", "1 resolved test issue is not listed")
                .doesNotContain("TI-002", "Allergy banner");
    }

    @Test
    void unverifiedTestControlsAreACountAndAPointerNotAListing() {
        List<Hazard> hazards = new ArrayList<>(Reports.hazards());
        List<Control> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(Control.proposed(ControlCategory.TEST, "Unit test case " + i));
        }
        hazards.set(0, hazards.get(0).toBuilder().controls(many).build());
        int expected = org.hazardlog.report.UnverifiedTestControls.count(hazards);
        List<Block> blocks = section8(input(hazards, Optional.of(List.of())));
        String text = text(blocks);
        assertThat(text).contains(TestIssuesSection.NONE_RECORDED)
                .contains(expected + " controls of category Test have a recorded status that is not yet verified")
                .doesNotContain("not of test results")
                .contains(SafetyCaseReport.APPENDIX_A)
                .doesNotContain("Unit test case");
        assertThat(blocks).noneMatch(b -> b instanceof Table);
    }

    @Test
    void aCountOfRecordedStatusesIsNeverReadAsAllVerifiedWhenTestEvidenceFails() {
        List<Hazard> hazards = new ArrayList<>(Reports.hazards());
        Control linked = Control.proposed(ControlCategory.TEST, "Dose check unit tests")
                .withStatus(org.hazardlog.domain.ControlStatus.IMPLEMENTATION_VERIFIED)
                .withTests(List.of(new org.hazardlog.domain.TestLink("DoseTest", org.hazardlog.domain.TestKind.IMPLEMENTATION)));
        hazards.set(0, hazards.get(0).toBuilder().controls(List.of(linked)).build());
        LinkResult failed = new LinkResult(1, hazards.get(0).number(), 0, "DoseTest",
                org.hazardlog.domain.TestKind.IMPLEMENTATION, TestOutcome.FAILED, 3, 1, 0, "DoseTest.tenfold",
                ControlBasis.of(linked));
        EvidenceState evidence = new EvidenceState(Optional.of(new EvidenceRun(1, AT, "ci", "0123456789abcdef", null,
                List.of("TEST-dose.xml"), 3, 1, 0)), new ControlVerification(List.of(failed)));
        ReportInput base = input(hazards, Optional.of(List.of()));
        ReportInput in = new ReportInput(base.hazards(), base.scheme(), base.project(), base.logName(), base.generatedAt(),
                base.version(), base.testIssues(), evidence);
        String text = text(section8(in));
        int recorded = org.hazardlog.report.UnverifiedTestControls.count(hazards);
        assertThat(text).contains(recorded + " control" + (recorded == 1 ? " of category Test has" : "s of category Test have")
                        + " a recorded status that is not yet verified")
                .contains("1 control has failing or missing evidence from automated tests")
                .contains(CscrEvidence.HEADING, "section 6");
    }

    @Test
    void noOpenIssueIsSaidPlainly() {
        String text = text(section8(input(Reports.hazards(), Optional.of(List.of(resolved("TI-002", "Fixed one"))))));
        assertThat(text).contains(TestIssuesSection.NONE_OPEN, "1 test issue, 0 open and 1 resolved");
    }

    @Test
    void aReportMadeWithoutTheTestIssuesShowsAGapNotNone() {
        String text = text(section8(input(Reports.hazards(), Optional.empty())));
        assertThat(text).contains("Test issues: " + SafetyCaseReport.NOT_PROVIDED).doesNotContain(TestIssuesSection.NONE_RECORDED);
    }

    @Test
    void theExecutiveSummaryAndTheProposedStatementCountOpenIssues() {
        ReportInput in = input(Reports.hazards(), Optional.of(List.of(open("TI-001", "t", "i", 1), open("TI-004", "u", "j"))));
        SafetyDocument doc = SafetyCaseReport.build(in, CscrTemplates.builtIn());
        assertThat(doc.blocks().stream().filter(b -> b instanceof org.hazardlog.report.document.BulletList)
                .map(Object::toString).toList()).anyMatch(s -> s.contains("2 test issues are open (section 8)."));
        assertThat(ProposedText.statement(in)).contains("2 test issues are open (section 8).");
    }

    @Test
    void aLinkedHazardTheVersionDoesNotHoldIsMarked() {
        List<Block> blocks = section8(input(Reports.hazards(), Optional.of(List.of(open("TI-001", "t", "i", 1, 99)))));
        Table t = (Table) blocks.stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        assertThat(t.rows().get(0).get(2).text()).startsWith("1, 99 (not in ");
    }
}
