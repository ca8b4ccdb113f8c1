package org.hazardlog.report;

import java.util.List;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;

/**
 * How many hazards sit at each risk level and in each cell of the matrix, initial and residual.
 * Levels come from the scheme's lookup table, like everywhere else.
 */
public final class RiskTally {

    private final RiskScheme scheme;
    private final Counts initial;
    private final Counts residual;

    public RiskTally(RiskScheme scheme, List<Hazard> hazards) {
        this.scheme = scheme;
        this.initial = new Counts(scheme);
        this.residual = new Counts(scheme);
        for (Hazard h : hazards) {
            initial.add(h.initial());
            residual.add(h.residual());
        }
    }

    public Counts initial() {
        return initial;
    }

    public Counts residual() {
        return residual;
    }

    public RiskScheme scheme() {
        return scheme;
    }

    /** Counts for one of the two assessments. */
    public static final class Counts {
        private final RiskScheme scheme;
        private final int[] perLevel;
        private final int[][] perCell;
        private int unscored;

        Counts(RiskScheme scheme) {
            this.scheme = scheme;
            perLevel = new int[scheme.riskLevels().size() + 1];
            perCell = new int[scheme.likelihoods().size() + 1][scheme.severities().size() + 1];
        }

        void add(Assessment a) {
            var level = scheme.riskLevel(a);
            if (level.isEmpty()) {
                unscored++;
                return;
            }
            perLevel[level.get().number()]++;
            perCell[a.likelihood()][a.severity()]++;
        }

        public int atLevel(int level) {
            return perLevel[level];
        }

        public int inCell(int likelihood, int severity) {
            return perCell[likelihood][severity];
        }

        /** Hazards not fully scored ("TBC"). */
        public int unscored() {
            return unscored;
        }

        public int highestLevel() {
            for (int l = perLevel.length - 1; l > 0; l--) {
                if (perLevel[l] > 0) {
                    return l;
                }
            }
            return 0;
        }
    }
}
