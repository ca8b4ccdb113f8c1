package org.hazardlog.report.document;

/** A heading: level 1 and 2 appear in the table of contents, level 3 only in the navigation pane. */
public record Heading(int level, String text) implements Block {

    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level " + level);
        }
    }
}
