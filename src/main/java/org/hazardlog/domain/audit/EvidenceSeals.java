package org.hazardlog.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence runs of a log as its audit trail tells them, so that a check can compare the run
 * and result tables with what HazardLog recorded: an outcome turned from failed to passed (or
 * back), a result row deleted, a run added or removed with database tools, is found. Each run's
 * event carries a {@link RecordSeal} over the run and all its results; a run recorded by an earlier
 * HazardLog, whose event has no seal, is compared by what its event says: how many links had each
 * outcome.
 */
public final class EvidenceSeals {

    /** The audit trail's entity for an evidence run ({@code evidence}, key {@code run 3}). */
    public static final String ENTITY = "evidence";
    /** The name of the seal in a run event's text. */
    public static final String NAME = "evidence seal";

    private static final Pattern RUN = Pattern.compile("run (\\d+)");
    private static final Pattern LINKS = Pattern.compile("; links: ([^;]*);");

    /** A run as stored: the seal of its row and results, and its outcome counts worded as its event words them. */
    public record Stored(int number, String seal, String links) {
    }

    private record Recorded(long event, String seal, String links) {
    }

    private final Map<Integer, Recorded> byRun = new TreeMap<>();

    public void accept(AuditEvent e) {
        if (!ENTITY.equals(e.entity()) || e.action() != AuditAction.CREATE || e.entityKey() == null) {
            return;
        }
        Matcher m = RUN.matcher(e.entityKey());
        if (!m.matches()) {
            return;
        }
        String seal = RecordSeal.in(NAME, e.newValue()).orElse(null);
        Matcher links = e.newValue() == null ? null : LINKS.matcher(e.newValue());
        byRun.putIfAbsent(Integer.parseInt(m.group(1)), new Recorded(e.sequence(), seal,
                links != null && links.find() ? links.group(1) : null));
    }

    /** Runs whose event carries no seal: only their outcome counts are compared. */
    public List<Integer> unsealed() {
        List<Integer> out = new ArrayList<>();
        byRun.forEach((n, r) -> {
            if (r.seal() == null) {
                out.add(n);
            }
        });
        return out;
    }

    /** Each way the run and result tables differ from the trail. */
    public List<ChainBreak> problems(List<Stored> table) {
        List<ChainBreak> found = new ArrayList<>();
        Map<Integer, Recorded> unmatched = new TreeMap<>(byRun);
        for (Stored s : table) {
            Recorded r = unmatched.remove(s.number());
            if (r == null) {
                found.add(new ChainBreak(0, "evidence run " + s.number() + " is in the log but the audit trail never "
                        + "recorded it: added outside HazardLog"));
            } else if (r.seal() != null && !r.seal().equals(s.seal())) {
                found.add(new ChainBreak(r.event(), "evidence run " + s.number() + " is not the one recorded by audit "
                        + "event " + r.event() + ": it or its results (outcomes, counts, rows) were changed outside HazardLog"));
            } else if (r.seal() == null && (r.links() == null || !r.links().equals(s.links()))) {
                found.add(new ChainBreak(r.event(), "evidence run " + s.number() + "'s results (" + s.links() + ") do not "
                        + "match audit event " + r.event() + " (" + r.links() + "): changed outside HazardLog"));
            }
        }
        unmatched.forEach((n, r) -> found.add(new ChainBreak(r.event(), "audit event " + r.event() + " records evidence "
                + "run " + n + ", but the log has no such run: its rows were deleted")));
        return found;
    }
}
