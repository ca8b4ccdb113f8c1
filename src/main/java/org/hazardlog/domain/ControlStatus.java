package org.hazardlog.domain;

/**
 * Lifecycle of a control, following DCB0129 Spec 6.3.1-6.3.3: a control is proposed, implemented,
 * its implementation verified and then its effectiveness verified; or it is transferred to the
 * deploying organisation, or rejected with a rationale.
 */
public enum ControlStatus {
    PROPOSED("Proposed"),
    IMPLEMENTED("Implemented"),
    IMPLEMENTATION_VERIFIED("Implementation verified"),
    EFFECTIVENESS_VERIFIED("Effectiveness verified"),
    TRANSFERRED("Transferred"),
    REJECTED("Rejected");

    private final String label;

    ControlStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only built controls may justify a lower residual risk; proposed or rejected ones do not. */
    public boolean isInPlace() {
        return this == IMPLEMENTED || this == IMPLEMENTATION_VERIFIED || this == EFFECTIVENESS_VERIFIED;
    }

    @Override
    public String toString() {
        return label;
    }
}
