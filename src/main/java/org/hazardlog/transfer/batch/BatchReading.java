package org.hazardlog.transfer.batch;

import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.Hazard;
import org.hazardlog.transfer.ImportProblem;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ParsedHazard;

/**
 * Everything a batch of files gave: the hazards of the good files (with their source and
 * warnings), the bad files with their problems, and the files skipped as not hazard files.
 * An atomic import goes ahead only when {@link #hasProblems()} is false; an import that skips
 * invalid files takes {@link #hazards()} and reports {@link #badFiles()}.
 */
public record BatchReading(List<ParsedHazard> hazards, List<BadFile> badFiles, List<SkippedFile> skipped,
                           List<ImportWarning> fileWarnings) {

    public BatchReading {
        hazards = List.copyOf(hazards);
        badFiles = List.copyOf(badFiles);
        skipped = List.copyOf(skipped);
        fileWarnings = List.copyOf(fileWarnings);
    }

    public boolean hasProblems() {
        return !badFiles.isEmpty();
    }

    public List<ImportProblem> problems() {
        List<ImportProblem> all = new ArrayList<>();
        badFiles.forEach(b -> all.addAll(b.problems()));
        return all;
    }

    /** The warnings of the good files and of their hazards. */
    public List<ImportWarning> warnings() {
        List<ImportWarning> all = new ArrayList<>(fileWarnings);
        hazards.forEach(h -> all.addAll(h.warnings()));
        return all;
    }

    public List<Hazard> hazardList() {
        return hazards.stream().map(ParsedHazard::hazard).toList();
    }
}
