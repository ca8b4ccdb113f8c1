package org.hazardlog.report.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hazardlog.domain.ControlCategory;

/**
 * The columns of the Hazard Log sheet: first those of the DCB0129 implementation guidance's
 * representative hazard log, in its order, then the other fields of a hazard so that a workbook
 * round trip loses nothing. Import matches headers by name, ignoring case, spaces and punctuation,
 * and knows the names other teams' logs commonly use.
 */
enum HazardColumn {
    NUMBER("No.", 6, "number", "hazard number", "hazard no", "id", "hazard id", "ref", "reference", "hazard ref",
            "hazard reference", "ref no", "hazard ref no", "hazard #", "#", "risk id", "risk no", "log id", "item no"),
    NAME("Name", 26, "hazard name", "title", "hazard title", "hazard summary", "risk title", "short description"),
    DESCRIPTION("Description", 40, "hazard description", "description of hazard", "hazard details", "details",
            "detailed description", "description of the hazard"),
    HARM("Potential clinical impact / harm", 34, "harm", "potential clinical impact", "clinical impact", "potential harm",
            "clinical harm", "potential clinical harm", "potential impact", "impact on patient", "harm to patient",
            "patient impact", "potential consequences", "consequences", "consequence", "harm description",
            "potential harm to patient", "clinical consequences"),
    CAUSES("Causes", 34, "cause", "cause(s)", "possible causes", "possible cause", "potential causes", "causes of hazard",
            "hazard causes", "root cause", "root causes", "contributing factors", "causal factors", "cause of hazard"),
    EXISTING_CONTROLS("Existing controls", 30, "current controls", "controls in place", "existing mitigation",
            "existing mitigations", "existing control measures", "current control measures", "current mitigations",
            "controls already in place", "existing safeguards", "existing controls in place"),
    INITIAL_SEVERITY("Initial severity", 14, "initial sev", "initial severity rating", "severity initial",
            "pre mitigation severity", "severity", "sev", "init sev", "initial s", "severity before mitigation",
            "severity before controls", "pre control severity", "severity score", "initial severity score"),
    INITIAL_LIKELIHOOD("Initial likelihood", 14, "initial lik", "initial likelihood rating", "likelihood initial",
            "initial probability", "pre mitigation likelihood", "likelihood", "lik", "probability", "init lik", "initial l",
            "likelihood before mitigation", "likelihood before controls", "pre control likelihood", "likelihood score",
            "initial likelihood score"),
    INITIAL_RISK("Initial risk", 12, "initial risk rating", "initial risk level", "initial risk score", "risk rating",
            "risk level", "risk score", "initial rating", "risk"),
    DESIGN_CONTROLS("Design controls", 30, "additional controls design", "design"),
    TEST_CONTROLS("Test controls", 28, "additional controls test", "testing controls", "test"),
    TRAINING_CONTROLS("Training controls", 26, "additional controls training", "training"),
    BUSINESS_PROCESS_CONTROLS("Business process change controls", 26, "business process controls",
            "additional controls business process change", "business process change"),
    RESIDUAL_SEVERITY("Residual severity", 14, "residual sev", "residual severity rating", "severity residual",
            "post mitigation severity", "res sev", "residual s", "revised severity", "severity after mitigation",
            "severity after controls", "post control severity", "residual severity score"),
    RESIDUAL_LIKELIHOOD("Residual likelihood", 14, "residual lik", "residual likelihood rating", "likelihood residual",
            "residual probability", "post mitigation likelihood", "res lik", "residual l", "revised likelihood",
            "likelihood after mitigation", "likelihood after controls", "post control likelihood",
            "residual likelihood score"),
    RESIDUAL_RISK("Residual risk", 12, "residual risk rating", "residual risk level", "residual risk score",
            "revised risk", "post mitigation risk", "res risk", "residual rating"),
    ACTION_SUMMARY("Action summary", 30, "actions", "suggested actions to mitigate hazard", "suggested actions",
            "actions to mitigate hazard", "mitigating actions", "mitigation", "mitigations", "additional controls",
            "further actions", "actions required", "recommended actions", "action plan", "actions taken", "action taken",
            "next steps"),
    OWNER("Owner", 18, "hazard owner", "assignment", "assigned to", "responsible person", "risk owner", "action owner",
            "owner name", "responsible", "accountable person"),
    STATUS("Status", 12, "hazard status", "current status", "state", "hazard state", "open closed"),
    STATUS_WORDING("Status wording", 22),
    EFFECT("Effect", 30, "effects", "effect on care", "change to care pathway"),
    HAZARD("Hazard", 30),
    HAZARD_TYPES("Hazard types", 20, "hazard type", "hazard category", "type of hazard", "hazard classification",
            "classification"),
    RESIDUAL_ASSESSMENT("Residual risk assessment", 50),
    PROJECT("Project", 18),
    LABELLING("Labelling", 18),
    UTILITY_LABELS("General utility label", 20, "utility label"),
    CODE("Code associated with hazard", 34, "code", "code locations"),
    UNASSIGNED_CONTROLS("Unassigned controls", 30, "controls not yet assigned", "controls for triage");

    private final String header;
    private final int width;
    private final List<String> aliases;

    HazardColumn(String header, int width, String... aliases) {
        this.header = header;
        this.width = width;
        this.aliases = List.of(aliases);
    }

    String header() {
        return header;
    }

    /** Width in characters. */
    int width() {
        return width;
    }

    /** For an initial score column, the residual one a second column of the same name stands for. */
    Optional<HazardColumn> residual() {
        return switch (this) {
            case INITIAL_SEVERITY -> Optional.of(RESIDUAL_SEVERITY);
            case INITIAL_LIKELIHOOD -> Optional.of(RESIDUAL_LIKELIHOOD);
            case INITIAL_RISK -> Optional.of(RESIDUAL_RISK);
            default -> Optional.empty();
        };
    }

    /** Risk levels are always looked up in the scheme: the risk columns are written, never read. */
    boolean isComputed() {
        return this == INITIAL_RISK || this == RESIDUAL_RISK;
    }

    static HazardColumn forCategory(ControlCategory category) {
        return switch (category) {
            case DESIGN -> DESIGN_CONTROLS;
            case TEST -> TEST_CONTROLS;
            case TRAINING -> TRAINING_CONTROLS;
            case BUSINESS_PROCESS -> BUSINESS_PROCESS_CONTROLS;
            case UNASSIGNED -> UNASSIGNED_CONTROLS;
        };
    }

    private static final Map<String, HazardColumn> BY_KEY = new HashMap<>();

    static {
        for (HazardColumn c : values()) {
            BY_KEY.put(key(c.header), c);
            for (String a : c.aliases) {
                BY_KEY.putIfAbsent(key(a), c);
            }
        }
    }

    /**
     * Headers whose text is controls without a category ("Suggested actions to mitigate hazard"):
     * kept as the action summary, as the Markdown import keeps such text, with a warning, because
     * choosing a category for them would claim what nobody decided.
     */
    static boolean holdsUncategorisedControls(String header) {
        HazardColumn c = BY_KEY.get(key(header));
        return c == ACTION_SUMMARY && !key(header).equals(key(ACTION_SUMMARY.header)) && !key(header).equals("actions");
    }

    static Optional<HazardColumn> byHeader(String header) {
        return Optional.ofNullable(BY_KEY.get(key(header)));
    }

    /** "Potential clinical impact / harm" and "potential clinical impact/harm" are the same header. */
    static String key(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
