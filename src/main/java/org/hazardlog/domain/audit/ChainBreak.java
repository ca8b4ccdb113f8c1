package org.hazardlog.domain.audit;

/** Where the audit trail stops being trustworthy: the first broken event, and why. */
public record ChainBreak(long sequence, String message) {
}
