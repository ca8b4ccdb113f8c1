package org.hazardlog.code;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

/**
 * Clinically relevant files (those matching the log's clinical patterns) that no hazard links to:
 * code that may carry clinical risk nobody has yet looked at.
 */
public final class UnlinkedCode {

    private UnlinkedCode() {
    }

    public static List<String> find(SourceTree tree, List<Glob> clinical, List<Hazard> hazards) {
        Set<String> linked = new HashSet<>();
        for (Hazard h : hazards) {
            for (CodeLocation location : h.codeLocations()) {
                linked.addAll(CoveredFiles.of(tree, location).files());
            }
        }
        return tree.files().stream()
                .filter(f -> !linked.contains(f))
                .filter(f -> clinical.stream().anyMatch(g -> g.matches(f)))
                .toList();
    }
}
