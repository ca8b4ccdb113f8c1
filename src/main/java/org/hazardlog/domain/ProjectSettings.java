package org.hazardlog.domain;

/**
 * What a safety case says about the product and the people behind it: the product and its
 * version, the manufacturer, the Clinical Safety Officer, and who wrote, reviewed and approved
 * the documents. Empty values are allowed: a new log has none, and the reports show the gap.
 */
public record ProjectSettings(String product, String version, String manufacturer, String cso,
                              String author, String reviewers, String approver) {

    public static final ProjectSettings EMPTY = new ProjectSettings("", "", "", "", "", "", "");

    public ProjectSettings {
        product = Text.optional("product name", product, Text.MAX_LINE);
        version = Text.optional("product version", version, Text.MAX_LINE);
        manufacturer = Text.optional("manufacturer", manufacturer, Text.MAX_LINE);
        cso = Text.optional("clinical safety officer", cso, Text.MAX_LINE);
        author = Text.optional("author", author, Text.MAX_LINE);
        reviewers = Text.optional("reviewers", reviewers, Text.MAX_LINE);
        approver = Text.optional("approver", approver, Text.MAX_LINE);
    }

    /** Each setting with the key scripts use and the words documents use. */
    public enum Field {
        PRODUCT("product", "Product name"),
        VERSION("version", "Product version"),
        MANUFACTURER("manufacturer", "Manufacturer"),
        CSO("cso", "Clinical Safety Officer"),
        AUTHOR("author", "Author"),
        REVIEWERS("reviewers", "Reviewers"),
        APPROVER("approver", "Approver");

        private final String key;
        private final String label;

        Field(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public String of(ProjectSettings p) {
            return switch (this) {
                case PRODUCT -> p.product();
                case VERSION -> p.version();
                case MANUFACTURER -> p.manufacturer();
                case CSO -> p.cso();
                case AUTHOR -> p.author();
                case REVIEWERS -> p.reviewers();
                case APPROVER -> p.approver();
            };
        }
    }
}
