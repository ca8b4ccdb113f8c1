package org.hazardlog.app;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditChain;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.domain.audit.ChainBreak;
import org.hazardlog.domain.audit.ChainHead;
import org.hazardlog.store.AuditRepository;
import org.hazardlog.store.VersionRepository;
import org.hazardlog.store.VersionRepository.StoredVersion;
import org.hazardlog.store.VersionRepository.VersionRow;

/** Reading the audit trail, and checking that nobody changed it behind HazardLog's back. */
public final class AuditService {

    /** The window shows at most this many of the newest matching events. */
    public static final int WINDOW_LIMIT = 10_000;

    private final HazardLogService log;
    private final AuditRepository events;
    private final VersionRepository versions = new VersionRepository();

    AuditService(HazardLogService log) {
        this.log = log;
        this.events = log.auditRepository();
    }

    public List<AuditEvent> events(AuditQuery query) {
        return events(query, Integer.MAX_VALUE);
    }

    /** The newest {@code limit} matching events, oldest first. */
    public List<AuditEvent> events(AuditQuery query, int limit) {
        return log.read(h -> events.find(h, query, limit));
    }

    /** Every change to one hazard, oldest first. */
    public List<AuditEvent> history(int hazardNumber) {
        return events(AuditQuery.hazard(hazardNumber));
    }

    /**
     * Checks the whole trail: sequence numbers without gaps, every event's hash over its contents,
     * every link to the event before; then the head row, and each issued version against its
     * content hash, its issue event and the audit head it was signed at. Stops at the first break.
     */
    public AuditCheck verify() {
        return log.read(h -> {
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            long count = events.scan(h, verifier::accept);
            if (verifier.broken().isEmpty()) {
                checkHead(h, verifier);
            }
            for (VersionRow row : versions.list(h)) {
                if (verifier.broken().isPresent()) {
                    break;
                }
                checkVersion(h, row.number(), verifier);
            }
            return new AuditCheck(count, verifier.head(), verifier.broken());
        });
    }

    /** The head row says how long the trail was; fewer events means the newest were removed. */
    private void checkHead(Handle h, AuditChain.Verifier verifier) {
        ChainHead recorded = events.head(h);
        ChainHead found = verifier.head();
        if (recorded.sequence() > found.sequence()) {
            verifier.fail(new ChainBreak(found.sequence() + 1, "audit event " + (found.sequence() + 1)
                    + " is missing: the trail ends at event " + found.sequence() + " but " + recorded.sequence()
                    + " events were recorded"));
        } else if (!recorded.equals(found)) {
            verifier.fail(new ChainBreak(found.sequence(), "the audit trail's head does not match event "
                    + found.sequence() + ": events were added or changed outside HazardLog"));
        }
    }

    private void checkVersion(Handle h, int number, AuditChain.Verifier verifier) {
        StoredVersion v = versions.find(h, number).orElseThrow();
        String recomputed = Snapshots.contentHash(v.number(), v.summary(), v.signature(), v.schemeJson(),
                v.hazardJson(), v.anchor());
        List<AuditEvent> issued = events.of(h, AuditEvent.VERSION, String.valueOf(number), AuditAction.ISSUE);
        long issueSeq = issued.isEmpty() ? 0 : issued.get(0).sequence();
        if (!recomputed.equals(v.contentHash())) {
            verifier.fail(new ChainBreak(issueSeq, "issued version " + number + " was changed after it was signed: "
                    + "its snapshot no longer matches its content hash"));
            return;
        }
        if (issued.isEmpty() || issued.get(0).newValue() == null || !issued.get(0).newValue().endsWith(v.contentHash())) {
            verifier.fail(new ChainBreak(issueSeq, "issued version " + number + " has no matching issue event in "
                    + "the audit trail: the version or its event was changed or removed"));
            return;
        }
        ChainHead anchor = v.anchor();
        if (anchor.sequence() == 0) {
            return;
        }
        Optional<AuditEvent> anchored = events.at(h, anchor.sequence());
        if (anchored.isEmpty() || !anchored.get().hash().equals(anchor.hash())) {
            verifier.fail(new ChainBreak(anchor.sequence(), "audit event " + anchor.sequence() + ", the newest when "
                    + "version " + number + " was signed, is " + (anchored.isEmpty() ? "missing" : "not the one signed")
                    + ": the trail behind the version was cut short or replaced"));
        }
    }
}
