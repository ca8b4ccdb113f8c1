package org.hazardlog.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which version of the log a document shows. Today only the current log exists, unissued and
 * unsigned; issued versions will bring their own label, revision history and signature here, and
 * every document already prints whatever this holds.
 */
public record ReportVersion(String label, boolean issued, List<Revision> history, Optional<Signature> signature) {

    public static final String CURRENT_LABEL = "Current (draft, not issued)";

    public ReportVersion {
        history = List.copyOf(history);
    }

    public static ReportVersion current(LocalDate date, String author) {
        return new ReportVersion(CURRENT_LABEL, false,
                List.of(new Revision("Draft", date, author, "Generated from the current hazard log; not yet issued.")),
                Optional.empty());
    }
}
