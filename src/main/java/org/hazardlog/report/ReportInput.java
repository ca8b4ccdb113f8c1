package org.hazardlog.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.hazardlog.app.EvidenceService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.version.IssuedVersion;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.evidence.EvidenceState;

/**
 * Everything a document is made from, read once so that every part of a document describes the
 * same moment of the log. Test issues are the log's as they are when the document is made (an
 * issued version does not hold them); empty when the input was made without reading them, which
 * a document shows as a gap rather than as "none".
 */
public record ReportInput(List<Hazard> hazards, RiskScheme scheme, ProjectSettings project, String logName,
                          ZonedDateTime generatedAt, ReportVersion version, Optional<List<TestIssue>> testIssues,
                          EvidenceState evidence) {

    public ReportInput {
        hazards = List.copyOf(hazards);
        testIssues = testIssues.map(List::copyOf);
        evidence = evidence == null ? EvidenceState.none() : evidence;
    }

    /** An input without the log's test issues and without test evidence (every control reads as having none). */
    public ReportInput(List<Hazard> hazards, RiskScheme scheme, ProjectSettings project, String logName,
                       ZonedDateTime generatedAt, ReportVersion version) {
        this(hazards, scheme, project, logName, generatedAt, version, Optional.empty(), EvidenceState.none());
    }

    /** An input with the log's test issues (or none read) and without test evidence. */
    public ReportInput(List<Hazard> hazards, RiskScheme scheme, ProjectSettings project, String logName,
                       ZonedDateTime generatedAt, ReportVersion version, Optional<List<TestIssue>> testIssues) {
        this(hazards, scheme, project, logName, generatedAt, version, testIssues, EvidenceState.none());
    }

    /** An input with test evidence, without the log's test issues. */
    public ReportInput(List<Hazard> hazards, RiskScheme scheme, ProjectSettings project, String logName,
                       ZonedDateTime generatedAt, ReportVersion version, EvidenceState evidence) {
        this(hazards, scheme, project, logName, generatedAt, version, Optional.empty(), evidence);
    }

    /** The log as it is now, unissued. */
    public static ReportInput current(HazardLogService log) {
        ProjectSettings project = log.projectSettings();
        ZonedDateTime now = ZonedDateTime.now();
        return new ReportInput(log.hazards(), log.scheme(), project, log.file().displayName(), now,
                ReportVersion.current(now.toLocalDate(), project.author()), Optional.of(log.testIssues().list()),
                new EvidenceService(log).state());
    }

    /**
     * An issued version exactly as it was signed: its snapshot of hazards and scheme, and its
     * signature; with the log's test issues as they are now.
     */
    public static ReportInput issued(HazardLogService log, int number) {
        IssuedVersion version = log.versions().version(number);
        return new ReportInput(version.hazards(), version.scheme(), log.projectSettings(), log.file().displayName(),
                ZonedDateTime.now(), ReportVersion.issued(version, log.versions().list()),
                Optional.of(log.testIssues().list()), new EvidenceService(log).state());
    }

    public RiskTally tally() {
        return new RiskTally(scheme, hazards);
    }

    /** The open test issues; empty also when the test issues were not read (see {@link #testIssues}). */
    public List<TestIssue> openTestIssues() {
        return testIssues.orElse(List.of()).stream().filter(TestIssue::isOpen).toList();
    }
}
