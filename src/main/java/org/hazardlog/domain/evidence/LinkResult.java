package org.hazardlog.domain.evidence;

import java.util.Objects;

import org.hazardlog.domain.TestKind;

/**
 * What one run says of one link of one control: the outcome over every test case the pattern
 * matched (failed if any failed, else skipped if any was skipped, else passed; missing if it
 * matched none), the counts, the first failing test ids, and the fingerprint of the control as it
 * was (see {@link ControlBasis}).
 */
public record LinkResult(long controlId, int hazardNumber, int position, String pattern, TestKind kind,
                         TestOutcome outcome, int matched, int failed, int skipped, String failedTests,
                         String basis) {

    public LinkResult {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        failedTests = failedTests == null ? "" : failedTests;
        Objects.requireNonNull(basis, "basis");
    }
}
