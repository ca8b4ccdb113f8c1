package org.hazardlog.domain;

/**
 * Something about a hazard's scoring that a CSO should look at before accepting it. Warnings do
 * not block a save: the CSO may have reasons, but must never accept such a state silently.
 */
public enum ScoringWarning {
    REDUCTION_WITHOUT_CONTROL_IN_PLACE(
            "The residual risk is lower than the initial risk, but no control is implemented or verified yet: "
                    + "unbuilt controls do not reduce risk."),
    UNACCEPTABLE_RESIDUAL_CLOSED(
            "The hazard is Closed with a residual risk of level 4 or 5, which cannot be accepted."),
    ACCEPTED_WITHOUT_JUSTIFICATION(
            "A residual risk of level 2 or 3 is accepted (the hazard is Closed or Transferred) without a written "
                    + "justification in the residual risk assessment.");

    private final String message;

    ScoringWarning(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
