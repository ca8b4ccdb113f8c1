package org.hazardlog.report;

import java.time.LocalDate;

/** One line of a document's revision history. */
public record Revision(String version, LocalDate date, String author, String change) {
}
