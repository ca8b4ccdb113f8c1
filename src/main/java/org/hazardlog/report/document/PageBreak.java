package org.hazardlog.report.document;

/** Starts a new page. */
public record PageBreak() implements Block {
}
