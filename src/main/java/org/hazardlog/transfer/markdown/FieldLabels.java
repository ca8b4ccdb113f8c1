package org.hazardlog.transfer.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The field names of hazard logs written as field tables or bold labels ("Hazard ID",
 * "Consequence", "Owner"), besides the Quill and DCSP headings. They are kept apart from
 * {@link SectionKey}'s names because a copied web page is cut at those names, and words as short
 * as "Owner" or "Status" must not start a section there.
 */
final class FieldLabels {

    private static final Map<String, SectionKey> EXTRA = new HashMap<>();

    private static void add(SectionKey key, String... labels) {
        for (String l : labels) {
            EXTRA.put(SectionKey.normalise(l), key);
        }
    }

    static {
        add(SectionKey.NUMBER, "Hazard ID", "Hazard no", "Hazard no.", "Hazard ref", "Hazard reference", "ID", "No", "No.",
                "Number", "Ref", "Reference");
        add(SectionKey.NAME, "Name", "Title", "Hazard title");
        add(SectionKey.DESCRIPTION, "Hazard description", "Description of hazard");
        add(SectionKey.CAUSES, "Possible causes", "Potential causes", "Hazard causes", "Causes of hazard");
        add(SectionKey.EFFECT, "Effects", "Effect on care");
        add(SectionKey.HARM, "Potential clinical impact", "Clinical impact", "Potential harm", "Patient safety impact",
                "Harm to patient");
        add(SectionKey.HAZARD_TYPES, "Hazard category", "Hazard classification", "Type");
        add(SectionKey.EXISTING_CONTROLS, "Current controls", "Existing mitigations", "Existing controls / mitigations",
                "Controls in place");
        add(SectionKey.LIKELIHOOD, "Likelihood", "Initial likelihood", "Initial risk likelihood", "Initial risk - likelihood");
        add(SectionKey.SEVERITY, "Severity", "Initial severity", "Consequence", "Initial consequence",
                "Initial risk consequence", "Initial risk - consequence");
        add(SectionKey.RISK, "Risk", "Risk rating", "Initial risk", "Initial risk rating", "Initial risk - risk rating",
                "Initial risk - acceptability");
        add(SectionKey.RESIDUAL_LIKELIHOOD, "Residual likelihood", "Residual risk likelihood", "Residual risk - likelihood");
        add(SectionKey.RESIDUAL_SEVERITY, "Residual severity", "Residual consequence", "Residual risk consequence",
                "Residual risk - consequence");
        add(SectionKey.RESIDUAL_RISK, "Residual risk", "Residual risk rating", "Residual risk - risk rating",
                "Residual risk - acceptability");
        add(SectionKey.RESIDUAL_ASSESSMENT, "Residual risk assessment", "Residual hazard risk assessment");
        add(SectionKey.CONTROLS, "Controls", "Additional controls", "New controls", "Proposed controls", "Mitigations",
                "Mitigation");
        add(SectionKey.ACTION_SUMMARY, "Actions", "Summary of actions", "Actions summary");
        add(SectionKey.ASSIGNMENT, "Owner", "Hazard owner", "Assigned to", "Action owner");
        add(SectionKey.STATUS, "Status", "State");
        add(SectionKey.CODE, "Code", "Code locations", "Code references");
    }

    private FieldLabels() {
    }

    /** The field a label names: a Quill or DCSP heading, or one of the names above. */
    static Optional<SectionKey> of(String label) {
        Optional<SectionKey> heading = SectionKey.of(label);
        return heading.isPresent() ? heading : Optional.ofNullable(EXTRA.get(SectionKey.normalise(label)));
    }

    /** Whether a label names a field or a control group ("Design controls"). */
    static boolean isKnown(String label) {
        return of(label).isPresent() || ControlNotation.group(label).isPresent();
    }
}
