package org.hazardlog.domain.evidence;

import java.util.Locale;

/**
 * A control's verification state, derived from the latest evidence run, never typed by anyone.
 * <ul>
 *   <li>VERIFIED - every linked test passed in the latest run, recorded while the control said what it says now;</li>
 *   <li>FAILING - a linked test failed (or errored) in that run;</li>
 *   <li>MISSING - a link named no test case of that run (the test was deleted or renamed);</li>
 *   <li>SKIPPED - none failed or is missing, but a linked test was skipped;</li>
 *   <li>NONE - no linked tests, no run yet, or the control (its text or links) changed after the latest run.</li>
 * </ul>
 */
public enum Verification {
    VERIFIED("Verified"),
    FAILING("Failing"),
    MISSING("Missing"),
    SKIPPED("Skipped"),
    NONE("No evidence");

    private final String label;

    Verification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The word in JSON and on the command line: {@code verified}, {@code failing}, ... {@code none}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Failing or missing evidence: a residual risk resting on the control is unverified. */
    public boolean contradictsControl() {
        return this == FAILING || this == MISSING;
    }

    @Override
    public String toString() {
        return label;
    }
}
