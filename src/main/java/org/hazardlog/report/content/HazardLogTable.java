package org.hazardlog.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.RiskWords;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/**
 * The whole hazard log as one wide table, one row per hazard, in the order of the implementation
 * guidance's representative log. Meant for a landscape page.
 */
public final class HazardLogTable {

    private HazardLogTable() {
    }

    public static Table of(List<Hazard> hazards, RiskScheme scheme) {
        List<Column> columns = List.of(
                new Column("No.", 0.6f),
                new Column("Hazard", 2.2f),
                new Column("Causes", 1.8f),
                new Column("Potential clinical impact / harm", 1.8f),
                new Column("Existing controls", 1.5f),
                new Column("Initial S / L", 1.05f),
                new Column("Initial risk", 1.0f),
                new Column("Additional controls", 2.6f),
                new Column("Residual S / L", 1.15f),
                new Column("Residual risk", 1.05f),
                new Column("Owner / status", 1.2f));
        List<List<Cell>> rows = new ArrayList<>(hazards.size());
        for (Hazard h : hazards) {
            rows.add(List.of(
                    Cell.centred(String.valueOf(h.number())),
                    Cell.titled(h.name(), h.description()),
                    Cell.of(lines(h.causes())),
                    Cell.of(h.harm()),
                    Cell.of(h.existingControls()),
                    Cell.centred(RiskWords.severity(scheme, h.initial().severity()) + "\n"
                            + RiskWords.likelihood(scheme, h.initial().likelihood())),
                    RiskTables.riskCell(scheme, h.initial()),
                    Cell.of(controls(h.controls())),
                    Cell.centred(RiskWords.severity(scheme, h.residual().severity()) + "\n"
                            + RiskWords.likelihood(scheme, h.residual().likelihood())),
                    RiskTables.riskCell(scheme, h.residual()),
                    Cell.of(h.assignment() + (h.assignment().isEmpty() ? "" : "\n") + h.status().label())));
        }
        return new Table(columns, rows, false);
    }

    static String lines(List<String> items) {
        return items.stream().map(i -> "\u2022 " + i).collect(Collectors.joining("\n"));
    }

    /** "Design: text (Implemented)", one per line. */
    public static String controls(List<Control> controls) {
        return controls.stream()
                .map(c -> "\u2022 " + c.category().label() + ": " + c.text() + " (" + c.status().label()
                        + (c.party() != c.category().usualParty() ? ", " + c.party().label() : "") + ")")
                .collect(Collectors.joining("\n"));
    }
}
