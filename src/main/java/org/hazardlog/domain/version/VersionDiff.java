package org.hazardlog.domain.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardChanges;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;

/**
 * What changed between two versions of the log (or a version and the log now): hazards added and
 * removed, and for each hazard in both, its changed fields and whether its risk went up or down.
 * Hazards are matched by number, which never changes once given.
 */
public record VersionDiff(String from, String to, List<Hazard> added, List<Hazard> removed, List<HazardDiff> changed,
                          boolean schemeChanged) {

    public VersionDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static VersionDiff between(LogContent a, LogContent b) {
        Map<Integer, Hazard> before = byNumber(a.hazards());
        Map<Integer, Hazard> after = byNumber(b.hazards());
        List<Hazard> added = new ArrayList<>();
        List<HazardDiff> changed = new ArrayList<>();
        for (Hazard y : after.values()) {
            Hazard x = before.get(y.number());
            if (x == null) {
                added.add(y);
                continue;
            }
            List<HazardChanges.Change> fields = new ArrayList<>(HazardChanges.between(x, y).changes());
            RiskMove initial = move(fields, "initial", a.scheme(), x.initial(), b.scheme(), y.initial());
            RiskMove residual = move(fields, "residual", a.scheme(), x.residual(), b.scheme(), y.residual());
            if (!fields.isEmpty()) {
                changed.add(new HazardDiff(y.number(), y.name(), fields, initial, residual));
            }
        }
        List<Hazard> removed = before.values().stream().filter(x -> !after.containsKey(x.number())).toList();
        boolean schemeChanged = !a.scheme().equals(b.scheme());
        return new VersionDiff(a.label(), b.label(), added, removed, changed, schemeChanged);
    }

    /** Adds the change of risk level (which follows from the scores and the scheme) to the field changes. */
    private static RiskMove move(List<HazardChanges.Change> out, String which, RiskScheme schemeA, Assessment x,
                                 RiskScheme schemeB, Assessment y) {
        Optional<RiskLevel> before = schemeA.riskLevel(x);
        Optional<RiskLevel> after = schemeB.riskLevel(y);
        RiskMove move = RiskMove.between(before.map(RiskLevel::number).orElse(null),
                after.map(RiskLevel::number).orElse(null));
        String shownBefore = before.map(RiskLevel::label).orElse("TBC");
        String shownAfter = after.map(RiskLevel::label).orElse("TBC");
        if (!shownBefore.equals(shownAfter)) {
            out.add(new HazardChanges.Change(which + " risk level", shownBefore, shownAfter));
        }
        return move;
    }

    private static Map<Integer, Hazard> byNumber(List<Hazard> hazards) {
        Map<Integer, Hazard> map = new LinkedHashMap<>();
        hazards.stream().sorted(Comparator.comparing(Hazard::number)).forEach(h -> map.put(h.number(), h));
        return map;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !schemeChanged;
    }

    public long risksUp() {
        return changed.stream().filter(d -> d.initial() == RiskMove.UP || d.residual() == RiskMove.UP).count();
    }

    public long risksDown() {
        return changed.stream().filter(d -> d.initial() == RiskMove.DOWN || d.residual() == RiskMove.DOWN).count();
    }
}
