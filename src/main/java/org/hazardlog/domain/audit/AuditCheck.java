package org.hazardlog.domain.audit;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking the audit trail and what it vouches for: intact up to its head, or each
 * problem found, the first (where the trail stops being trustworthy) first.
 */
public record AuditCheck(long events, ChainHead head, List<ChainBreak> problems) {

    public AuditCheck {
        problems = List.copyOf(problems);
    }

    public boolean isIntact() {
        return problems.isEmpty();
    }

    /** The first problem found. */
    public Optional<ChainBreak> broken() {
        return problems.stream().findFirst();
    }
}
