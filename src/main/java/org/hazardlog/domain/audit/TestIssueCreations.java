package org.hazardlog.domain.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which test issues the audit trail says were created, so that a check can name issues in the log
 * without a creation event (added outside HazardLog, or their events deleted) and issues created
 * but no longer in the log (deleted outside HazardLog: HazardLog never deletes one). Identifiers
 * never change, so there is no renumbering to follow.
 */
public final class TestIssueCreations {

    /** Beyond this many, a problem names the first few identifiers and counts the rest. */
    private static final int NAMED = 10;

    /** Upper-case identifier -> (identifier as written, sequence of its creation event). */
    private final Map<String, Map.Entry<String, Long>> created = new TreeMap<>();

    public void accept(AuditEvent e) {
        if (AuditEvent.TEST_ISSUE.equals(e.entity()) && "test issue".equals(e.field()) && e.oldValue() == null
                && (e.action() == AuditAction.CREATE || e.action() == AuditAction.IMPORT)) {
            created.putIfAbsent(key(e.entityKey()), Map.entry(e.entityKey(), e.sequence()));
        }
    }

    /** Each disagreement between the trail and the test issue identifiers in the log. */
    public List<ChainBreak> problems(Collection<String> inLog) {
        List<ChainBreak> found = new ArrayList<>();
        Map<String, String> uncreated = new TreeMap<>();
        inLog.forEach(id -> uncreated.put(key(id), id));
        Map<String, Map.Entry<String, Long>> gone = new TreeMap<>(created);
        gone.keySet().removeAll(uncreated.keySet());
        uncreated.keySet().removeAll(created.keySet());
        if (!uncreated.isEmpty()) {
            int n = uncreated.size();
            found.add(new ChainBreak(0, (n == 1 ? "test issue " : n + " test issues (") + named(uncreated.values())
                    + (n == 1 ? " has" : ") have") + " no creation event in the audit trail: added outside HazardLog, "
                    + "or their events were deleted"));
        }
        if (!gone.isEmpty()) {
            int n = gone.size();
            long first = gone.values().iterator().next().getValue();
            found.add(new ChainBreak(first, (n == 1 ? "test issue " : n + " test issues (")
                    + named(gone.values().stream().map(Map.Entry::getKey).toList())
                    + (n == 1 ? " was" : ") were") + " created according to the audit trail but "
                    + (n == 1 ? "is" : "are") + " not in the log: deleted outside HazardLog"));
        }
        return found;
    }

    private static String named(Collection<String> ids) {
        List<String> shown = ids.stream().limit(NAMED).toList();
        String list = String.join(", ", shown);
        return ids.size() > NAMED ? list + " and " + (ids.size() - NAMED) + " more" : list;
    }

    private static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
