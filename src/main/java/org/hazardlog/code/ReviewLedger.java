package org.hazardlog.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;

/**
 * The code reviews of a log as its audit trail tells them, following renumbered hazards, so that
 * a check can compare the review table with what HazardLog recorded: a review changed, added or
 * removed in the file, outside HazardLog, is found, as the users table is checked against the
 * trail. Each review event carries a {@link ReviewSeal}; a review recorded before seals were
 * written is compared by what its event says (how many locations, at which commit).
 */
public final class ReviewLedger {

    private static final Pattern UNSEALED = Pattern.compile("^(\\d+) locations? reviewed(?: at commit (\\S+))?");

    /** What the trail last said about one hazard's reviews. */
    private record Recorded(long event, String seal, int locations, String commit) {
    }

    private final Map<Integer, Recorded> byHazard = new HashMap<>();

    public void accept(AuditEvent e) {
        if (!AuditEvent.HAZARD.equals(e.entity())) {
            return;
        }
        Integer number = number(e.entityKey());
        if (number == null) {
            return;
        }
        if ("number".equals(e.field())) {
            Integer from = number(e.oldValue());
            Integer to = number(e.newValue());
            if (from != null && to != null && byHazard.containsKey(from)) {
                byHazard.put(to, byHazard.remove(from));
            }
            return;
        }
        if (e.action() != AuditAction.CODE_REVIEW) {
            return;
        }
        Optional<String> seal = ReviewSeal.in(e.newValue()).or(() -> ReviewSeal.in(e.reason()));
        if (seal.isPresent()) {
            byHazard.put(number, new Recorded(e.sequence(), seal.get(), -1, null));
            return;
        }
        Matcher m = e.newValue() == null ? null : UNSEALED.matcher(e.newValue());
        if (m != null && m.find()) {
            byHazard.put(number, new Recorded(e.sequence(), null, Integer.parseInt(m.group(1)), m.group(2)));
        }
        // A move recorded before seals changes lines only: what was known stays known.
    }

    /**
     * Hazards whose latest review event carries no seal (recorded by an earlier HazardLog): their
     * reviews are compared only by count and commit, so an edit of a fingerprint would not be found.
     */
    public java.util.Set<Integer> unsealed() {
        java.util.Set<Integer> out = new TreeSet<>();
        byHazard.forEach((n, r) -> {
            if (r.seal() == null) {
                out.add(n);
            }
        });
        return out;
    }

    /** Each way the review table differs from the trail, worded for the person checking. */
    public List<Difference> differences(Map<ReviewKey, List<ReviewFingerprint>> table) {
        Map<Integer, Map<ReviewKey, List<ReviewFingerprint>>> stored = new TreeMap<>();
        table.forEach((k, v) -> stored.computeIfAbsent(k.hazardNumber(), n -> new HashMap<>()).put(k, v));
        List<Difference> found = new ArrayList<>();
        TreeSet<Integer> numbers = new TreeSet<>(stored.keySet());
        numbers.addAll(byHazard.keySet());
        for (int n : numbers) {
            Map<ReviewKey, List<ReviewFingerprint>> rows = stored.getOrDefault(n, Map.of());
            Recorded r = byHazard.get(n);
            if (r == null) {
                found.add(new Difference(0, "the code review of hazard " + n + " is in the review table but the audit "
                        + "trail never recorded it: added outside HazardLog"));
            } else if (r.seal() != null && !r.seal().equals(ReviewSeal.of(rows))) {
                found.add(new Difference(r.event(), "the code review of hazard " + n + " is not the one recorded by audit "
                        + "event " + r.event() + ": " + (rows.isEmpty() ? "removed" : "changed") + " outside HazardLog"));
            } else if (r.seal() == null && !matchesUnsealed(r, rows)) {
                found.add(new Difference(r.event(), "the code review of hazard " + n + " does not match audit event "
                        + r.event() + " (" + r.locations() + " locations" + (r.commit() == null ? "" : " at commit "
                        + r.commit()) + "): changed outside HazardLog"));
            }
        }
        return found;
    }

    private static boolean matchesUnsealed(Recorded r, Map<ReviewKey, List<ReviewFingerprint>> rows) {
        if (rows.size() != r.locations()) {
            return false;
        }
        return rows.values().stream().flatMap(List::stream)
                .allMatch(f -> r.commit() == null ? f.gitCommit() == null : r.commit().equals(f.gitCommit()));
    }

    /** One difference, and the audit event it is measured against (0 for none). */
    public record Difference(long event, String message) {
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
