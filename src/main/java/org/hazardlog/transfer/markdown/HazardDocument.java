package org.hazardlog.transfer.markdown;

import java.util.List;

/**
 * A hazard file cut into sections, whichever form it came in. {@code headingLevel} is the level
 * of the section headings (2 for Quill, 3 for DCSP), or 0 for a rendered page without marks.
 * {@code iconLines} is the DCSP icon block, kept only to compare it with the text.
 */
record HazardDocument(int headingLevel, List<Section> sections, List<String> iconLines) {

    HazardDocument {
        sections = List.copyOf(sections);
        iconLines = List.copyOf(iconLines);
    }

    boolean isRendered() {
        return headingLevel == 0;
    }
}
