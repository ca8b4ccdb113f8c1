package org.hazardlog.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the warnings and problems found while reading one file, so that a reader reports all
 * of them at once instead of stopping at the first.
 */
public final class Findings {

    private final Path source;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    public Findings(Path source) {
        this.source = source;
    }

    public Path source() {
        return source;
    }

    public void warn(WarningKind kind, String message) {
        warnings.add(new ImportWarning(source, kind, message));
    }

    public void problem(ProblemKind kind, String message) {
        problems.add(new ImportProblem(source, kind, message));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }
}
