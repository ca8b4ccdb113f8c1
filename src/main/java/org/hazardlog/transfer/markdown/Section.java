package org.hazardlog.transfer.markdown;

import java.util.List;

/**
 * One section of a hazard file: its heading as written, what it means (null when HazardLog has no
 * field for it), the line it starts on, and its body lines as written.
 */
record Section(SectionKey key, String heading, int line, List<String> body) {

    Section {
        body = List.copyOf(body);
    }

    /** The body as one text: blank edges dropped, line escapes undone. */
    String text() {
        return Lines.joinTrimmed(body.stream().map(LineEscapes::unescape).toList());
    }

    /** The non-blank body lines, trimmed. */
    List<String> valueLines() {
        return body.stream().map(Lines::strip).filter(l -> !l.isEmpty()).toList();
    }
}
