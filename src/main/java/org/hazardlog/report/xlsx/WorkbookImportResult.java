package org.hazardlog.report.xlsx;

import java.util.List;
import java.util.stream.Collectors;

import org.hazardlog.domain.Hazard;

/**
 * What a workbook holds: the hazards that can be imported, the rows that cannot (with why), and
 * notes on what was read but not imported, such as columns HazardLog does not know.
 */
public record WorkbookImportResult(List<Hazard> hazards, List<RowProblem> problems, List<String> notes) {

    public WorkbookImportResult {
        hazards = List.copyOf(hazards);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** One line per bad row, for the command line and the window. */
    public String describeProblems() {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
