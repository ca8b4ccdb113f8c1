package org.hazardlog.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.ChainHead;
import org.hazardlog.domain.version.Signature;

/**
 * Issued versions as stored: the signature, the risk scheme and one JSON text per hazard. Insert
 * only; an issued version is never changed. Turning the JSON into hazards is the caller's job, so
 * that the store does not depend on the export format.
 */
public final class VersionRepository {

    /** A version's row, and its hazards as JSON keyed by hazard number in number order. */
    public record StoredVersion(int number, String summary, Signature signature, String schemeJson, ChainHead anchor,
                                String contentHash, Map<Integer, String> hazardJson) {
    }

    /** A version's row without its hazards, and how many it has. */
    public record VersionRow(int number, String summary, Signature signature, int hazardCount, ChainHead anchor,
                             String contentHash) {
    }

    public int nextNumber(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM issued_version").mapTo(Integer.class).one();
    }

    public void insert(Handle h, StoredVersion v) {
        Signature s = v.signature();
        h.createUpdate("INSERT INTO issued_version (number, summary, signed_by, signed_role, signed_at, meaning, "
                        + "scheme_json, anchor_seq, anchor_hash, content_hash) VALUES (:number, :summary, :by, :role, "
                        + ":at, :meaning, :scheme, :anchorSeq, :anchorHash, :contentHash)")
                .bind("number", v.number()).bind("summary", v.summary()).bind("by", s.name())
                .bind("role", s.role().name()).bind("at", OffsetDateTime.ofInstant(s.time(), ZoneOffset.UTC))
                .bind("meaning", s.meaning()).bind("scheme", v.schemeJson())
                .bind("anchorSeq", v.anchor().sequence()).bind("anchorHash", v.anchor().hash())
                .bind("contentHash", v.contentHash())
                .execute();
        PreparedBatch batch = h.prepareBatch("INSERT INTO issued_hazard (version_number, hazard_number, hazard_json) "
                + "VALUES (:version, :hazard, :json)");
        v.hazardJson().forEach((number, json) -> batch.bind("version", v.number()).bind("hazard", number)
                .bind("json", json).add());
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    public List<VersionRow> list(Handle h) {
        return h.createQuery("SELECT v.number, v.summary, v.signed_by, v.signed_role, v.signed_at, v.meaning, "
                        + "v.anchor_seq, v.anchor_hash, v.content_hash, "
                        + "(SELECT COUNT(*) FROM issued_hazard x WHERE x.version_number = v.number) AS hazards "
                        + "FROM issued_version v ORDER BY v.number")
                .map((rs, ctx) -> new VersionRow(rs.getInt("number"), rs.getString("summary"), signature(rs),
                        rs.getInt("hazards"), anchor(rs), rs.getString("content_hash")))
                .list();
    }

    public Optional<StoredVersion> find(Handle h, int number) {
        Optional<StoredVersion> row = h.createQuery("SELECT number, summary, signed_by, signed_role, signed_at, "
                        + "meaning, scheme_json, anchor_seq, anchor_hash, content_hash FROM issued_version "
                        + "WHERE number = :number")
                .bind("number", number)
                .map((rs, ctx) -> new StoredVersion(rs.getInt("number"), rs.getString("summary"), signature(rs),
                        rs.getString("scheme_json"), anchor(rs), rs.getString("content_hash"), Map.of()))
                .findOne();
        return row.map(v -> {
            Map<Integer, String> hazards = new LinkedHashMap<>();
            h.createQuery("SELECT hazard_number, hazard_json FROM issued_hazard WHERE version_number = :number "
                            + "ORDER BY hazard_number")
                    .bind("number", number)
                    .map((rs, ctx) -> hazards.put(rs.getInt(1), rs.getString(2)))
                    .list();
            return new StoredVersion(v.number(), v.summary(), v.signature(), v.schemeJson(), v.anchor(),
                    v.contentHash(), hazards);
        });
    }

    private static Signature signature(ResultSet rs) throws SQLException {
        return new Signature(rs.getString("signed_by"), Role.valueOf(rs.getString("signed_role")),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("meaning"));
    }

    private static ChainHead anchor(ResultSet rs) throws SQLException {
        return new ChainHead(rs.getLong("anchor_seq"), rs.getString("anchor_hash"));
    }
}
