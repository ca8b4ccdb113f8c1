package org.hazardlog.domain.testissue;

import java.util.Objects;

import org.hazardlog.domain.Text;

/**
 * A test issue as someone asks to add it, before the log gives it who and when: an identifier
 * (null: the log's next TI-number), what it says, and, for an issue that is already resolved when
 * it is recorded (an import from a test tool), how it was resolved.
 */
public record NewTestIssue(String id, TestIssueDetails details, String resolution) {

    public NewTestIssue {
        id = id == null || id.isBlank() ? null : TestIssue.validId(id);
        Objects.requireNonNull(details, "details");
        resolution = Text.nullable("the resolution", resolution, Text.MAX_TEXT);
    }

    public static NewTestIssue open(String id, TestIssueDetails details) {
        return new NewTestIssue(id, details, null);
    }
}
