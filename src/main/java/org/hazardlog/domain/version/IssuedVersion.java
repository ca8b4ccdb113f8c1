package org.hazardlog.domain.version;

import java.util.List;
import java.util.Objects;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.audit.ChainHead;

/**
 * A version of the hazard log the CSO issued and signed: a snapshot of every hazard, its controls
 * and scores, and the risk scheme, that later edits never change. {@code anchor} is the audit
 * trail's newest event when it was signed, so a trail cut short behind a version is detected;
 * {@code contentHash} covers everything above, so a changed snapshot is detected too.
 */
public record IssuedVersion(int number, String summary, Signature signature, RiskScheme scheme, List<Hazard> hazards,
                            ChainHead anchor, String contentHash) {

    public IssuedVersion {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(anchor, "anchor");
        hazards = List.copyOf(hazards);
    }

    public String label() {
        return "version " + number;
    }

    public LogContent content() {
        return new LogContent(label(), scheme, hazards);
    }
}
