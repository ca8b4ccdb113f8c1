package org.hazardlog.transfer.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.hazardlog.domain.Hazard;

/**
 * Writes a log's hazards in one format to a file or folder. Each format is its own exporter, so
 * the command line and the window choose one by the format and nothing else changes.
 */
public interface HazardExporter {

    /**
     * Writes the hazards to {@code target}. Refuses with {@link ExportRefusedException} when writing
     * there could destroy something that is not HazardLog's own output.
     */
    ExportResult export(List<Hazard> hazards, Path target) throws IOException;
}
