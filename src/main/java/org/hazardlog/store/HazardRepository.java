package org.hazardlog.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.UtilityLabel;

/**
 * Hazards with their causes, types, labels, controls and code locations. Every method works inside
 * the caller's handle, so a caller's transaction covers the whole of its change.
 */
public final class HazardRepository {

    private final ControlTestRepository tests = new ControlTestRepository();

    private static final String HAZARD_COLUMNS = "id, version, number, name, description, effect, hazard, harm, "
            + "existing_controls, assignment, labelling, project, initial_likelihood, initial_severity, "
            + "residual_likelihood, residual_severity, residual_assessment, action_summary, status, status_text";

    private static final String INSERT_HAZARD = "INSERT INTO hazard (version, number, name, description, effect, hazard, "
            + "harm, existing_controls, assignment, labelling, project, initial_likelihood, initial_severity, "
            + "residual_likelihood, residual_severity, residual_assessment, action_summary, status, status_text, "
            + "updated_at) VALUES (1, :number, :name, :description, :effect, :hazard, :harm, :existingControls, "
            + ":assignment, :labelling, :project, :initialLikelihood, :initialSeverity, :residualLikelihood, "
            + ":residualSeverity, :residualAssessment, :actionSummary, :status, :statusText, :updatedAt)";

    public List<Hazard> findAll(Handle h) {
        return load(h, "SELECT " + HAZARD_COLUMNS + " FROM hazard ORDER BY number", null);
    }

    public Optional<Hazard> findById(Handle h, long id) {
        return load(h, "SELECT " + HAZARD_COLUMNS + " FROM hazard WHERE id = :id", id).stream().findFirst();
    }

    public Optional<Hazard> findByNumber(Handle h, int number) {
        return h.createQuery("SELECT id FROM hazard WHERE number = :number")
                .bind("number", number)
                .mapTo(Long.class)
                .findOne()
                .flatMap(id -> findById(h, id));
    }

