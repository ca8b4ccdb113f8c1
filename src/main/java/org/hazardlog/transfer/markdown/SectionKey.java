package org.hazardlog.transfer.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sections of a hazard file, in the order the Quill and DCSP templates put them (the DCSP
 * order fits into the Quill one). A rendered page has no heading marks, so its headings are found
 * by these names in this order.
 */
enum SectionKey {
    NUMBER("Hazard number"),
    NAME("Hazard name"),
    UTILITY_LABELS("General utility label", "General utility labels"),
    LIKELIHOOD("Likelihood scoring"),
    SEVERITY("Severity scoring"),
    RISK("Risk scoring"),
    DESCRIPTION("Description"),
    CAUSES("Causes", "Cause(s)", "Cause"),
    EFFECT("Effect"),
    HAZARD("Hazard"),
    HAZARD_TYPES("Hazard type", "Hazard types"),
    HARM("Harm"),
    EXISTING_CONTROLS("Existing controls"),
    ASSIGNMENT("Assignment"),
    LABELLING("Labelling"),
    PROJECT("Project"),
    CONTROLS("Hazard controls", "New hazard controls"),
    RESIDUAL_LIKELIHOOD("Residual likelihood scoring"),
    RESIDUAL_SEVERITY("Residual severity scoring"),
    RESIDUAL_RISK("Residual risk scoring"),
    RESIDUAL_ASSESSMENT("Residual hazard risk assessment"),
    ACTION_SUMMARY("Action summary"),
    STATUS("Hazard status"),
    CODE("Code associated with hazard");

    private final List<String> names;

    SectionKey(String... names) {
        this.names = List.of(names);
    }

    /** The heading HazardLog writes. */
    String heading() {
        return names.get(0);
    }

    private static final Map<String, SectionKey> BY_NAME = new HashMap<>();

    static {
        for (SectionKey k : values()) {
            for (String n : k.names) {
                BY_NAME.put(normalise(n), k);
            }
        }
    }

    static Optional<SectionKey> of(String heading) {
        return Optional.ofNullable(BY_NAME.get(normalise(heading)));
    }

    /** Case, runs of spaces, emphasis marks and a trailing colon do not matter in a heading. */
    static String normalise(String heading) {
        String h = Lines.plain(heading).replace("*", "").replace("_", " ").trim();
        if (h.endsWith(":")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
