package org.hazardlog.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a safety case says about the product, this release and the people behind it: the product and
 * its version, the manufacturer, the Clinical Safety Officer, who wrote, reviewed and approved the
 * documents, and the per-release facts DCB0129 asks the report to state (lifecycle phase, intended
 * use and users, release configuration, third-party products, pre-delivery review, references).
 * Empty values are allowed: a new log has none, and the reports show each gap.
 */
public final class ProjectSettings {

    public static final ProjectSettings EMPTY = new ProjectSettings(Map.of());

    private final Map<Field, String> values = new EnumMap<>(Field.class);

    /** The product facts a log has always had; the per-release facts are left empty. */
    public ProjectSettings(String product, String version, String manufacturer, String cso,
                           String author, String reviewers, String approver) {
        this(Map.of(Field.PRODUCT, nonNull(product), Field.VERSION, nonNull(version),
                Field.MANUFACTURER, nonNull(manufacturer), Field.CSO, nonNull(cso), Field.AUTHOR, nonNull(author),
                Field.REVIEWERS, nonNull(reviewers), Field.APPROVER, nonNull(approver)));
    }

    private ProjectSettings(Map<Field, String> given) {
        for (Field f : Field.values()) {
            values.put(f, Text.optional(f.label(), given.get(f), f.limit()));
        }
    }

    /** Settings from any subset of the fields; a field not given is empty. */
    public static ProjectSettings of(Map<Field, String> values) {
        return new ProjectSettings(values);
    }

    /** A copy with one field changed; null or blank clears it. */
    public ProjectSettings with(Field field, String value) {
        Map<Field, String> copy = new EnumMap<>(values);
        copy.put(field, value);
        return new ProjectSettings(copy);
    }

    public String get(Field field) {
        return values.get(field);
    }

    public String product() {
        return get(Field.PRODUCT);
    }

    public String version() {
        return get(Field.VERSION);
    }

    public String manufacturer() {
        return get(Field.MANUFACTURER);
    }

    public String cso() {
        return get(Field.CSO);
    }

    public String author() {
        return get(Field.AUTHOR);
    }

    public String reviewers() {
        return get(Field.REVIEWERS);
    }

    public String approver() {
        return get(Field.APPROVER);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectSettings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ProjectSettings" + values;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * Each setting with the key scripts use and the words documents use. A field of several lines
     * (intended use, components, assessments) may be as long as any text of the log; the others are
     * one line.
     */
    public enum Field {
        PRODUCT("product", "Product name", false),
        VERSION("version", "Product version", false),
        MANUFACTURER("manufacturer", "Manufacturer", false),
        CSO("cso", "Clinical Safety Officer", false),
        AUTHOR("author", "Author", false),
        // Who reviewed and in what role, e.g. "Dr B. Jones (clinical reviewer); C. Lee (technical reviewer)".
        REVIEWERS("reviewers", "Reviewers and their roles", false),
        APPROVER("approver", "Approver", false),
        DOCUMENT_REFERENCE("document-reference", "Document reference", false),
        CRMP_REFERENCE("crmp-reference", "Clinical Risk Management Plan reference", false),
        LIFECYCLE_PHASE("lifecycle-phase", "Lifecycle phase", false),
        INTENDED_USE("intended-use", "Intended use", true),
        INTENDED_USERS("intended-users", "Intended users and patient population", true),
        RELEASE_CONFIGURATION("release-configuration", "Release configuration (version, commit or tag, components)", true),
        THIRD_PARTY("third-party", "Third-party products and their assessment", true),
        PRE_DELIVERY_REVIEW("pre-delivery-review", "Pre-delivery review results", true),
        RELATED_DOCUMENTS("related-documents", "Related documents", true);

        private final String key;
        private final String label;
        private final boolean multiline;

        Field(String key, String label, boolean multiline) {
            this.key = key;
            this.label = label;
            this.multiline = multiline;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** True for a fact written as paragraphs or a list rather than one line. */
        public boolean multiline() {
            return multiline;
        }

        public int limit() {
            return multiline ? Text.MAX_TEXT : Text.MAX_LINE;
        }

        public String of(ProjectSettings p) {
            return p.get(this);
        }

        /** The field a script names by its key, ignoring case and surrounding spaces. */
        public static Optional<Field> byKey(String key) {
            String k = key == null ? "" : key.strip();
            return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(k)).findFirst();
        }
    }
}
