package org.hazardlog.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.domain.audit.ChainHead;

/**
 * The audit trail's table. Append-only: there is no update and no delete here. The head row is
 * locked by every writer before it appends, which makes concurrent writers take turns.
 */
public final class AuditRepository {

    private static final String COLUMNS = "seq, occurred_at, user_name, user_role, action, entity, entity_key, field, "
            + "old_value, new_value, reason, previous_hash, hash";

    /** Locks the head until the transaction ends and returns it. */
    public ChainHead lockHead(Handle h) {
        return h.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .one();
    }

    public ChainHead head(Handle h) {
        return h.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .map((rs, ctx) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .one();
    }

    public void append(Handle h, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO audit_event (" + COLUMNS + ") VALUES (:seq, :at, :user, "
                + ":role, :action, :entity, :key, :field, :old, :new, :reason, :previous, :hash)");
        for (AuditEvent e : events) {
            batch.bind("seq", e.sequence()).bind("at", OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC))
                    .bind("user", e.user()).bind("role", e.role().name()).bind("action", e.action().name())
                    .bind("entity", e.entity()).bind("key", e.entityKey()).bind("field", e.field())
                    .bind("old", e.oldValue()).bind("new", e.newValue()).bind("reason", e.reason())
                    .bind("previous", e.previousHash()).bind("hash", e.hash())
                    .add();
        }
        batch.execute();
        AuditEvent last = events.get(events.size() - 1);
        h.createUpdate("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .bind("seq", last.sequence()).bind("hash", last.hash()).execute();
    }

    /** Hands every event to {@code check} in sequence order until it returns false, without loading them all. */
    public long scan(Handle h, Predicate<AuditEvent> check) {
        long[] seen = {0};
        try (var stream = h.createQuery("SELECT " + COLUMNS + " FROM audit_event ORDER BY seq")
                .setFetchSize(500)
                .map((rs, ctx) -> event(rs)).stream()) {
            var it = stream.iterator();
            while (it.hasNext()) {
                seen[0]++;
                if (!check.test(it.next())) {
                    break;
                }
            }
        }
        return seen[0];
    }

    public long count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM audit_event").mapTo(Long.class).one();
    }

    public Optional<AuditEvent> at(Handle h, long seq) {
        return h.createQuery("SELECT " + COLUMNS + " FROM audit_event WHERE seq = :seq").bind("seq", seq)
                .map((rs, ctx) -> event(rs)).findOne();
    }

    /** The events of one entity of one kind, such as the issue of version 2. */
    public List<AuditEvent> of(Handle h, String entity, String key, AuditAction action) {
        return h.createQuery("SELECT " + COLUMNS + " FROM audit_event WHERE entity = :entity AND entity_key = :key "
                        + "AND action = :action ORDER BY seq")
                .bind("entity", entity).bind("key", key).bind("action", action.name())
                .map((rs, ctx) -> event(rs)).list();
    }

    /** Events matching the query, oldest first, at most {@code limit} of the newest. */
    public List<AuditEvent> find(Handle h, AuditQuery q, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.user() != null) {
            where.append(" AND LOWER(user_name) = LOWER(:user)");
        }
        if (q.hazard() != null) {
            where.append(" AND entity = 'hazard' AND entity_key = :hazard");
        }
        if (q.field() != null) {
            where.append(" AND LOWER(field) LIKE :field");
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= :from");
        }
        if (q.until() != null) {
            where.append(" AND occurred_at < :until");
        }
        Query query = h.createQuery("SELECT * FROM (SELECT " + COLUMNS + " FROM audit_event" + where
                + " ORDER BY seq DESC FETCH FIRST " + limit + " ROWS ONLY) newest ORDER BY seq");
        if (q.user() != null) {
            query.bind("user", q.user());
        }
        if (q.hazard() != null) {
            query.bind("hazard", q.hazard().toString());
        }
        if (q.field() != null) {
            query.bind("field", "%" + q.field().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.from() != null) {
            query.bind("from", OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
        }
        if (q.until() != null) {
            query.bind("until", OffsetDateTime.ofInstant(q.until(), ZoneOffset.UTC));
        }
        return query.map((rs, ctx) -> event(rs)).list();
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("user_name"), Role.valueOf(rs.getString("user_role")),
                AuditAction.valueOf(rs.getString("action")), rs.getString("entity"), rs.getString("entity_key"),
                rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
