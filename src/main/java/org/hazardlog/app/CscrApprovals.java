package org.hazardlog.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.Text;
import org.hazardlog.domain.access.AccessPolicy;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.cscr.CscrApproval;
import org.hazardlog.domain.cscr.Gap;
import org.hazardlog.domain.cscr.Gaps;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueChanges;
import org.hazardlog.domain.version.Signature;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.store.CscrApprovalRepository;
import org.hazardlog.store.CscrApprovalRepository.StoredApproval;
import org.hazardlog.store.ProjectSettingsRepository;
import org.hazardlog.store.TestIssueRepository;
import org.hazardlog.store.VersionRepository;
import org.hazardlog.store.VersionRepository.StoredVersion;

/**
 * Approving a Clinical Safety Case Report: the CSO signs, with their password, the exact content
 * of a report made from one issued version, with their own summary safety statement and sign-off
 * wording, after confirming each gap the report has. A separate act from issuing the version.
 *
 * <p>The report is made by the caller (documents are not this layer's business); what this class
 * checks, inside the write transaction, is that the report still describes the log: the version
 * exists, and it and the project settings are as they were when the report was made (the
 * {@linkplain #sourceStamp source stamp}), the content hash is the hash of the content, and every
 * gap is confirmed. Any refusal records nothing.
 */
public final class CscrApprovals {

    private static final String STAMP_DOMAIN = "hazardlog-cscr-source-v1";

    private final HazardLogService log;
    private final CscrApprovalRepository approvals = new CscrApprovalRepository();
    private final VersionRepository versions = new VersionRepository();
    private final ProjectSettingsRepository settings = new ProjectSettingsRepository();
    private final TestIssueRepository testIssues = new TestIssueRepository();

    CscrApprovals(HazardLogService log) {
        this.log = log;
    }

    /** What the CSO asks to sign. {@code confirmedGaps}: the keys of the gaps the CSO confirmed. */
    public record Request(int versionNumber, String sourceStamp, String documentJson, String contentHash,
                          String statement, String signOff, Set<String> confirmedGaps) {
        public Request {
            confirmedGaps = Set.copyOf(confirmedGaps);
        }
    }

    /**
     * A fingerprint of everything a report of this version is made from that can change after the
     * version was issued: the version's own content hash, the project settings, the test issues and the latest
     * evidence run. Read it before
     * reading the log for a report; an approval whose stamp no longer matches is refused.
     */
    public String sourceStamp(int versionNumber) {
        return log.read(h -> stamp(h, versionNumber));
    }

    private String stamp(Handle h, int versionNumber) {
        StoredVersion v = versions.find(h, versionNumber).orElseThrow(() -> noVersion(versionNumber));
        ProjectSettings p = settings.load(h);
        StringBuilder b = new StringBuilder(STAMP_DOMAIN).append('\n').append(v.number()).append('\n')
                .append(v.contentHash()).append('\n');
        for (ProjectSettings.Field f : ProjectSettings.Field.values()) {
            String value = f.of(p);
            b.append(f.key()).append(':').append(value.length()).append(':').append(value).append('\n');
        }
        // Section 8 lists the log's test issues as they are now, so they are part of what the report rests on.
        for (TestIssue t : testIssues.findAll(h)) {
            b.append("test-issue:").append(t.id().length()).append(':').append(t.id()).append('\n');
            TestIssueChanges.fields(t).forEach((field, value) -> b.append(field).append(':').append(value.length())
                    .append(':').append(value).append('\n'));
        }
        // The latest evidence run decides which residuals are unverified, a gap the CSO confirms.
        EvidenceService.state(h).latestRun().ifPresent(run -> b.append("evidence-run:").append(run.number()).append('\n'));
        return sha256(b.toString());
    }

    /** The gaps a report of this version has with the project settings as they are now. */
    public List<Gap> gaps(int versionNumber) {
        return log.read(h -> gaps(h, versionNumber));
    }

    private List<Gap> gaps(Handle h, int versionNumber) {
        StoredVersion v = versions.find(h, versionNumber).orElseThrow(() -> noVersion(versionNumber));
        var scheme = RiskSchemeFile.fromJson(v.schemeJson());
        var hazards = Snapshots.hazards("version " + versionNumber, v.schemeJson(), v.hazardJson());
        int openTestIssues = (int) testIssues.findAll(h).stream().filter(TestIssue::isOpen).count();
        return Gaps.of(hazards, scheme, settings.load(h), openTestIssues, EvidenceService.state(h).verification());
    }

