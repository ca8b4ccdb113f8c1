package org.hazardlog.report.cscr;

import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/**
 * The one place a safety case gives the detail of each hazard: one row per control rather than
 * one giant row per hazard, so rows stay short and page breaks fall between controls. Each row
 * repeats the hazard's number and name, so a page read on its own still says whose control it is.
 */
final class CscrAppendix {

    private CscrAppendix() {
    }

    static Table table(List<Hazard> hazards, RiskScheme scheme, ControlVerification evidence) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Hazard h : hazards) {
            List<Control> controls = h.controls();
            int n = Math.max(1, controls.size());
            for (int i = 0; i < n; i++) {
                boolean first = i == 0;
                Cell hazard = first ? Cell.titled(h.name(), detail(h)) : Cell.titled(h.name(), "(continued: control " + (i + 1)
                        + " of " + controls.size() + ")");
                Control c = controls.isEmpty() ? null : controls.get(i);
                rows.add(List.of(Cell.centred(String.valueOf(h.number())), hazard,
                        first ? score(scheme, h.initial()) : Cell.of(""),
                        Cell.of(c == null ? "No additional controls recorded" : c.category().label() + ": " + InlineCode.plain(c.text())),
                        Cell.of(c == null ? "" : c.party().label()),
                        Cell.of(c == null ? "" : c.status().label()),
                        Cell.of(c == null ? "" : withTests(c, evidence)),
                        first ? residual(scheme, h, evidence) : Cell.of(""),
                        Cell.of(first ? h.status().label() : "")));
            }
        }
        return new Table(List.of(new Column("No.", 0.5f), new Column("Hazard", 3.4f), new Column("Initial (S / L)", 1.3f),
                new Column("Control", 3f), new Column("Party", 1.1f), new Column("Control status", 1.2f),
                new Column("Evidence", 1.6f), new Column("Residual (S / L)", 1.3f), new Column("Status", 0.9f)), rows, false);
    }

    /** A residual that rests on a control with failing or missing test evidence says so in its cell. */
    private static Cell residual(RiskScheme scheme, Hazard h, ControlVerification evidence) {
        Cell score = score(scheme, h.residual());
        return evidence.residualUnverified(h, scheme)
                ? new Cell(score.text() + "\n" + CscrEvidence.UNVERIFIED, score.fill(), score.colour(), true, score.centred())
                : score;
    }

    private static String withTests(Control c, ControlVerification evidence) {
        if (c.tests().isEmpty()) {
            return c.evidence();
        }
        String tests = "Tests: " + evidence.of(c).label().toLowerCase(java.util.Locale.ROOT);
        return c.evidence().isEmpty() ? tests : c.evidence() + "\n" + tests;
    }

    private static Cell score(RiskScheme scheme, Assessment a) {
        Cell level = SafetyCaseReport.riskCell(scheme, a);
        String sl = a.isScored() ? "\n(" + a.severity() + " / " + a.likelihood() + ")" : "";
        return new Cell(level.text() + sl, level.fill(), level.colour(), level.bold(), level.centred());
    }

    private static String detail(Hazard h) {
        StringBuilder b = new StringBuilder();
        line(b, "", h.description());
        if (!h.causes().isEmpty()) {
            line(b, "Causes: ", String.join("; ", h.causes()));
        }
        line(b, "Effect: ", h.effect());
        line(b, "Hazard: ", h.hazard());
        line(b, "Harm: ", h.harm());
        line(b, "Existing controls: ", h.existingControls());
        line(b, "Residual assessment: ", h.residualAssessment());
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String value) {
        if (!value.isBlank()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(label).append(value);
        }
    }

}
