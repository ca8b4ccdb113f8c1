package org.hazardlog.domain.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One recorded run: when, by whom, from which commit and build, which reports and how many test cases. */
public record EvidenceRun(int number, Instant recordedAt, String recordedBy, String commit, String buildUrl,
                          List<String> reports, int testCases, int linkedTests, int unlinked) {

    public EvidenceRun {
        Objects.requireNonNull(recordedAt, "recordedAt");
        reports = List.copyOf(reports);
    }
}
