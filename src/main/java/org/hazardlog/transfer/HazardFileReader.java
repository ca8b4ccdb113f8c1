package org.hazardlog.transfer;

import java.nio.file.Path;

/**
 * Reads one kind of hazard file (Markdown, a JSON export, ...) from its bytes. A batch import
 * picks the reader by the file's extension, so another format is one more reader, not a change to
 * the batch.
 */
@FunctionalInterface
public interface HazardFileReader {

    FileReading read(Path source, byte[] bytes);
}
