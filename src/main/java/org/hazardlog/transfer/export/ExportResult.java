package org.hazardlog.transfer.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the files, in order, and notes a person should read (files it left
 * alone, and why).
 */
public record ExportResult(Path target, int hazards, List<Path> written, List<String> notes) {

    public ExportResult {
        written = List.copyOf(written);
        notes = List.copyOf(notes);
    }
}
