package org.hazardlog.code;

import java.nio.file.Path;
import java.util.List;

/**
 * The findings of one check of a log's code locations against a repository, in the log's order
 * (by hazard number, then by location).
 *
 * @param gitCommit the commit checked out in the repository, or null outside git
 */
public record CodeCheckReport(Path root, String gitCommit, List<LocationFinding> findings) {

    public CodeCheckReport {
        findings = List.copyOf(findings);
    }

    public long count(LocationState state) {
        return findings.stream().filter(f -> f.state() == state).count();
    }

    public List<LocationFinding> failures(boolean reviewRequired) {
        return findings.stream().filter(f -> f.failsCheck(reviewRequired)).toList();
    }

    public boolean passes(boolean reviewRequired) {
        return failures(reviewRequired).isEmpty();
    }
}
