package org.hazardlog.report.importing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.xlsx.WorkbookFileReader;
import org.hazardlog.transfer.HazardFileReader;
import org.hazardlog.transfer.batch.HazardBatchReader;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * Which reader reads which file, by its extension, for the command line and the window alike:
 * Markdown, copied pages and JSON from the transfer package, and the Hazard Log workbook. A new
 * import format is one more entry here, and both of them read it.
 */
public final class ImportFormats {

    private ImportFormats() {
    }

    /** Reads files for a log scored under {@code scheme}: their scores are checked against it. */
    public static HazardBatchReader forScheme(RiskScheme scheme) {
        return forScheme(scheme, false);
    }

    /**
     * As {@link #forScheme(RiskScheme)}; with {@code skipInvalidRows} a workbook's invalid rows are
     * skipped and named in warnings instead of making the whole workbook invalid.
     */
    public static HazardBatchReader forScheme(RiskScheme scheme, boolean skipInvalidRows) {
        return withWorkbooks(scheme, new WorkbookFileReader(scheme, skipInvalidRows));
    }

    /**
     * As {@link #forScheme(RiskScheme)}, reading workbooks with {@code workbooks}: a reader made
     * with the user's column map, which afterwards tells how each workbook's columns were read.
     */
    public static HazardBatchReader withWorkbooks(RiskScheme scheme, WorkbookFileReader workbooks) {
        Map<String, HazardFileReader> byExtension =
                new LinkedHashMap<>(HazardBatchReader.builtInReaders(scheme, HazardTypeTaxonomy.builtIn()));
        byExtension.put("xlsx", workbooks);
        return new HazardBatchReader(byExtension);
    }
}
