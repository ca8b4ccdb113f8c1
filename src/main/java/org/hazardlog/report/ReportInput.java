package org.hazardlog.report;

import java.time.ZonedDateTime;
import java.util.List;

import org.hazardlog.app.EvidenceService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.version.IssuedVersion;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.evidence.EvidenceState;

/**
 * Everything a document is made from, read once so that every part of a document describes the
 * same moment of the log.
 */
public record ReportInput(List<Hazard> hazards, RiskScheme scheme, ProjectSettings project, String logName,
                          ZonedDateTime generatedAt, ReportVersion version, EvidenceState evidence) {

    public ReportInput {
        hazards = List.copyOf(hazards);
        evidence = evidence == null ? EvidenceState.none() : evidence;
    }

    /** Without test evidence: every control reads as having none. */
    public ReportInput(List<Hazard> hazards, RiskScheme scheme, ProjectSettings project, String logName,
                       ZonedDateTime generatedAt, ReportVersion version) {
        this(hazards, scheme, project, logName, generatedAt, version, EvidenceState.none());
    }

    /** The log as it is now, unissued. */
    public static ReportInput current(HazardLogService log) {
        ProjectSettings project = log.projectSettings();
        ZonedDateTime now = ZonedDateTime.now();
        return new ReportInput(log.hazards(), log.scheme(), project, log.file().displayName(), now,
                ReportVersion.current(now.toLocalDate(), project.author()), new EvidenceService(log).state());
    }

    /** An issued version exactly as it was signed: its snapshot of hazards and scheme, and its signature. */
    public static ReportInput issued(HazardLogService log, int number) {
        IssuedVersion version = log.versions().version(number);
        return new ReportInput(version.hazards(), version.scheme(), log.projectSettings(), log.file().displayName(),
                ZonedDateTime.now(), ReportVersion.issued(version, log.versions().list()), new EvidenceService(log).state());
    }

    public RiskTally tally() {
        return new RiskTally(scheme, hazards);
    }
}