    /**
     * Signs the report as approved by the current person. Needs the CSO role and their password;
     * the password array is cleared before this returns.
     */
    public CscrApproval approve(Request r, char[] password) {
        try {
            String statement = Text.require("summary safety statement", r.statement(), Text.MAX_TEXT);
            String signOff = Text.require("sign-off wording", r.signOff(), Text.MAX_TEXT);
            return log.write(w -> {
                AccessPolicy.require(w.actor(), Permission.APPROVE_CSCR);
                if (versions.find(w.handle(), r.versionNumber()).isEmpty()) {
                    throw noVersion(r.versionNumber());
                }
                UserAdministration.confirm(w, log.userRepository(), Permission.APPROVE_CSCR, password,
                        "Approving the safety case");
                if (!stamp(w.handle(), r.versionNumber()).equals(r.sourceStamp())) {
                    throw new InvalidValueException("The report was made from version " + r.versionNumber()
                            + " and the project settings, test issues and test evidence as they were then; they have changed since "
                            + "(someone saved the project settings, changed a test issue or recorded test evidence). Make the report again, read it, and approve that. Nothing was "
                            + "approved.");
                }
                if (!sha256(r.documentJson()).equals(r.contentHash())) {
                    throw new InvalidValueException("The report content does not match its content hash " + r.contentHash()
                            + "; nothing was approved.");
                }
                List<Gap> gaps = gaps(w.handle(), r.versionNumber());
                List<Gap> unconfirmed = gaps.stream().filter(g -> !r.confirmedGaps().contains(g.key())).toList();
                if (!unconfirmed.isEmpty()) {
                    throw new InvalidValueException("The report has " + unconfirmed.size()
                            + (unconfirmed.size() == 1 ? " gap" : " gaps") + " you have not confirmed: "
                            + unconfirmed.stream().map(g -> g.key() + " (" + g.description() + ")")
                                    .collect(Collectors.joining("; "))
                            + ". Confirm each one you accept to approve with; nothing was approved.");
                }
                int number = approvals.nextNumber(w.handle());
                Signature signature = new Signature(w.actor().name(), w.actor().role(), w.audit().time(),
                        CscrApproval.MEANING);
                CscrApproval approval = new CscrApproval(number, r.versionNumber(), r.contentHash(), statement, signOff,
                        gaps, signature);
                approvals.insert(w.handle(), new StoredApproval(approval, r.documentJson()));
                String key = "approval " + number + " of version " + r.versionNumber();
                w.audit().record(w.actor(), AuditAction.APPROVE, AuditEvent.CSCR, key, "signature", null,
                        CscrApproval.MEANING + "; version " + r.versionNumber() + "; content SHA-256 " + r.contentHash(),
                        null);
                w.audit().record(w.actor(), AuditAction.APPROVE, AuditEvent.CSCR, key, "summary safety statement",
                        null, statement, null);
                w.audit().record(w.actor(), AuditAction.APPROVE, AuditEvent.CSCR, key, "sign-off wording", null,
                        signOff, null);
                for (Gap g : gaps) {
                    w.audit().record(w.actor(), AuditAction.APPROVE, AuditEvent.CSCR, key, "gap confirmed", null,
                            g.key() + ": " + g.description(), null);
                }
                return approval;
            });
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    public List<CscrApproval> list() {
        return log.read(approvals::list);
    }

    /** The newest approval of the safety case of a version, with the content it signed. */
    public Optional<StoredApproval> latestFor(int versionNumber) {
        return log.read(h -> approvals.latestFor(h, versionNumber));
    }

    /** The approvals of one version, oldest first. */
    public List<CscrApproval> of(int versionNumber) {
        List<CscrApproval> mine = new ArrayList<>();
        for (CscrApproval a : list()) {
            if (a.versionNumber() == versionNumber) {
                mine.add(a);
            }
        }
        return mine;
    }

    /** SHA-256 of text as UTF-8, in lower-case hex: how a report's content hash is computed. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static InvalidValueException noVersion(int number) {
        return new InvalidValueException("there is no issued version " + number + " in this log: issue one first "
                + "(hazardlog issue), then approve its safety case");
    }
}
