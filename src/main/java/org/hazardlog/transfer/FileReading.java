package org.hazardlog.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What reading one file gave: its hazards (one for a Markdown file, any number for a JSON export),
 * or the problems that make it unusable. A file with a problem gives no hazards at all, so that a
 * half-understood file is never imported. {@code warnings} are about the file as a whole; each
 * hazard carries its own.
 */
public record FileReading(Path source, List<ParsedHazard> hazards, List<ImportProblem> problems,
                          List<ImportWarning> warnings) {

    public FileReading {
        Objects.requireNonNull(source, "source");
        hazards = List.copyOf(hazards);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (!problems.isEmpty() && !hazards.isEmpty()) {
            throw new IllegalArgumentException("a file with problems gives no hazards");
        }
    }

    public static FileReading of(Path source, List<ParsedHazard> hazards) {
        return new FileReading(source, hazards, List.of(), List.of());
    }

    public static FileReading of(Path source, List<ParsedHazard> hazards, List<ImportWarning> fileWarnings) {
        return new FileReading(source, hazards, List.of(), fileWarnings);
    }

    public static FileReading rejected(Path source, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected file needs at least one problem");
        }
        return new FileReading(source, List.of(), problems, List.of());
    }

    public static FileReading rejected(Path source, ProblemKind kind, String message) {
        return rejected(source, List.of(new ImportProblem(source, kind, message)));
    }

    /** A reader's own failure, reported like any problem of the file, with what a bug report needs. */
    public static FileReading failed(Path source, Throwable error) {
        return rejected(source, ProblemKind.INTERNAL_ERROR, "could not be read because of an error in HazardLog ("
                + error + "); please report it with this file");
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The file's warnings and those of each of its hazards. */
    public List<ImportWarning> allWarnings() {
        List<ImportWarning> all = new ArrayList<>(warnings);
        hazards.forEach(h -> all.addAll(h.warnings()));
        return all;
    }

    /** The single hazard of a Markdown file; fails if the file was rejected. */
    public ParsedHazard only() {
        if (hazards.size() != 1) {
            throw new IllegalStateException(source + " gave " + hazards.size() + " hazards"
                    + (problems.isEmpty() ? "" : ": " + problems));
        }
        return hazards.get(0);
    }
}
