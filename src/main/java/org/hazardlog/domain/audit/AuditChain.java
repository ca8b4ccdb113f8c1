package org.hazardlog.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.hazardlog.domain.access.Role;

/**
 * The hash chain of the audit trail. An event's hash is SHA-256 over the canonical encoding of all
 * its fields and the hash of the event before it; changing any stored field of any event, or
 * removing or inserting an event, makes a later check fail at that event.
 */
public final class AuditChain {

    private static final String DOMAIN = "hazardlog-audit-event-v1";

    private AuditChain() {
    }

    /** Times are kept to the millisecond, which every database stores exactly, so hashes survive a round trip. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The next event after {@code head}, with its sequence number, previous hash and hash filled in. */
    public static AuditEvent next(ChainHead head, Instant at, String user, Role role, AuditAction action, String entity,
                                  String entityKey, String field, String oldValue, String newValue, String reason) {
        long sequence = head.sequence() + 1;
        AuditEvent unsealed = new AuditEvent(sequence, truncate(at), user, role, action, entity, entityKey, field,
                oldValue, newValue, reason, head.hash(), null);
        return new AuditEvent(sequence, unsealed.at(), user, role, action, entity, entityKey, field, oldValue, newValue,
                reason, head.hash(), hashOf(unsealed));
    }

    /** The hash an event should carry, worked out from its fields (whatever hash it carries now). */
    public static String hashOf(AuditEvent e) {
        return Canonical.of(DOMAIN)
                .add(e.sequence())
                .add(e.at().toString())
                .add(e.user())
                .add(e.role().name())
                .add(e.action().name())
                .add(e.entity())
                .add(e.entityKey())
                .add(e.field())
                .add(e.oldValue())
                .add(e.newValue())
                .add(e.reason())
                .add(e.previousHash())
                .hex();
    }

    /** Checks events in sequence order, one at a time, so a long trail need not be held in memory. */
    public static final class Verifier {
        private ChainHead head = ChainHead.EMPTY;
        private ChainBreak broken;

        /** Returns false once the chain is broken; later events are not looked at. */
        public boolean accept(AuditEvent e) {
            if (broken != null) {
                return false;
            }
            long expected = head.sequence() + 1;
            if (e.sequence() != expected) {
                broken = e.sequence() > expected
                        ? new ChainBreak(expected, "audit event " + expected + " is missing: the trail goes from event "
                                + head.sequence() + " to event " + e.sequence())
                        : new ChainBreak(e.sequence(), "audit event " + e.sequence() + " is out of order");
                return false;
            }
            if (!hashOf(e).equals(e.hash())) {
                broken = new ChainBreak(e.sequence(), "audit event " + e.sequence() + " (" + e.action().label() + " "
                        + e.subject() + " by " + e.user() + ") was changed after it was recorded: its contents no "
                        + "longer match its hash");
                return false;
            }
            if (!e.previousHash().equals(head.hash())) {
                broken = new ChainBreak(e.sequence(), "audit event " + e.sequence() + " does not follow event "
                        + head.sequence() + ": an event before it was changed or replaced");
                return false;
            }
            head = new ChainHead(e.sequence(), e.hash());
            return true;
        }

        /** Marks the chain broken for a reason found outside the events themselves (such as a version's anchor). */
        public void fail(ChainBreak reason) {
            if (broken == null) {
                broken = reason;
            }
        }

        public ChainHead head() {
            return head;
        }

        public Optional<ChainBreak> broken() {
            return Optional.ofNullable(broken);
        }
    }
}
