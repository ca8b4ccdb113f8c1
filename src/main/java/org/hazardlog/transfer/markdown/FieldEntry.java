package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hazard of a file that holds hazards as fields: where it starts, the heading over it (which
 * may carry its ID and name, "H-001 Wrong patient shown"), its fields, and text near it that no
 * field holds, to be named in a warning.
 */
final class FieldEntry {

    private static final Pattern ID_AND_NAME =
            Pattern.compile("^((?i:hazard\\s+)?(?:[A-Za-z]+(?:[-_][A-Za-z]+)*[-_]?)?\\d{1,9})(?:\\s*[:.\\-–—]\\s*|\\s+|$)(.*)$",
                    Pattern.DOTALL);

    final String heading;
    final int line;
    final FieldDocument fields = new FieldDocument();
    final List<String> leftOut = new ArrayList<>();

    FieldEntry(String heading, int line) {
        this.heading = heading == null ? "" : heading.strip();
        this.line = line;
    }

    /** The fields, with the heading's ID and name where the fields do not give them. */
    HazardDocument document() {
        Matcher m = ID_AND_NAME.matcher(heading);
        if (m.matches()) {
            if (!fields.has(SectionKey.NUMBER)) {
                fields.add("Hazard ID", List.of(m.group(1)), line);
            }
            if (!fields.has(SectionKey.NAME) && !m.group(2).isBlank()) {
                fields.add("Hazard name", List.of(m.group(2).strip()), line);
            }
        } else if (!fields.has(SectionKey.NAME) && !heading.isEmpty()) {
            fields.add("Hazard name", List.of(heading), line);
        }
        return fields.document();
    }

    /** Whether the heading or the fields give a hazard number: a table of field names in a README gives none. */
    boolean hasNumber() {
        return ID_AND_NAME.matcher(heading).matches() || fields.hasNumber();
    }

    /** How a message names this hazard: its heading, or the line it starts on. */
    String label() {
        return heading.isEmpty() ? "the hazard at line " + line : "\"" + heading + "\" (line " + line + ")";
    }
}
