package org.hazardlog.domain.testissue;

import org.hazardlog.domain.InvalidValueException;

/** Whether a test issue still stands. Stored by name. */
public enum TestIssueStatus {
    OPEN("Open"),
    RESOLVED("Resolved");

    private final String label;

    TestIssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a status as users write it: {@code open}, {@code Resolved}. */
    public static TestIssueStatus parse(String text) {
        for (TestIssueStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new InvalidValueException("unknown test issue status \"" + text + "\"; it is open or resolved");
    }

    @Override
    public String toString() {
        return label;
    }
}
