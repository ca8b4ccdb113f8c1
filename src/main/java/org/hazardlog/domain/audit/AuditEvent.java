package org.hazardlog.domain.audit;

import java.time.Instant;
import java.util.Objects;

import org.hazardlog.domain.access.Role;

/**
 * One recorded change: who (and in which role), when (UTC), what was changed (entity and field),
 * from which value to which, and why if they said. Events are numbered from 1 without gaps and each
 * carries the hash of the one before, so that a changed or removed event breaks the chain.
 * Old and new values are null where there is nothing to show (a created hazard has no old value; a
 * password is never shown at all).
 */
public record AuditEvent(long sequence, Instant at, String user, Role role, AuditAction action, String entity,
                         String entityKey, String field, String oldValue, String newValue, String reason,
                         String previousHash, String hash) {

    public static final String HAZARD = "hazard";
    public static final String USER = "user";
    public static final String VERSION = "version";
    public static final String LOG = "log";
    public static final String CSCR = "cscr";
    public static final String TEST_ISSUE = "test issue";

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(previousHash, "previousHash");
    }

    /** "hazard 3", "user alice", "version 2". */
    public String subject() {
        return entity + " " + entityKey;
    }
}
