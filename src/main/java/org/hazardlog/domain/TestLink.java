package org.hazardlog.domain;

import java.util.Objects;

/**
 * A control's reference to the tests that verify it: an exact test id or a pattern with {@code *}
 * (any run of characters) and {@code ?} (one character), such as
 * {@code tests/test_ehr.py::test_get_or_create_*} or {@code org.acme.EhrTest#*}.
 */
public record TestLink(String pattern, TestKind kind) {

    public static final int MAX_PATTERN = 1_000;

    public TestLink {
        Objects.requireNonNull(kind, "kind");
        pattern = Text.require("test pattern", pattern, MAX_PATTERN);
        if (pattern.chars().anyMatch(ch -> ch == '\n' || ch == '\r' || ch == '\t')) {
            throw new InvalidValueException("test pattern \"" + pattern.replaceAll("\\s+", " ")
                    + "\" spans more than one line; a test id is one line");
        }
        if (pattern.chars().allMatch(ch -> ch == '*' || ch == '?')) {
            throw new InvalidValueException("test pattern \"" + pattern + "\" would match every test; name the tests");
        }
    }

    @Override
    public String toString() {
        return pattern + " (" + kind.word() + ")";
    }
}
