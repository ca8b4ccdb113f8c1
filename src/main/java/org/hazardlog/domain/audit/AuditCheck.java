package org.hazardlog.domain.audit;

import java.util.Optional;

/** The result of checking the audit trail: intact up to its head, or broken at an event. */
public record AuditCheck(long events, ChainHead head, Optional<ChainBreak> broken) {

    public boolean isIntact() {
        return broken.isEmpty();
    }
}
