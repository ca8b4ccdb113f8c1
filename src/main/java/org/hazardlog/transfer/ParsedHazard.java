package org.hazardlog.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.hazardlog.domain.Hazard;

/** A hazard read from a file, with the file it came from and what a person should check. */
public record ParsedHazard(Hazard hazard, Path source, List<ImportWarning> warnings) {

    public ParsedHazard {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
    }
}
