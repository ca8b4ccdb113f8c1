package org.hazardlog.domain.audit;

import java.time.Instant;

/**
 * Which events to show: each criterion is optional (null means any). The hazard is its number;
 * the field matches any field whose name contains it, ignoring case; times are inclusive from,
 * exclusive until.
 */
public record AuditQuery(String user, Integer hazard, String field, Instant from, Instant until) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public static AuditQuery hazard(int number) {
        return new AuditQuery(null, number, null, null, null);
    }

    public AuditQuery withUser(String u) {
        return new AuditQuery(blankToNull(u), hazard, field, from, until);
    }

    public AuditQuery withHazard(Integer n) {
        return new AuditQuery(user, n, field, from, until);
    }

    public AuditQuery withField(String f) {
        return new AuditQuery(user, hazard, blankToNull(f), from, until);
    }

    public AuditQuery between(Instant start, Instant end) {
        return new AuditQuery(user, hazard, field, start, end);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
