package org.hazardlog.domain.version;

import java.util.List;

import org.hazardlog.domain.HazardChanges;

/**
 * How one hazard differs between two versions: its changed fields, and how its initial and residual
 * risk levels moved (each looked up in its own version's risk scheme).
 */
public record HazardDiff(int number, String name, List<HazardChanges.Change> changes, RiskMove initial,
                         RiskMove residual) {

    public HazardDiff {
        changes = List.copyOf(changes);
    }
}
