package org.hazardlog.domain.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which hazard numbers the audit trail says were created, following renumbering, so that a check
 * can name hazards that are in the log without a creation event (added outside HazardLog, or whose
 * events were deleted) and hazards created but no longer in the log (deleted outside HazardLog).
 */
public final class HazardCreations {

    /** Beyond this many, a problem names the first few numbers and counts the rest. */
    private static final int NAMED = 10;

    private final Map<Integer, Long> createdBy = new HashMap<>();

    public void accept(AuditEvent e) {
        if (!AuditEvent.HAZARD.equals(e.entity())) {
            return;
        }
        Integer key = number(e.entityKey());
        if (key == null) {
            return;
        }
        // A creation is one event holding the hazard's name, with nothing before it; a change of a
        // field called "hazard" always shows an old value.
        boolean creation = (e.action() == AuditAction.CREATE || e.action() == AuditAction.IMPORT)
                && "hazard".equals(e.field()) && e.oldValue() == null;
        if (creation) {
            createdBy.put(key, e.sequence());
        } else if ("number".equals(e.field())) {
            Integer from = number(e.oldValue());
            Integer to = number(e.newValue());
            if (from != null && to != null && createdBy.containsKey(from)) {
                createdBy.put(to, createdBy.remove(from));
            }
        }
    }

    /** Each disagreement between the trail and the hazard numbers in the log. */
    public List<ChainBreak> problems(Collection<Integer> inLog) {
        List<ChainBreak> found = new ArrayList<>();
        Set<Integer> uncreated = new TreeSet<>(inLog);
        uncreated.removeAll(createdBy.keySet());
        if (!uncreated.isEmpty()) {
            found.add(new ChainBreak(0, (uncreated.size() == 1 ? "hazard " : uncreated.size() + " hazards (")
                    + named(uncreated) + (uncreated.size() == 1 ? " has" : ") have") + " no creation event in the "
                    + "audit trail: added outside HazardLog, or their events were deleted"));
        }
        Set<Integer> gone = new TreeSet<>(createdBy.keySet());
        gone.removeAll(inLog);
        if (!gone.isEmpty()) {
            long first = createdBy.get(gone.iterator().next());
            found.add(new ChainBreak(first, (gone.size() == 1 ? "hazard " : gone.size() + " hazards (") + named(gone)
                    + (gone.size() == 1 ? " was" : ") were") + " created according to the audit trail but "
                    + (gone.size() == 1 ? "is" : "are") + " not in the log: deleted outside HazardLog"));
        }
        return found;
    }

    private static String named(Set<Integer> numbers) {
        List<String> shown = numbers.stream().limit(NAMED).map(String::valueOf).toList();
        String list = String.join(", ", shown);
        return numbers.size() > NAMED ? list + " and " + (numbers.size() - NAMED) + " more" : list;
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
