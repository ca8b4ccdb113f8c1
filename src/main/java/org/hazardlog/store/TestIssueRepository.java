package org.hazardlog.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.audit.RecordSeal;
import org.hazardlog.domain.audit.TestIssueSeals;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueDetails;
import org.hazardlog.domain.testissue.TestIssueStatus;

/**
 * Test issues and the hazards they are linked to. Links are stored against the hazard's row and
 * read back as its current number. Every method works inside the caller's handle. An update names
 * the revision it was based on and is refused if the log holds a newer one.
 */
public final class TestIssueRepository {

    private static final String COLUMNS = "id_key, id, revision, title, description, safety_impact, status, "
            + "resolution, resolved_by, resolved_at, recorded_by, recorded_at";

    /** Every test issue, ordered by identifier. */
    public List<TestIssue> findAll(Handle h) {
        Map<String, List<Integer>> links = links(h, null);
        return h.createQuery("SELECT " + COLUMNS + " FROM test_issue ORDER BY id_key")
                .map((rs, ctx) -> issue(rs, links)).list();
    }

    public Optional<TestIssue> find(Handle h, String id) {
        String key = TestIssue.key(id);
        Map<String, List<Integer>> links = links(h, key);
        return h.createQuery("SELECT " + COLUMNS + " FROM test_issue WHERE id_key = :key").bind("key", key)
                .map((rs, ctx) -> issue(rs, links)).findOne();
    }

    /** The identifiers in the log, as written. */
    public List<String> ids(Handle h) {
        return h.createQuery("SELECT id FROM test_issue ORDER BY id_key").mapTo(String.class).list();
    }

    /** Each hazard number of the log with its row id. */
    public Map<Integer, Long> hazardIds(Handle h) {
        Map<Integer, Long> ids = new HashMap<>();
        h.createQuery("SELECT id, number FROM hazard").map((rs, ctx) -> ids.put(rs.getInt("number"), rs.getLong("id")))
                .list();
        return ids;
    }

    /** Adds an issue (revision 1), its hazards given by row id. Refuses an identifier the log has. */
    public TestIssue insert(Handle h, TestIssue issue, List<Long> hazardRows) {
        if (find(h, issue.id()).isPresent()) {
            throw new StaleEditException("Test issue " + issue.id() + " is already in this log; nothing was saved.");
        }
        h.createUpdate("INSERT INTO test_issue (" + COLUMNS + ") VALUES (:key, :id, 1, :title, :description, "
                        + ":impact, :status, :resolution, :resolvedBy, :resolvedAt, :recordedBy, :recordedAt)")
                .bind("key", TestIssue.key(issue.id())).bind("id", issue.id())
                .bind("recordedBy", issue.recordedBy()).bind("recordedAt", utc(issue.recordedAt()))
                .bindMap(values(issue))
                .execute();
        link(h, issue.id(), hazardRows);
        return find(h, issue.id()).orElseThrow();
    }

    /** Saves an edited issue based on revision {@code issue.revision()}; returns it as stored. */
    public TestIssue update(Handle h, TestIssue issue, List<Long> hazardRows) {
        int changed = h.createUpdate("UPDATE test_issue SET revision = revision + 1, title = :title, "
                        + "description = :description, safety_impact = :impact, status = :status, resolution = :resolution, "
                        + "resolved_by = :resolvedBy, resolved_at = :resolvedAt WHERE id_key = :key AND revision = :revision")
                .bind("key", TestIssue.key(issue.id())).bind("revision", issue.revision())
                .bindMap(values(issue))
                .execute();
        if (changed == 0) {
            throw find(h, issue.id()).map(now -> new StaleEditException("Test issue " + issue.id() + " was changed by "
                            + "someone else since you read it. Nothing was saved, so their change is kept: read it again."))
                    .orElseGet(() -> new StaleEditException("Test issue " + issue.id() + " is not in this log."));
        }
        h.createUpdate("DELETE FROM test_issue_hazard WHERE test_issue_key = :key")
                .bind("key", TestIssue.key(issue.id())).execute();
        link(h, issue.id(), hazardRows);
        return find(h, issue.id()).orElseThrow();
    }

    /**
     * Every issue as stored, with the seal of its row and links (by hazard row, which renumbering
     * keeps) and its fields as the audit trail words them, for comparing with the trail. Read column
     * by column, so that a row no issue could have (resolved without a resolution) is still compared.
     */
    public List<TestIssueSeals.Stored> sealed(Handle h) {
        return sealed(h, null);
    }

