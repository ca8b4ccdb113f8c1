package org.hazardlog.transfer.batch;

import java.nio.file.Path;

/**
 * A file found in a folder that is not a hazard file (an {@code index.md}, a README, a JSON file
 * of another tool), left out without counting as a problem. Files named explicitly are never
 * skipped: they are read, and reported as bad if they are not hazard files.
 */
public record SkippedFile(Path file, String reason) {
}
