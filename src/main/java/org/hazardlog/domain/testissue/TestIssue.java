package org.hazardlog.domain.testissue;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.hazardlog.domain.InvalidValueException;

/**
 * A defect found in testing, recorded in the log so that the safety case can say which defects are
 * still open and what they mean for patient safety (IG Table 6, section 8). Its identifier never
 * changes; what it says ({@link TestIssueDetails}) can be edited; it is open until someone records
 * how it was resolved, which is why an open issue has no resolution and a resolved one always has.
 *
 * @param revision  how many times it was saved, for refusing an edit based on an older copy
 * @param recordedBy who put it into the log, and {@code recordedAt} when
 */
public record TestIssue(String id, TestIssueDetails details, Resolution resolution, String recordedBy,
                        Instant recordedAt, long revision) {

    /** Identifiers such as TI-001 or a test tool's own (BUG-1234): letters, digits, '-', '_', '.'. */
    public static final int MAX_ID = 40;
    public static final String ID_PREFIX = "TI-";

    public TestIssue {
        id = validId(id);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** How an issue was resolved, by whom and when. The text is required: "resolved" alone says nothing. */
    public record Resolution(String text, String by, Instant at) {
        public Resolution {
            text = org.hazardlog.domain.Text.require("the resolution", text, org.hazardlog.domain.Text.MAX_TEXT);
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    public TestIssueStatus status() {
        return resolution == null ? TestIssueStatus.OPEN : TestIssueStatus.RESOLVED;
    }

    public boolean isOpen() {
        return resolution == null;
    }

    public Optional<Resolution> resolved() {
        return Optional.ofNullable(resolution);
    }

    public String title() {
        return details.title();
    }

    public TestIssue withDetails(TestIssueDetails changed) {
        return new TestIssue(id, changed, resolution, recordedBy, recordedAt, revision);
    }

    public TestIssue resolvedAs(Resolution r) {
        if (r == null) {
            throw new InvalidValueException("a resolved test issue needs its resolution");
        }
        return new TestIssue(id, details, r, recordedBy, recordedAt, revision);
    }

    public TestIssue reopened() {
        return new TestIssue(id, details, null, recordedBy, recordedAt, revision);
    }

    /** The form identifiers are compared in: TI-001 and ti-001 are one issue. */
    public static String key(String id) {
        return validId(id).toUpperCase(java.util.Locale.ROOT);
    }

    public static String validId(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("a test issue needs an identifier, such as TI-001");
        }
        String s = id.strip();
        if (s.length() > MAX_ID) {
            throw new InvalidValueException("the test issue identifier \"" + s.substring(0, MAX_ID) + "...\" is longer than "
                    + MAX_ID + " characters");
        }
        if (!s.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidValueException("the test issue identifier \"" + s + "\" may hold only letters, digits, "
                    + "'-', '_' and '.', starting with a letter or digit (such as TI-001)");
        }
        return s;
    }

    /** The identifier after the highest TI-number among {@code ids}: TI-001, TI-002 ... */
    public static String nextId(Iterable<String> ids) {
        int highest = 0;
        for (String id : ids) {
            String k = id.toUpperCase(java.util.Locale.ROOT);
            if (k.startsWith(ID_PREFIX) && k.length() > ID_PREFIX.length() && k.length() <= ID_PREFIX.length() + 9
                    && k.substring(ID_PREFIX.length()).chars().allMatch(Character::isDigit)) {
                highest = Math.max(highest, Integer.parseInt(k.substring(ID_PREFIX.length())));
            }
        }
        return String.format(java.util.Locale.ROOT, "%s%03d", ID_PREFIX, highest + 1);
    }
}
