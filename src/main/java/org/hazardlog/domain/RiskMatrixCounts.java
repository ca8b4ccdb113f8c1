package org.hazardlog.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;


/** How many hazards sit in each cell of the risk matrix, and per risk level and status. */
public final class RiskMatrixCounts {

    private final RiskScheme scheme;
    private final int[][] cells;
    private final int[] perLevel;
    private int unscored;

    private RiskMatrixCounts(RiskScheme scheme) {
        this.scheme = scheme;
        cells = new int[scheme.likelihoods().size() + 1][scheme.severities().size() + 1];
        perLevel = new int[scheme.riskLevels().size() + 1];
    }

    public static RiskMatrixCounts initial(RiskScheme scheme, Collection<Hazard> hazards) {
        return count(scheme, hazards, Hazard::initial);
    }

    public static RiskMatrixCounts residual(RiskScheme scheme, Collection<Hazard> hazards) {
        return count(scheme, hazards, Hazard::residual);
    }

    private static RiskMatrixCounts count(RiskScheme scheme, Collection<Hazard> hazards, Function<Hazard, Assessment> which) {
        RiskMatrixCounts c = new RiskMatrixCounts(scheme);
        for (Hazard h : hazards) {
            Assessment a = which.apply(h);
            if (a.isScored()) {
                c.cells[a.likelihood()][a.severity()]++;
                c.perLevel[scheme.riskLevel(a.likelihood(), a.severity()).number()]++;
            } else {
                c.unscored++;
            }
        }
        return c;
    }

    public int at(int likelihood, int severity) {
        return cells[likelihood][severity];
    }

    public int atLevel(int level) {
        return perLevel[level];
    }

    public int unscored() {
        return unscored;
    }

    public RiskScheme scheme() {
        return scheme;
    }

    public static Map<HazardStatus, Integer> perStatus(Collection<Hazard> hazards) {
        Map<HazardStatus, Integer> counts = new EnumMap<>(HazardStatus.class);
        for (HazardStatus s : HazardStatus.values()) {
            counts.put(s, 0);
        }
        hazards.forEach(h -> counts.merge(h.status(), 1, Integer::sum));
        return counts;
    }
}
