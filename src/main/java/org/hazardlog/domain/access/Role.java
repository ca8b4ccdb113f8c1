package org.hazardlog.domain.access;

import org.hazardlog.domain.InvalidValueException;

/**
 * What a person may do in one hazard log. Each role may do everything the role below it may:
 * a Viewer reads, an Engineer also records the work on controls and code and proposes hazards, and
 * the Clinical Safety Officer also scores, decides status, accepts residual risk, issues versions
 * and manages users (DCB0129: the CSO approves each version of the hazard log).
 */
public enum Role {
    VIEWER("Viewer", "a Viewer"),
    ENGINEER("Engineer", "an Engineer"),
    CSO("CSO", "a CSO");

    private final String label;
    private final String withArticle;

    Role(String label, String withArticle) {
        this.label = label;
        this.withArticle = withArticle;
    }

    public String label() {
        return label;
    }

    /** "an Engineer", for messages such as "alice is an Engineer". */
    public String withArticle() {
        return withArticle;
    }

    public boolean may(Permission p) {
        return compareTo(p.leastRole()) >= 0;
    }

    /** Reads a role as users write it: {@code cso}, {@code Engineer}, {@code VIEWER}. */
    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text.strip()) || r.label.equalsIgnoreCase(text.strip())) {
                return r;
            }
        }
        throw new InvalidValueException("unknown role \"" + text + "\"; the roles are CSO, Engineer and Viewer");
    }

    @Override
    public String toString() {
        return label;
    }
}
