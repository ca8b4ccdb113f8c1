package org.hazardlog.transfer.batch;

import java.nio.file.Path;
import java.util.List;

import org.hazardlog.transfer.ImportProblem;

/** A file that cannot be imported, with every reason why. */
public record BadFile(Path file, List<ImportProblem> problems) {

    public BadFile {
        problems = List.copyOf(problems);
    }
}
