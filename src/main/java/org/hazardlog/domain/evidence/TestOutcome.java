package org.hazardlog.domain.evidence;

/**
 * What a run says of one test case (passed, failed, skipped), and of one control's link: MISSING
 * when the link names no test case of the run, so a deleted test is never read as a pass.
 */
public enum TestOutcome {
    PASSED("passed"),
    FAILED("failed"),
    SKIPPED("skipped"),
    MISSING("missing");

    private final String word;

    TestOutcome(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }
}
