package org.hazardlog.transfer;

import java.nio.file.Path;
import java.util.Objects;

/** A reason why a file cannot be imported, saying which file and what is wrong. */
public record ImportProblem(Path source, ProblemKind kind, String message) {

    public ImportProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The line a user reads: {@code Hazard-0007.md: likelihood "7" is not ...}. */
    @Override
    public String toString() {
        return source + ": " + message;
    }
}
