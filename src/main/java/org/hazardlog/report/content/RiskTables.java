package org.hazardlog.report.content;

import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ScaleLevel;
import org.hazardlog.report.RiskPalette;
import org.hazardlog.report.RiskTally;
import org.hazardlog.report.RiskWords;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/** The coloured risk tables every document shows: the scheme, the matrix, and hazard counts. */
public final class RiskTables {

    private RiskTables() {
    }

    /** A cell showing an assessment's risk level, coloured by level; grey "TBC" while not scored. */
    public static Cell riskCell(RiskScheme scheme, Assessment a) {
        return scheme.riskLevel(a).map(l -> levelCell(scheme, l, l.label()))
                .orElse(Cell.shaded(RiskWords.UNSCORED, RiskPalette.UNSCORED_FILL, RiskPalette.UNSCORED_TEXT));
    }

    public static Cell levelCell(RiskScheme scheme, RiskLevel level, String text) {
        return Cell.shaded(text, RiskPalette.fill(scheme, level.number()), RiskPalette.text(scheme, level.number()));
    }

    /** Hazards per risk level, initial and residual, highest level first. */
    public static Table levelCounts(RiskTally tally) {
        RiskScheme scheme = tally.scheme();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = scheme.riskLevels().size(); i >= 1; i--) {
            RiskLevel level = scheme.riskLevel(i);
            rows.add(List.of(levelCell(scheme, level, level.label()),
                    Cell.centred(String.valueOf(tally.initial().atLevel(i))),
                    Cell.centred(String.valueOf(tally.residual().atLevel(i))),
                    Cell.of(level.acceptability())));
        }
        rows.add(List.of(Cell.shaded("TBC (not fully scored)", RiskPalette.UNSCORED_FILL, RiskPalette.UNSCORED_TEXT),
                Cell.centred(String.valueOf(tally.initial().unscored())),
                Cell.centred(String.valueOf(tally.residual().unscored())),
                Cell.of("Not yet scored: no level can be claimed.")));
        return new Table(List.of(new Column("Risk level", 2.2f), new Column("Initial", 1.2f),
                new Column("Residual", 1.4f), new Column("Acceptability", 6f)), rows, false);
    }

    /** The scheme's lookup table: the level of each likelihood and severity, likelihood highest first. */
    public static Table schemeMatrix(RiskScheme scheme) {
        return grid(scheme, (l, s) -> {
            RiskLevel level = scheme.riskLevel(l, s);
            return levelCell(scheme, level, level.label());
        });
    }

    /** Hazards per cell of the matrix, each cell coloured by the level the scheme gives it. */
    public static Table countsMatrix(RiskScheme scheme, RiskTally.Counts counts) {
        return grid(scheme, (l, s) -> levelCell(scheme, scheme.riskLevel(l, s), String.valueOf(counts.inCell(l, s))));
    }

    private interface CellAt {
        Cell at(int likelihood, int severity);
    }

    private static Table grid(RiskScheme scheme, CellAt cellAt) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Likelihood \\ Severity", 1.6f));
        for (ScaleLevel s : scheme.severities()) {
            columns.add(new Column(s.number() + " - " + s.name(), 1.2f));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int l = scheme.likelihoods().size(); l >= 1; l--) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.label(l + " - " + scheme.likelihood(l).name()));
            for (int s = 1; s <= scheme.severities().size(); s++) {
                row.add(cellAt.at(l, s));
            }
            rows.add(row);
        }
        return new Table(columns, rows, false);
    }

    public static Table scale(String what, List<ScaleLevel> levels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ScaleLevel l : levels) {
            rows.add(List.of(Cell.centred(String.valueOf(l.number())), Cell.label(l.name()), Cell.of(l.definition())));
        }
        return new Table(List.of(new Column("Level", 0.8f), new Column(what, 1.6f), new Column("Definition", 7f)), rows, false);
    }

    public static Table riskLevels(RiskScheme scheme) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RiskLevel l : scheme.riskLevels()) {
            rows.add(List.of(levelCell(scheme, l, String.valueOf(l.number())), Cell.label(l.name()), Cell.of(l.acceptability())));
        }
        return new Table(List.of(new Column("Level", 0.8f), new Column("Risk", 1.6f), new Column("Acceptability", 7f)), rows, false);
    }
}