    /** The seal of one issue as stored now, for the event that records its write. */
    public String seal(Handle h, String id) {
        return sealed(h, TestIssue.key(id)).get(0).seal();
    }

    private List<TestIssueSeals.Stored> sealed(Handle h, String key) {
        Map<String, List<Long>> links = new HashMap<>();
        var q = h.createQuery("SELECT test_issue_key, hazard_id FROM test_issue_hazard"
                + (key == null ? "" : " WHERE test_issue_key = :key") + " ORDER BY test_issue_key, hazard_id");
        if (key != null) {
            q.bind("key", key);
        }
        q.map((rs, ctx) -> links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2))).list();
        var rows = h.createQuery("SELECT " + COLUMNS + " FROM test_issue" + (key == null ? "" : " WHERE id_key = :key")
                + " ORDER BY id_key");
        if (key != null) {
            rows.bind("key", key);
        }
        return rows.map((rs, ctx) -> {
            List<String> row = new ArrayList<>();
            for (String column : COLUMNS.split(", ")) {
                Object value = rs.getObject(column);
                row.add(value instanceof java.sql.Timestamp || value instanceof OffsetDateTime
                        ? rs.getObject(column, OffsetDateTime.class).toInstant().toString()
                        : value == null ? null : value.toString());
            }
            List<List<String>> sealedRows = new ArrayList<>();
            sealedRows.add(row);
            links.getOrDefault(rs.getString("id_key"), List.of()).forEach(z -> sealedRows.add(List.of("hazard row " + z)));
            Map<String, String> fields = new HashMap<>();
            fields.put("title", rs.getString("title"));
            fields.put("description", rs.getString("description"));
            fields.put("safety impact", rs.getString("safety_impact"));
            fields.put("status", statusLabel(rs.getString("status")));
            fields.put("resolution", rs.getString("resolution"));
            return new TestIssueSeals.Stored(rs.getString("id"), RecordSeal.of(sealedRows), fields);
        }).list();
    }

    private static String statusLabel(String stored) {
        try {
            return TestIssueStatus.valueOf(stored).label();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return stored;
        }
    }

    private static Map<String, Object> values(TestIssue issue) {
        TestIssueDetails d = issue.details();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", d.title());
        v.put("description", d.description());
        v.put("impact", d.safetyImpact());
        v.put("status", issue.status().name());
        var r = issue.resolved();
        v.put("resolution", r.map(TestIssue.Resolution::text).orElse(null));
        v.put("resolvedBy", r.map(TestIssue.Resolution::by).orElse(null));
        v.put("resolvedAt", r.map(x -> utc(x.at())).orElse(null));
        return v;
    }

    private static void link(Handle h, String id, List<Long> hazardRows) {
        if (hazardRows.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("INSERT INTO test_issue_hazard (test_issue_key, hazard_id) VALUES (:key, :hazard)");
        for (Long row : hazardRows) {
            batch.bind("key", TestIssue.key(id)).bind("hazard", row).add();
        }
        batch.execute();
    }

    /** Linked hazard numbers per issue key; {@code key} null reads every issue's. */
    private static Map<String, List<Integer>> links(Handle h, String key) {
        Map<String, List<Integer>> links = new HashMap<>();
        var q = h.createQuery("SELECT l.test_issue_key, z.number FROM test_issue_hazard l JOIN hazard z "
                + "ON z.id = l.hazard_id" + (key == null ? "" : " WHERE l.test_issue_key = :key") + " ORDER BY z.number");
        if (key != null) {
            q.bind("key", key);
        }
        q.map((rs, ctx) -> links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2))).list();
        return links;
    }

    private static TestIssue issue(ResultSet rs, Map<String, List<Integer>> links) throws SQLException {
        TestIssueDetails details = new TestIssueDetails(rs.getString("title"), rs.getString("description"),
                links.getOrDefault(rs.getString("id_key"), List.of()), rs.getString("safety_impact"));
        TestIssue.Resolution resolution = TestIssueStatus.valueOf(rs.getString("status")) == TestIssueStatus.OPEN ? null
                : new TestIssue.Resolution(rs.getString("resolution"), rs.getString("resolved_by"),
                        rs.getObject("resolved_at", OffsetDateTime.class).toInstant());
        return new TestIssue(rs.getString("id"), details, resolution, rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getLong("revision"));
    }

    private static OffsetDateTime utc(java.time.Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
