package org.hazardlog.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.hazardlog.domain.version.Approval;
import org.hazardlog.domain.version.IssuedVersion;
import org.hazardlog.domain.version.VersionSummary;

/**
 * Which version of the log a document shows: the current log, unissued and unsigned, or a version
 * the CSO issued, with its label, revision history and signature. Every document prints whatever
 * this holds.
 */
public record ReportVersion(String label, boolean issued, List<Revision> history, Optional<Signature> signature,
                            Optional<Approval> approval) {

    public static final String CURRENT_LABEL = "Current (draft, not issued)";

    public ReportVersion {
        history = List.copyOf(history);
        if (approval.isPresent() && !issued) {
            throw new IllegalArgumentException("only an issued version carries an approval");
        }
    }

    /** A version without the approval's details: only the unissued log. */
    public ReportVersion(String label, boolean issued, List<Revision> history, Optional<Signature> signature) {
        this(label, issued, history, signature, Optional.empty());
    }

    /**
     * An issued version: its label, the revision history of every version up to it (one line each:
     * number, day signed in UTC, signer, summary) and its CSO signature.
     */
    public static ReportVersion issued(IssuedVersion version, List<VersionSummary> allVersions) {
        List<Revision> history = allVersions.stream().filter(v -> v.number() <= version.number())
                .map(v -> new Revision(String.valueOf(v.number()), LocalDate.ofInstant(v.signature().time(), ZoneOffset.UTC),
                        v.signature().name(), v.summary()))
                .toList();
        org.hazardlog.domain.version.Signature s = version.signature();
        String role = Approval.roleTitle(s.role());
        return new ReportVersion("Version " + version.number() + " (issued)", true, history,
                Optional.of(new Signature(s.name(), role, s.time(), s.meaning())),
                Optional.of(Approval.of(version, allVersions)));
    }

    public static ReportVersion current(LocalDate date, String author) {
        return new ReportVersion(CURRENT_LABEL, false,
                List.of(new Revision("Draft", date, author, "Generated from the current hazard log; not yet issued.")),
                Optional.empty());
    }
}
