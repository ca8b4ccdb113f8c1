package org.hazardlog.domain.evidence;

import java.util.Objects;
import java.util.Optional;

/** The latest evidence run (if any) and the control states it gives: what a document says of verification. */
public record EvidenceState(Optional<EvidenceRun> latestRun, ControlVerification verification) {

    public EvidenceState {
        Objects.requireNonNull(latestRun, "latestRun");
        Objects.requireNonNull(verification, "verification");
    }

    public static EvidenceState none() {
        return new EvidenceState(Optional.empty(), ControlVerification.none());
    }
}
