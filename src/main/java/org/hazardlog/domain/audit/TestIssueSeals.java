package org.hazardlog.domain.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The test issues of a log as its audit trail tells them, so that a check can compare the test
 * issue table with what HazardLog recorded: an issue resolved, reworded or unlinked from a hazard
 * with database tools is found. Each write of an issue ends with a {@code seal} event carrying a
 * {@link RecordSeal} over the issue's row and its links; an issue whose latest write has no seal
 * (recorded by an earlier HazardLog) is compared by the field values its events give, which do not
 * cover its links, who resolved it or when.
 */
public final class TestIssueSeals {

    /** The field of the event that carries an issue's seal. */
    public static final String FIELD = "seal";
    /** The name of the seal in that event's text. */
    public static final String NAME = "test issue seal";

    /** The fields rebuilt for an issue without a seal; links are left out, as hazard numbers change. */
    private static final List<String> REPLAYED = List.of("title", "description", "safety impact", "status", "resolution");

    /** What the trail last said about one issue. */
    private static final class Recorded {
        long event;
        String seal;
        final Map<String, String> fields = new HashMap<>();
    }

    private final Map<String, Recorded> byKey = new TreeMap<>();

    /** An issue in the table: its seal recomputed from the stored rows, and its fields as events word them. */
    public record Stored(String id, String seal, Map<String, String> fields) {
    }

    public void accept(AuditEvent e) {
        if (!AuditEvent.TEST_ISSUE.equals(e.entity()) || e.entityKey() == null) {
            return;
        }
        Recorded r = byKey.computeIfAbsent(key(e.entityKey()), k -> new Recorded());
        if (FIELD.equals(e.field())) {
            RecordSeal.in(NAME, e.newValue()).ifPresent(s -> {
                r.seal = s;
                r.event = e.sequence();
            });
            return;
        }
        // A field event after the latest seal is a write by an earlier HazardLog: the seal no longer speaks for it.
        r.seal = null;
        r.event = e.sequence();
        if ("test issue".equals(e.field())) {
            r.fields.put("title", e.newValue());
        } else if (REPLAYED.contains(e.field())) {
            r.fields.put(e.field(), e.newValue());
        }
    }

    /** Issues whose latest write carries no seal: only their replayed fields are compared. */
    public List<String> unsealed() {
        List<String> out = new ArrayList<>();
        byKey.forEach((k, r) -> {
            if (r.seal == null) {
                out.add(k);
            }
        });
        return out;
    }

    /**
     * Each issue whose stored form differs from what the trail recorded. Issues the trail never
     * created, or created but no longer in the log, are {@link TestIssueCreations}' to report.
     */
    public List<ChainBreak> problems(List<Stored> table) {
        List<ChainBreak> found = new ArrayList<>();
        Map<String, Stored> stored = new TreeMap<>();
        table.forEach(s -> stored.put(key(s.id()), s));
        for (String k : new TreeSet<>(stored.keySet())) {
            Recorded r = byKey.get(k);
            Stored s = stored.get(k);
            if (r == null) {
                continue;
            }
            if (r.seal != null && !r.seal.equals(s.seal())) {
                found.add(new ChainBreak(r.event, "test issue " + s.id() + " is not the one recorded by audit event "
                        + r.event + ": changed outside HazardLog (its text, status, resolution or linked hazards)"));
            } else if (r.seal == null) {
                for (String field : REPLAYED) {
                    String was = blankToNull(r.fields.get(field));
                    String now = blankToNull(s.fields().get(field));
                    if (!Objects.equals(was, now)) {
                        found.add(new ChainBreak(r.event, "test issue " + s.id() + "'s " + field + " does not match "
                                + "its audit events (last, event " + r.event + "): changed outside HazardLog"));
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
