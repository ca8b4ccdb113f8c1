package org.hazardlog.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;

/**
 * The tests linked to each control ({@code control_test}), read and written with the control by
 * {@link HazardRepository}: links are part of the control, so they are saved, refused and audited
 * with it.
 */
final class ControlTestRepository {

    /** The links of every control, or of one hazard's controls, keyed by control id, in order. */
    Map<Long, List<TestLink>> load(Handle h, Long onlyHazardId) {
        String sql = "SELECT t.control_id, t.pattern, t.kind FROM control_test t"
                + (onlyHazardId == null ? "" : " JOIN control c ON c.id = t.control_id WHERE c.hazard_id = :id")
                + " ORDER BY t.control_id, t.position";
        var query = h.createQuery(sql);
        if (onlyHazardId != null) {
            query.bind("id", onlyHazardId);
        }
        Map<Long, List<TestLink>> out = new HashMap<>();
        query.map((rs, ctx) -> {
            out.computeIfAbsent(rs.getLong("control_id"), k -> new ArrayList<>())
                    .add(new TestLink(rs.getString("pattern"), TestKind.valueOf(rs.getString("kind"))));
            return null;
        }).list();
        return out;
    }

    /** Replaces one control's links. */
    void replace(Handle h, long controlId, List<TestLink> links) {
        h.createUpdate("DELETE FROM control_test WHERE control_id = :id").bind("id", controlId).execute();
        PreparedBatch batch = insert(h);
        add(batch, controlId, links);
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /**
     * The links of controls just added in one batch (without their ids at hand): the ids are read
     * back by hazard and position, one query, then the links go in as one batch.
     */
    void insertForNewHazards(Handle h, List<Long> hazardIds, List<List<Control>> controlsPerHazard) {
        boolean any = controlsPerHazard.stream().flatMap(List::stream).anyMatch(c -> !c.tests().isEmpty());
        if (!any) {
            return;
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < hazardIds.size(); i++) {
            index.put(hazardIds.get(i), i);
        }
        PreparedBatch batch = insert(h);
        h.createQuery("SELECT id, hazard_id, position FROM control WHERE hazard_id IN (<ids>)")
                .bindList("ids", hazardIds)
                .map((rs, ctx) -> {
                    Integer n = index.get(rs.getLong("hazard_id"));
                    Control c = controlsPerHazard.get(n).get(rs.getInt("position"));
                    add(batch, rs.getLong("id"), c.tests());
                    return null;
                }).list();
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static PreparedBatch insert(Handle h) {
        return h.prepareBatch("INSERT INTO control_test (control_id, position, pattern, kind) "
                + "VALUES (:controlId, :pos, :pattern, :kind)");
    }

    private static void add(PreparedBatch batch, long controlId, List<TestLink> links) {
        for (int i = 0; i < links.size(); i++) {
            batch.bind("controlId", controlId).bind("pos", i).bind("pattern", links.get(i).pattern())
                    .bind("kind", links.get(i).kind().name()).add();
        }
    }
}
