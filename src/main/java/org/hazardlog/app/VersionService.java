package org.hazardlog.app;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.Text;
import org.hazardlog.domain.access.AccessPolicy;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.ChainHead;
import org.hazardlog.domain.version.IssuedVersion;
import org.hazardlog.domain.version.LogContent;
import org.hazardlog.domain.version.Signature;
import org.hazardlog.domain.version.VersionDiff;
import org.hazardlog.domain.version.VersionSummary;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.store.VersionRepository;
import org.hazardlog.store.VersionRepository.StoredVersion;

/**
 * Issued versions of the log: the CSO issues the current log as the next version, signing it with
 * their password; a version is a snapshot that later edits never change. Versions can be compared
 * with each other or with the log as it is now.
 */
public final class VersionService {

    public static final String CURRENT = "current";

    private final HazardLogService log;
    private final VersionRepository versions = new VersionRepository();

    VersionService(HazardLogService log) {
        this.log = log;
    }

    /**
     * Issues the log as it is now as the next version, signed by the current person as approved.
     * Needs the CSO role and the CSO's password; a wrong password signs nothing and writes nothing.
     * The password array is cleared before this returns.
     */
    public IssuedVersion issue(String summary, char[] password) {
        LongWork.begin("Issuing a version");
        try {
            String text = Text.require("version summary", summary, Text.MAX_TEXT);
            return log.write(w -> {
                AccessPolicy.require(w.actor(), Permission.ISSUE_VERSION);
                UserAdministration.confirm(w, log.userRepository(), Permission.ISSUE_VERSION, password,
                        "Signing a version");
                int number = versions.nextNumber(w.handle());
                ChainHead anchor = w.audit().head();
                Signature signature = new Signature(w.actor().name(), w.actor().role(), w.audit().time(),
                        Signature.APPROVED);
                List<Hazard> hazards = log.hazardRepository().findAll(w.handle());
                String schemeJson = Snapshots.schemeJson(log.scheme());
                Map<Integer, String> hazardJson = Snapshots.hazardJson(log.scheme(), hazards);
                String hash = Snapshots.contentHash(number, text, signature, schemeJson, hazardJson, anchor);
                versions.insert(w.handle(), new StoredVersion(number, text, signature, schemeJson, anchor, hash,
                        hazardJson));
                w.audit().record(w.actor(), AuditAction.ISSUE, AuditEvent.VERSION, String.valueOf(number),
                        "signature", null, signature.meaning() + "; " + hazards.size() + " hazards; content SHA-256 "
                                + hash, text);
                return new IssuedVersion(number, text, signature, log.scheme(), hazards, anchor, hash);
            });
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    public List<VersionSummary> list() {
        return log.read(h -> versions.list(h).stream()
                .map(r -> new VersionSummary(r.number(), r.summary(), r.signature(), r.hazardCount(), r.anchor(),
                        r.contentHash()))
                .toList());
    }

    /** An issued version with its hazards and signature, for reports made from an issued version. */
    public IssuedVersion version(int number) {
        StoredVersion v = log.read(h -> versions.find(h, number))
                .orElseThrow(() -> new InvalidValueException("there is no issued version " + number + " in this log"));
        String label = "version " + number;
        return new IssuedVersion(v.number(), v.summary(), v.signature(),
                RiskSchemeFile.fromJson(v.schemeJson()),
                Snapshots.hazards(label, v.schemeJson(), v.hazardJson()), v.anchor(), v.contentHash());
    }

    /**
     * Issued version {@code number} as a HazardLog JSON export with its approval, written from the
     * stored snapshot so that {@code verify-export} can recompute its content hash from the file.
     */
    public String exportJson(int number) {
        StoredVersion v = log.read(h -> versions.find(h, number))
                .orElseThrow(() -> new InvalidValueException("there is no issued version " + number + " in this log"));
        return IssuedJson.write(v, list());
    }

    /** The log as it is now, to compare with a version. */
    public LogContent current() {
        return new LogContent(CURRENT, log.scheme(), log.hazards());
    }

    /** A version by number, or {@code current}. */
    public LogContent content(String which) {
        String w = which.strip();
        if (w.equalsIgnoreCase(CURRENT)) {
            return current();
        }
        try {
            return version(Integer.parseInt(w)).content();
        } catch (NumberFormatException e) {
            throw new InvalidValueException("\"" + which + "\" is not a version: give a version number or \""
                    + CURRENT + "\"");
        }
    }

    public VersionDiff diff(String from, String to) {
        LongWork.begin("Comparing versions");
        return VersionDiff.between(content(from), content(to));
    }
}
