package org.hazardlog.domain.version;

import java.util.List;
import java.util.Objects;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;

/**
 * The hazards of a log at one moment and the risk scheme they are scored under: an issued version,
 * or the log as it is now. {@code label} names it for people: "version 2", "current".
 */
public record LogContent(String label, RiskScheme scheme, List<Hazard> hazards) {

    public LogContent {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scheme, "scheme");
        hazards = List.copyOf(hazards);
    }
}