    public int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM hazard").mapTo(Integer.class).one();
    }

    /** Every hazard's number, without reading the hazards, for checks over a large log. */
    public List<Integer> numbers(Handle h) {
        return h.createQuery("SELECT number FROM hazard ORDER BY number").mapTo(Integer.class).list();
    }

    public int nextNumber(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM hazard").mapTo(Integer.class).one();
    }

    /** Adds a new hazard (which must have a number) and returns it as stored, with ids and revision 1. */
    public Hazard insert(Handle h, Hazard hazard) {
        if (!hazard.isNew()) {
            throw new IllegalArgumentException("hazard " + hazard.number() + " is already stored");
        }
        if (findByNumberId(h, hazard.number()).isPresent()) {
            throw new StaleEditException("Hazard " + hazard.number() + " already exists in this log; "
                    + "it may have just been added by someone else. Choose another number.");
        }
        long id = bindHazard(h.createUpdate(INSERT_HAZARD), hazard)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        List<Control> controls = writeChildren(h, id, hazard, false);
        return hazard.toBuilder().id(id).version(1).controls(controls).build();
    }

    /**
     * Adds new hazards (each with a number) with one statement per table rather than several per
     * hazard, so that an import of a thousand files takes a moment. Returns their store ids, in
     * order; read them back with {@link #findAll} once, rather than one by one.
     */
    public List<Long> insertAll(Handle h, List<Hazard> hazards) {
        if (hazards.isEmpty()) {
            return List.of();
        }
        Set<Integer> taken = new HashSet<>(h.createQuery("SELECT number FROM hazard").mapTo(Integer.class).list());
        PreparedBatch rows = h.prepareBatch(INSERT_HAZARD);
        for (Hazard hz : hazards) {
            if (!hz.isNew() || hz.number() == null) {
                throw new IllegalArgumentException("hazard " + hz.number() + " is already stored or has no number");
            }
            if (!taken.add(hz.number())) {
                throw new StaleEditException("Hazard " + hz.number() + " already exists in this log; "
                        + "it may have just been added by someone else. Nothing was added.");
            }
            bindHazard(rows, hz).add();
        }
        List<Long> ids = rows.executePreparedBatch("id").mapTo(Long.class).list();
        insertParts(h, ids, hazards);
        insertNewControls(h, ids, hazards);
        tests.insertForNewHazards(h, ids, hazards.stream().map(Hazard::controls).toList());
        return ids;
    }

    /**
     * Saves a changed copy of a stored hazard. Refused with {@link StaleEditException} when the log
     * holds a newer revision than the copy was made from.
     */
    public Hazard update(Handle h, Hazard hazard) {
        if (hazard.isNew()) {
            throw new IllegalArgumentException("hazard " + hazard.number() + " has not been stored yet");
        }
        int rows = bindHazard(h.createUpdate("UPDATE hazard SET version = version + 1, number = :number, name = :name, "
                        + "description = :description, effect = :effect, hazard = :hazard, harm = :harm, "
                        + "existing_controls = :existingControls, assignment = :assignment, labelling = :labelling, "
                        + "project = :project, initial_likelihood = :initialLikelihood, initial_severity = :initialSeverity, "
                        + "residual_likelihood = :residualLikelihood, residual_severity = :residualSeverity, "
                        + "residual_assessment = :residualAssessment, action_summary = :actionSummary, status = :status, "
                        + "status_text = :statusText, updated_at = :updatedAt WHERE id = :id AND version = :version"), hazard)
                .bind("id", hazard.id())
                .bind("version", hazard.version())
                .execute();
        if (rows == 0) {
            throw staleEdit(h, hazard);
        }
        List<Control> controls = writeChildren(h, hazard.id(), hazard, true);
        return hazard.toBuilder().version(hazard.version() + 1).controls(controls).build();
    }

    private StaleEditException staleEdit(Handle h, Hazard mine) {
        Optional<Long> theirs = h.createQuery("SELECT version FROM hazard WHERE id = :id")
                .bind("id", mine.id()).mapTo(Long.class).findOne();
        if (theirs.isEmpty()) {
            return new StaleEditException("Hazard " + mine.number() + " \"" + mine.name()
                    + "\" is no longer in this log. Your edit was not saved.");
        }
        return new StaleEditException("Hazard " + mine.number() + " \"" + mine.name() + "\" was changed by someone else "
                + "after you opened it (you edited revision " + mine.version() + "; the log now holds revision "
                + theirs.get() + "). Your edit was not saved, so their change is kept: reload the hazard and "
                + "make your edit again.");
    }

    private Optional<Long> findByNumberId(Handle h, int number) {
        return h.createQuery("SELECT id FROM hazard WHERE number = :number").bind("number", number)
                .mapTo(Long.class).findOne();
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindHazard(T s, Hazard hz) {
        return s.bind("number", hz.number())
                .bind("name", hz.name())
                .bind("description", hz.description())
                .bind("effect", hz.effect())
                .bind("hazard", hz.hazard())
                .bind("harm", hz.harm())
                .bind("existingControls", hz.existingControls())
                .bind("assignment", hz.assignment())
                .bind("labelling", hz.labelling())
                .bind("project", hz.project())
                .bind("initialLikelihood", hz.initial().likelihood())
                .bind("initialSeverity", hz.initial().severity())
                .bind("residualLikelihood", hz.residual().likelihood())
                .bind("residualSeverity", hz.residual().severity())
                .bind("residualAssessment", hz.residualAssessment())
                .bind("actionSummary", hz.actionSummary())
                .bind("status", hz.status().name())
                .bind("statusText", hz.statusText())
                .bind("updatedAt", OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Writes the parts of a hazard; returns its controls as stored, each with its id. */
    private List<Control> writeChildren(Handle h, long id, Hazard hz, boolean replace) {
        if (replace) {
            for (String table : List.of("hazard_cause", "hazard_type", "hazard_utility_label", "code_location")) {
                h.createUpdate("DELETE FROM " + table + " WHERE hazard_id = :id").bind("id", id).execute();
            }
        }
        insertParts(h, List.of(id), List.of(hz));
        return writeControls(h, id, hz.controls(), replace);
    }

    /** The causes, types, labels and code locations of hazards with the given ids: one batch per table. */
    private static void insertParts(Handle h, List<Long> ids, List<Hazard> hazards) {
        PreparedBatch causes = h.prepareBatch("INSERT INTO hazard_cause (hazard_id, position, text) VALUES (:id, :pos, :text)");
        PreparedBatch types = h.prepareBatch("INSERT INTO hazard_type (hazard_id, position, name) VALUES (:id, :pos, :name)");
        PreparedBatch labels = h.prepareBatch("INSERT INTO hazard_utility_label (hazard_id, label) VALUES (:id, :label)");
        PreparedBatch locations = h.prepareBatch("INSERT INTO code_location (hazard_id, position, path, start_line, end_line, note) "
                + "VALUES (:id, :pos, :path, :start, :end, :note)");
        for (int n = 0; n < hazards.size(); n++) {
            long id = ids.get(n);
            Hazard hz = hazards.get(n);
            for (int i = 0; i < hz.causes().size(); i++) {
                causes.bind("id", id).bind("pos", i).bind("text", hz.causes().get(i)).add();
            }
            for (int i = 0; i < hz.hazardTypes().size(); i++) {
                types.bind("id", id).bind("pos", i).bind("name", hz.hazardTypes().get(i)).add();
            }
            for (UtilityLabel l : hz.utilityLabels()) {
                labels.bind("id", id).bind("label", l.name()).add();
            }
            for (int i = 0; i < hz.codeLocations().size(); i++) {
                CodeLocation c = hz.codeLocations().get(i);
                locations.bind("id", id).bind("pos", i).bind("path", c.path()).bind("start", c.startLine())
                        .bind("end", c.endLine()).bind("note", c.note()).add();
            }
        }
        executeIfAny(causes);
        executeIfAny(types);
        executeIfAny(labels);
        executeIfAny(locations);
    }

    /** The controls of hazards just added, which are all new: one batch. */
    private static void insertNewControls(Handle h, List<Long> ids, List<Hazard> hazards) {
        PreparedBatch controls = h.prepareBatch("INSERT INTO control (hazard_id, position, category, party, text, status, "
                + "owner, evidence) VALUES (:hazardId, :pos, :category, :party, :text, :status, :owner, :evidence)");
        for (int n = 0; n < hazards.size(); n++) {
            List<Control> list = hazards.get(n).controls();
            for (int i = 0; i < list.size(); i++) {
                bindControl(controls, ids.get(n), i, list.get(i)).add();
            }
        }
        executeIfAny(controls);
    }

    /** Controls keep their ids across saves, so an engineer's change follows the control, not its position. */
    private List<Control> writeControls(Handle h, long hazardId, List<Control> controls, boolean replace) {
        Set<Long> kept = new HashSet<>();
        for (Control c : controls) {
            if (c.id() != null) {
                kept.add(c.id());
            }
        }
        if (replace) {
            List<Long> existing = h.createQuery("SELECT id FROM control WHERE hazard_id = :id").bind("id", hazardId)
                    .mapTo(Long.class).list();
            for (Long old : existing) {
                if (!kept.contains(old)) {
                    h.createUpdate("DELETE FROM control WHERE id = :id").bind("id", old).execute();
                }
            }
        }
        List<Control> stored = new ArrayList<>(controls.size());
        for (int i = 0; i < controls.size(); i++) {
            Control c = controls.get(i);
            if (c.id() == null) {
                long newId = bindControl(h.createUpdate("INSERT INTO control (hazard_id, position, category, party, text, "
                        + "status, owner, evidence) VALUES (:hazardId, :pos, :category, :party, :text, :status, :owner, "
                        + ":evidence)"), hazardId, i, c)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                tests.replace(h, newId, c.tests());
                stored.add(c.withId(newId));
                continue;
            }
            int rows = bindControl(h.createUpdate("UPDATE control SET position = :pos, category = :category, "
                    + "party = :party, text = :text, status = :status, owner = :owner, evidence = :evidence "
                    + "WHERE id = :id AND hazard_id = :hazardId"), hazardId, i, c)
                    .bind("id", c.id())
                    .execute();
            if (rows == 0) {
                throw new StaleEditException("A control of this hazard was removed by someone else while you edited it. "
                        + "Your edit was not saved: reload the hazard and make your edit again.");
            }
            tests.replace(h, c.id(), c.tests());
            stored.add(c);
        }
        return stored;
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindControl(T s, long hazardId,
                                                                                        int position, Control c) {
        return s.bind("hazardId", hazardId).bind("pos", position)
                .bind("category", c.category().name()).bind("party", c.party().name())
                .bind("text", c.text()).bind("status", c.status().name())
                .bind("owner", c.owner()).bind("evidence", c.evidence());
    }

    private static void executeIfAny(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** Loads hazards and their parts in one query per table, not one per hazard, so large logs open quickly. */
    private List<Hazard> load(Handle h, String sql, Long onlyId) {
        var query = h.createQuery(sql);
        if (onlyId != null) {
            query.bind("id", onlyId);
        }
        Map<Long, Hazard.Builder> byId = new LinkedHashMap<>();
        query.map((rs, ctx) -> {
            byId.put(rs.getLong("id"), hazardFrom(rs));
            return null;
        }).list();
        if (byId.isEmpty()) {
            return List.of();
        }
        String scope = onlyId == null ? "" : " WHERE hazard_id = :id";
        Map<Long, List<String>> causes = strings(h, "SELECT hazard_id, text FROM hazard_cause" + scope + " ORDER BY hazard_id, position", onlyId);
        Map<Long, List<String>> types = strings(h, "SELECT hazard_id, name FROM hazard_type" + scope + " ORDER BY hazard_id, position", onlyId);
        Map<Long, List<String>> labels = strings(h, "SELECT hazard_id, label FROM hazard_utility_label" + scope, onlyId);
        Map<Long, List<Control>> controls = new HashMap<>();
        Map<Long, List<TestLink>> links = tests.load(h, onlyId);
        bindScope(h.createQuery("SELECT id, hazard_id, category, party, text, status, owner, evidence FROM control"
                + scope + " ORDER BY hazard_id, position"), onlyId)
                .map((rs, ctx) -> {
                    controls.computeIfAbsent(rs.getLong("hazard_id"), k -> new ArrayList<>()).add(new Control(
                            rs.getLong("id"),
                            ControlCategory.valueOf(rs.getString("category")),
                            ControlParty.valueOf(rs.getString("party")),
                            rs.getString("text"),
                            ControlStatus.valueOf(rs.getString("status")),
                            rs.getString("owner"),
                            rs.getString("evidence"),
                            links.getOrDefault(rs.getLong("id"), List.of())));
                    return null;
                }).list();
        Map<Long, List<CodeLocation>> locations = new HashMap<>();
        bindScope(h.createQuery("SELECT hazard_id, path, start_line, end_line, note FROM code_location"
                + scope + " ORDER BY hazard_id, position"), onlyId)
                .map((rs, ctx) -> {
                    locations.computeIfAbsent(rs.getLong("hazard_id"), k -> new ArrayList<>()).add(new CodeLocation(
                            rs.getString("path"), intOrNull(rs, "start_line"), intOrNull(rs, "end_line"), rs.getString("note")));
                    return null;
                }).list();
        List<Hazard> hazards = new ArrayList<>(byId.size());
        byId.forEach((id, b) -> {
            b.causes(causes.getOrDefault(id, List.of()))
                    .hazardTypes(types.getOrDefault(id, List.of()))
                    .utilityLabels(labels.getOrDefault(id, List.of()).stream().map(UtilityLabel::valueOf).toList())
                    .controls(controls.getOrDefault(id, List.of()))
                    .codeLocations(locations.getOrDefault(id, List.of()));
            hazards.add(b.build());
        });
        return hazards;
    }

    private static <Q extends org.jdbi.v3.core.statement.SqlStatement<Q>> Q bindScope(Q q, Long onlyId) {
        return onlyId == null ? q : q.bind("id", onlyId);
    }

    private static Map<Long, List<String>> strings(Handle h, String sql, Long onlyId) {
        Map<Long, List<String>> out = new HashMap<>();
        bindScope(h.createQuery(sql), onlyId).map((rs, ctx) -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            return null;
        }).list();
        return out;
    }

    private static Hazard.Builder hazardFrom(ResultSet rs) throws SQLException {
        return Hazard.builder()
                .id(rs.getLong("id"))
                .version(rs.getLong("version"))
                .number(rs.getInt("number"))
                .name(rs.getString("name"))
                .description(rs.getString("description"))
                .effect(rs.getString("effect"))
                .hazard(rs.getString("hazard"))
                .harm(rs.getString("harm"))
                .existingControls(rs.getString("existing_controls"))
                .assignment(rs.getString("assignment"))
                .labelling(rs.getString("labelling"))
                .project(rs.getString("project"))
                .initial(new Assessment(intOrNull(rs, "initial_likelihood"), intOrNull(rs, "initial_severity")))
                .residual(new Assessment(intOrNull(rs, "residual_likelihood"), intOrNull(rs, "residual_severity")))
                .residualAssessment(rs.getString("residual_assessment"))
                .actionSummary(rs.getString("action_summary"))
                .status(HazardStatus.valueOf(rs.getString("status")))
                .statusText(rs.getString("status_text"));
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
