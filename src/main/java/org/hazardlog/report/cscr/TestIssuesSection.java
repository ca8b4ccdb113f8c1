package org.hazardlog.report.cscr;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.RiskWords;
import org.hazardlog.report.UnverifiedTestControls;
import org.hazardlog.report.document.Block;
import org.hazardlog.report.document.Paragraph;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/**
 * Section 8, test issues: the open test issues with their linked hazards and safety impact, the
 * number resolved, the number of Test-category controls whose recorded status is not yet verified
 * with where they are listed, and where test evidence is, how many controls it contradicts.
 * Every sentence is a count or a record of the log; a safety impact nobody wrote is a visible gap.
 */
final class TestIssuesSection {

    static final String NONE_RECORDED = "No test issues are recorded in this log.";
    static final String NONE_OPEN = "No test issue is open.";

    private TestIssuesSection() {
    }

    static List<Block> blocks(ReportInput input) {
        List<Block> blocks = new ArrayList<>();
        if (input.testIssues().isEmpty()) {
            blocks.add(Paragraph.of("Test issues: " + SafetyCaseReport.NOT_PROVIDED
                    + " (this report was made without reading the log's test issues)."));
        } else {
            recorded(input, input.testIssues().get(), blocks);
        }
        int unverified = UnverifiedTestControls.count(input.hazards());
        blocks.add(Paragraph.of(RiskWords.plural(unverified, "control", "controls")
                + " of category Test " + (unverified == 1 ? "has" : "have")
                + " a recorded status that is not yet verified (neither implementation nor effectiveness verified)"
                + (unverified == 0 ? "." : "; each is listed with its hazard and status in " + SafetyCaseReport.APPENDIX_A + ".")));
        evidencePointer(input).ifPresent(blocks::add);
        return blocks;
    }

    /**
     * The count above reads only the status someone recorded; results of automated tests can say
     * otherwise. Where any control is linked to tests, say how many have failing or missing
     * evidence and where the table is, so the count is never read as "all verified".
     */
    private static Optional<Paragraph> evidencePointer(ReportInput input) {
        ControlVerification v = input.evidence().verification();
        int linked = 0;
        int contradicted = 0;
        for (Hazard h : input.hazards()) {
            for (Control c : h.controls()) {
                if (!c.tests().isEmpty()) {
                    linked++;
                    if (v.of(c).contradictsControl()) {
                        contradicted++;
                    }
                }
            }
        }
        if (linked == 0) {
            return Optional.empty();
        }
        String where = "the table \"" + CscrEvidence.HEADING + "\" in section " + CscrSection.RISK_CONTROL.number();
        return Optional.of(Paragraph.of("That count is of recorded statuses, not of test results: "
                + RiskWords.plural(contradicted, "control has", "controls have")
                + " failing or missing evidence from automated tests; the result for each control linked to tests is in "
                + where + "."));
    }

    private static void recorded(ReportInput input, List<TestIssue> all, List<Block> blocks) {
        if (all.isEmpty()) {
            blocks.add(Paragraph.of(NONE_RECORDED));
            return;
        }
        List<TestIssue> open = all.stream().filter(TestIssue::isOpen).toList();
        int resolved = all.size() - open.size();
        String when = input.generatedAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
        blocks.add(Paragraph.of("Test issues as the log held them on " + when + ": "
                + RiskWords.plural(all.size(), "test issue", "test issues") + ", " + open.size() + " open and "
                + resolved + " resolved."));
        if (open.isEmpty()) {
            blocks.add(Paragraph.of(NONE_OPEN));
        } else {
            blocks.add(Paragraph.of(open.size() == 1 ? "The open test issue and its safety impact:"
                    : "The open test issues and their safety impact:"));
            blocks.add(table(open, numbers(input.hazards()), input.version().label().toLowerCase()));
        }
        if (resolved > 0) {
            blocks.add(Paragraph.of(RiskWords.plural(resolved, "resolved test issue is", "resolved test issues are")
                    + " not listed here; the log keeps each with its resolution."));
        }
    }

    private static Table table(List<TestIssue> open, Set<Integer> inReport, String version) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TestIssue t : open) {
            rows.add(List.of(Cell.of(t.id()), Cell.of(t.title()), Cell.of(hazards(t, inReport, version)),
                    Cell.of(t.details().safetyImpact().isEmpty() ? SafetyCaseReport.NOT_PROVIDED : t.details().safetyImpact())));
        }
        return new Table(List.of(new Column("ID", 1.2f), new Column("Test issue", 3.6f), new Column("Hazards", 1.4f),
                new Column("Safety impact", 4.2f)), rows, false);
    }

    /** "3, 7"; a hazard number this report does not hold (added to the log after its version) says so. */
    private static String hazards(TestIssue t, Set<Integer> inReport, String version) {
        if (t.details().hazards().isEmpty()) {
            return "none";
        }
        List<String> shown = new ArrayList<>();
        for (Integer n : t.details().hazards()) {
            shown.add(inReport.contains(n) ? String.valueOf(n) : n + " (not in " + version + ")");
        }
        return String.join(", ", shown);
    }

    private static Set<Integer> numbers(List<Hazard> hazards) {
        Set<Integer> numbers = new HashSet<>();
        hazards.forEach(h -> numbers.add(h.number()));
        return numbers;
    }
}
