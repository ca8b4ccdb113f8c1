package org.hazardlog.report.xlsx;

import java.util.List;
import java.util.stream.Collectors;

import org.hazardlog.domain.Hazard;

/**
 * What a workbook holds: the hazards that can be imported (each with the warnings of its row), the
 * rows that cannot (with why), and warnings about the workbook as a whole, such as columns HazardLog
 * does not know or cells below the hazard table.
 */
public record WorkbookImportResult(List<Hazard> hazards, List<List<RowWarning>> hazardWarnings,
                                   List<RowProblem> problems, List<RowWarning> warnings, WorkbookColumns columns) {

    public WorkbookImportResult(List<Hazard> hazards, List<List<RowWarning>> hazardWarnings, List<RowProblem> problems,
                                List<RowWarning> warnings) {
        this(hazards, hazardWarnings, problems, warnings, WorkbookColumns.none());
    }

    public WorkbookImportResult {
        hazards = List.copyOf(hazards);
        hazardWarnings = hazardWarnings.stream().map(List::copyOf).toList();
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (hazardWarnings.size() != hazards.size()) {
            throw new IllegalArgumentException("one list of warnings per hazard");
        }
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The workbook's own warnings as text. */
    public List<String> notes() {
        return warnings.stream().map(RowWarning::message).toList();
    }

    /** One line per bad row, for the command line and the window. */
    public String describeProblems() {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
