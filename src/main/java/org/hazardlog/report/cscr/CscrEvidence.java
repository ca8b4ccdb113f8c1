package org.hazardlog.report.cscr;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.evidence.EvidenceRun;
import org.hazardlog.domain.evidence.EvidenceState;
import org.hazardlog.domain.evidence.LinkResult;
import org.hazardlog.domain.evidence.Verification;
import org.hazardlog.report.document.SafetyDocument;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/**
 * Section 6's verification evidence: for each control linked to tests, the run, commit, date and
 * result its state comes from, and the hazards whose residual risk is unverified because a control
 * it relies on has failing or missing evidence.
 */
final class CscrEvidence {

    static final String HEADING = "Verification evidence from automated tests";
    static final String UNVERIFIED = "UNVERIFIED";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private CscrEvidence() {
    }

    static void add(SafetyDocument.Builder doc, List<Hazard> hazards, RiskScheme scheme, EvidenceState evidence) {
        doc.heading(2, HEADING);
        ControlVerification v = evidence.verification();
        List<List<Cell>> rows = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        for (Hazard h : hazards) {
            if (v.residualUnverified(h, scheme)) {
                unverified.add(h.number() + " " + h.name());
            }
            for (Control c : h.controls()) {
                if (!c.tests().isEmpty()) {
                    rows.add(row(h, c, v, evidence));
                }
            }
        }
        if (rows.isEmpty()) {
            doc.paragraph("No control of this log is linked to automated tests, so no control's verification rests "
                    + "on recorded test results.");
            return;
        }
        doc.paragraph(evidence.latestRun().map(r -> "Results from evidence run " + r.number() + " (commit "
                        + (r.commit() == null ? "not recorded" : r.commit()) + ", " + DATE.format(r.recordedAt())
                        + "). A control counts as verified only when every linked test passed in that run and the "
                        + "control has not changed since.")
                .orElse("No evidence run has been recorded: no control has evidence from automated tests."));
        if (unverified.isEmpty()) {
            doc.paragraph("No hazard's residual risk relies on a control with failing or missing test evidence.");
        } else {
            doc.paragraph("Residual risk " + UNVERIFIED.toLowerCase(Locale.ROOT) + " (a control it relies on has "
                    + "failing or missing test evidence): " + String.join("; ", unverified) + ".");
        }
        doc.add(new Table(List.of(new Column("No.", 0.5f), new Column("Control", 2.8f), new Column("Tests", 2.8f),
                new Column("Run", 0.6f), new Column("Commit", 1.6f), new Column("Date", 1.4f),
                new Column("Result", 1.2f)), rows, false));
    }

    private static List<Cell> row(Hazard h, Control c, ControlVerification v, EvidenceState evidence) {
        Verification state = v.of(c);
        List<LinkResult> results = v.resultsOf(c);
        StringBuilder tests = new StringBuilder();
        for (int i = 0; i < c.tests().size(); i++) {
            TestLink t = c.tests().get(i);
            if (i > 0) {
                tests.append('\n');
            }
            tests.append(t.pattern()).append(" (").append(t.kind().word());
            if (i < results.size()) {
                tests.append(", ").append(results.get(i).outcome().word());
            }
            tests.append(')');
        }
        boolean hasRun = state != Verification.NONE && evidence.latestRun().isPresent();
        EvidenceRun run = hasRun ? evidence.latestRun().get() : null;
        return List.of(Cell.centred(String.valueOf(h.number())), Cell.of(InlineCode.plain(c.text())), Cell.of(tests.toString()),
                Cell.centred(run == null ? "-" : String.valueOf(run.number())),
                Cell.of(run == null || run.commit() == null ? "-" : shortCommit(run.commit())),
                Cell.of(run == null ? "-" : DATE.format(run.recordedAt())),
                state.contradictsControl() ? Cell.label(state.label()) : Cell.of(state.label()));
    }

    private static String shortCommit(String commit) {
        return commit.length() > 10 ? commit.substring(0, 10) : commit;
    }
}
