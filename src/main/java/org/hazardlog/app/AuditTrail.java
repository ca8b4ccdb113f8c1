package org.hazardlog.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardChanges;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.access.Actor;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditChain;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.ChainHead;
import org.hazardlog.store.AuditRepository;

/**
 * The audit events of one write transaction. Beginning locks the chain head, so no other writer
 * can append in between; the events are chained as they are recorded and stored together when the
 * transaction's work is done, in the same transaction as the change they describe.
 */
final class AuditTrail {

    private final Handle handle;
    private final AuditRepository repository;
    private final Instant at;
    private final List<AuditEvent> pending = new ArrayList<>();
    private ChainHead head;

    private AuditTrail(Handle handle, AuditRepository repository, Instant at, ChainHead head) {
        this.handle = handle;
        this.repository = repository;
        this.at = at;
        this.head = head;
    }

    static AuditTrail begin(Handle h, AuditRepository repository, Instant now) {
        return new AuditTrail(h, repository, now, repository.lockHead(h));
    }

    void record(Actor who, AuditAction action, String entity, String key, String field, String oldValue,
                String newValue, String reason) {
        AuditEvent e = AuditChain.next(head, at, who.name(), who.role(), action, entity, key, field, oldValue,
                newValue, blankToNull(reason));
        pending.add(e);
        head = new ChainHead(e.sequence(), e.hash());
    }

    /** One event for a new hazard; every later change is recorded field by field, old and new. */
    void hazardCreated(Actor who, Hazard stored, AuditAction action, String reason) {
        record(who, action, AuditEvent.HAZARD, String.valueOf(stored.number()), "hazard", null, stored.name(), reason);
    }

    /** One event per changed field, with risk levels as the scheme gives them. */
    void hazardChanged(Actor who, Hazard before, Hazard after, RiskScheme scheme, AuditAction action, String reason) {
        for (HazardChanges.Change c : HazardChanges.between(before, after, scheme).changes()) {
            record(who, action, AuditEvent.HAZARD, String.valueOf(after.number()), c.field(), c.before(), c.after(),
                    reason);
        }
    }

    /** The chain's head as it will be once this transaction's events are stored. */
    ChainHead head() {
        return head;
    }

    Instant time() {
        return AuditChain.truncate(at);
    }

    void store() {
        repository.append(handle, pending);
        pending.clear();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
