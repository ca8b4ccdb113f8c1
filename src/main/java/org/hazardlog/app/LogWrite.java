package org.hazardlog.app;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.access.Actor;

/**
 * What one write transaction has at hand: the database handle, who is making the change (as the
 * log knows them at that moment) and the audit trail the change is recorded in.
 */
record LogWrite(Handle handle, Actor actor, AuditTrail audit) {
}
