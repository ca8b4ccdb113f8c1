package org.hazardlog.report.document;

/** The table of contents: headings of levels 1 and 2 with their pages. */
public record Contents() implements Block {
}
