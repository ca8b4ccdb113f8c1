package org.hazardlog.domain.testissue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A test issue as named fields, the way the audit trail records it: each field on creation, and
 * each field that differs between two states of one issue, old value and new.
 */
public final class TestIssueChanges {

    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String HAZARDS = "linked hazards";
    public static final String SAFETY_IMPACT = "safety impact";
    public static final String STATUS = "status";
    public static final String RESOLUTION = "resolution";

    /** One field that changed; a null value is a field that was or became empty. */
    public record Change(String field, String before, String after) {
    }

    private TestIssueChanges() {
    }

    /** The fields of an issue in a fixed order; empty ones are left out. */
    public static Map<String, String> fields(TestIssue issue) {
        Map<String, String> f = new LinkedHashMap<>();
        TestIssueDetails d = issue.details();
        f.put(TITLE, d.title());
        f.put(DESCRIPTION, d.description());
        f.put(HAZARDS, d.hazardList());
        f.put(SAFETY_IMPACT, d.safetyImpact());
        f.put(STATUS, issue.status().label());
        f.put(RESOLUTION, issue.resolved().map(TestIssue.Resolution::text).orElse(""));
        f.values().removeIf(String::isEmpty);
        return f;
    }

    public static List<Change> between(TestIssue before, TestIssue after) {
        Map<String, String> was = fields(before);
        Map<String, String> now = fields(after);
        List<Change> changes = new ArrayList<>();
        for (String field : List.of(TITLE, DESCRIPTION, HAZARDS, SAFETY_IMPACT, STATUS, RESOLUTION)) {
            String old = was.get(field);
            String fresh = now.get(field);
            if (!Objects.equals(old, fresh)) {
                changes.add(new Change(field, old, fresh));
            }
        }
        return changes;
    }
}
