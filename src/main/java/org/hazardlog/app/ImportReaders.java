package org.hazardlog.app;

import java.util.Map;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.transfer.HazardFileReader;
import org.hazardlog.transfer.batch.HazardBatchReader;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * Which reader reads which file, by its extension, for the command line and the window alike. A
 * new import format is one more entry here, and both of them read it.
 */
public final class ImportReaders {

    private ImportReaders() {
    }

    /** Reads files for a log scored under {@code scheme}: its scores are checked against it. */
    public static HazardBatchReader forScheme(RiskScheme scheme) {
        HazardTypeTaxonomy taxonomy = HazardTypeTaxonomy.builtIn();
        Map<String, HazardFileReader> byExtension = HazardBatchReader.builtInReaders(scheme, taxonomy);
        // Another format is one line: byExtension.put("xlsx", new XlsxHazardReader(scheme, taxonomy)::read);
        return new HazardBatchReader(byExtension);
    }
}
