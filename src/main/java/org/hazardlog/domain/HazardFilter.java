package org.hazardlog.domain;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;


/**
 * What the user has asked to see in the hazard table. Every criterion left empty matches all.
 * Risk levels use 0 for "not scored". The text query matches any field, ignoring case.
 */
public record HazardFilter(String text, Set<HazardStatus> statuses, Set<Integer> initialLevels,
                           Set<Integer> residualLevels, String hazardType, String owner,
                           boolean unscoredOnly, boolean forTriageOnly, Cell initialCell, Cell residualCell) {

    /** A cell of the risk matrix: a likelihood and a severity level. */
    public record Cell(int likelihood, int severity) {
        boolean holds(Assessment a) {
            return a.isScored() && a.likelihood() == likelihood && a.severity() == severity;
        }
    }

    public static final HazardFilter ALL =
            new HazardFilter("", Set.of(), Set.of(), Set.of(), "", "", false, false, null, null);

    public HazardFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        statuses = Set.copyOf(statuses);
        initialLevels = Set.copyOf(initialLevels);
        residualLevels = Set.copyOf(residualLevels);
        hazardType = hazardType == null ? "" : hazardType;
        owner = owner == null ? "" : owner;
    }

    public boolean isEmpty() {
        return equals(ALL);
    }

    /**
     * A test for one risk scheme. The searchable text of each hazard comes from {@code searchText},
     * so a caller can compute it once per hazard rather than once per keystroke.
     */
    public Predicate<Hazard> matcher(RiskScheme scheme, Function<Hazard, String> searchText) {
        return h -> (text.isEmpty() || searchText.apply(h).contains(text))
                && (statuses.isEmpty() || statuses.contains(h.status()))
                && (initialLevels.isEmpty() || initialLevels.contains(level(scheme, h.initial())))
                && (residualLevels.isEmpty() || residualLevels.contains(level(scheme, h.residual())))
                && (hazardType.isEmpty() || h.hazardTypes().contains(hazardType))
                && (owner.isEmpty() || h.assignment().equals(owner))
                && (!unscoredOnly || !h.initial().isScored() || !h.residual().isScored())
                && (!forTriageOnly || h.utilityLabels().contains(UtilityLabel.FOR_TRIAGE))
                && (initialCell == null || initialCell.holds(h.initial()))
                && (residualCell == null || residualCell.holds(h.residual()));
    }

    public Predicate<Hazard> matcher(RiskScheme scheme) {
        return matcher(scheme, HazardFilter::searchText);
    }

    private static int level(RiskScheme scheme, Assessment a) {
        return scheme.riskLevel(a).map(RiskLevel::number).orElse(0);
    }

    /** Every field a user may search, lower-cased, in one string. */
    public static String searchText(Hazard h) {
        StringBuilder b = new StringBuilder(512);
        b.append(h.number()).append('\n').append(h.name()).append('\n').append(h.description()).append('\n');
        h.causes().forEach(c -> b.append(c).append('\n'));
        b.append(h.effect()).append('\n').append(h.hazard()).append('\n');
        h.hazardTypes().forEach(t -> b.append(t).append('\n'));
        b.append(h.harm()).append('\n').append(h.existingControls()).append('\n').append(h.assignment()).append('\n')
                .append(h.labelling()).append('\n').append(h.project()).append('\n').append(h.residualAssessment())
                .append('\n').append(h.actionSummary()).append('\n').append(h.status().label()).append('\n')
                .append(h.statusText()).append('\n');
        for (Control c : h.controls()) {
            b.append(c.text()).append('\n').append(c.owner()).append('\n').append(c.evidence()).append('\n');
        }
        for (CodeLocation l : h.codeLocations()) {
            b.append(l.reference()).append('\n');
            if (l.note() != null) {
                b.append(l.note()).append('\n');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
