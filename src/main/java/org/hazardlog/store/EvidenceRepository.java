package org.hazardlog.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.audit.EvidenceSeals;
import org.hazardlog.domain.audit.RecordSeal;
import org.hazardlog.domain.evidence.EvidenceRun;
import org.hazardlog.domain.evidence.LinkResult;
import org.hazardlog.domain.evidence.TestOutcome;

/** Evidence runs ({@code evidence_run}) and their results per control link ({@code evidence_result}). Append only. */
public final class EvidenceRepository {

    private static final String RUN_COLUMNS = "number, recorded_at, recorded_by, commit_id, build_url, reports, "
            + "test_cases, linked_tests, unlinked";
    private static final String RESULT_COLUMNS = "run_number, control_id, hazard_number, position, pattern, kind, "
            + "outcome, matched, failed, skipped, failed_tests, basis";

    public int nextNumber(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM evidence_run").mapTo(Integer.class).one();
    }

    public void insert(Handle h, EvidenceRun run, List<LinkResult> results) {
        h.createUpdate("INSERT INTO evidence_run (" + RUN_COLUMNS + ") VALUES (:number, :at, :by, :commit, :url, "
                        + ":reports, :testCases, :linked, :unlinked)")
                .bind("number", run.number())
                .bind("at", OffsetDateTime.ofInstant(run.recordedAt(), ZoneOffset.UTC))
                .bind("by", run.recordedBy())
                .bind("commit", run.commit())
                .bind("url", run.buildUrl())
                .bind("reports", String.join("\n", run.reports()))
                .bind("testCases", run.testCases())
                .bind("linked", run.linkedTests())
                .bind("unlinked", run.unlinked())
                .execute();
        PreparedBatch batch = h.prepareBatch("INSERT INTO evidence_result (run_number, control_id, hazard_number, "
                + "position, pattern, kind, outcome, matched, failed, skipped, failed_tests, basis) VALUES (:run, "
                + ":control, :hazard, :pos, :pattern, :kind, :outcome, :matched, :failed, :skipped, :failedTests, :basis)");
        for (LinkResult r : results) {
            batch.bind("run", run.number()).bind("control", r.controlId()).bind("hazard", r.hazardNumber())
                    .bind("pos", r.position()).bind("pattern", r.pattern()).bind("kind", r.kind().name())
                    .bind("outcome", r.outcome().name()).bind("matched", r.matched()).bind("failed", r.failed())
                    .bind("skipped", r.skipped()).bind("failedTests", r.failedTests()).bind("basis", r.basis()).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** Every run, newest first. */
    public List<EvidenceRun> runs(Handle h) {
        return h.createQuery("SELECT " + RUN_COLUMNS + " FROM evidence_run ORDER BY number DESC")
                .map((rs, ctx) -> run(rs)).list();
    }

    public Optional<EvidenceRun> run(Handle h, int number) {
        return h.createQuery("SELECT " + RUN_COLUMNS + " FROM evidence_run WHERE number = :n").bind("n", number)
                .map((rs, ctx) -> run(rs)).findOne();
    }

    public Optional<EvidenceRun> latest(Handle h) {
        return h.createQuery("SELECT " + RUN_COLUMNS + " FROM evidence_run ORDER BY number DESC LIMIT 1")
                .map((rs, ctx) -> run(rs)).findOne();
    }

    public List<LinkResult> results(Handle h, int run) {
        return h.createQuery("SELECT control_id, hazard_number, position, pattern, kind, outcome, matched, failed, "
                        + "skipped, failed_tests, basis FROM evidence_result WHERE run_number = :run "
                        + "ORDER BY hazard_number, control_id, position")
                .bind("run", run)
                .map((rs, ctx) -> new LinkResult(rs.getLong("control_id"), rs.getInt("hazard_number"),
                        rs.getInt("position"), rs.getString("pattern"), TestKind.valueOf(rs.getString("kind")),
                        TestOutcome.valueOf(rs.getString("outcome")), rs.getInt("matched"), rs.getInt("failed"),
                        rs.getInt("skipped"), rs.getString("failed_tests"), rs.getString("basis")))
                .list();
    }

    /** Every run as stored, with the seal of its row and results and its outcome counts, for comparing with the trail. */
    public List<EvidenceSeals.Stored> sealed(Handle h) {
        return h.createQuery("SELECT number FROM evidence_run ORDER BY number").mapTo(Integer.class).list().stream()
                .map(n -> new EvidenceSeals.Stored(n, seal(h, n), outcomeCounts(h, n))).toList();
    }

    /**
     * The seal of one run as stored: its row and every result row, column by column as the database
     * gives them, so that a row no run could have (an unknown outcome) still changes the seal.
     */
    public String seal(Handle h, int number) {
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(columns(h, "SELECT " + RUN_COLUMNS + " FROM evidence_run WHERE number = :n", number));
        rows.addAll(columns(h, "SELECT " + RESULT_COLUMNS + " FROM evidence_result WHERE run_number = :n "
                + "ORDER BY control_id, position", number));
        return RecordSeal.of(rows);
    }

    /** "3 passed, 1 failed": how many links had each outcome, worded as a run's audit event words them. */
    private static String outcomeCounts(Handle h, int number) {
        Map<String, Integer> counts = new TreeMap<>();
        h.createQuery("SELECT outcome, COUNT(*) FROM evidence_result WHERE run_number = :n GROUP BY outcome")
                .bind("n", number).map((rs, ctx) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        List<String> words = new ArrayList<>();
        for (TestOutcome o : TestOutcome.values()) {
            Integer c = counts.remove(o.name());
            if (c != null) {
                words.add(c + " " + o.word());
            }
        }
        counts.forEach((o, c) -> words.add(c + " " + o));
        return String.join(", ", words);
    }

    private static List<List<String>> columns(Handle h, String sql, int number) {
        return h.createQuery(sql).bind("n", number).map((rs, ctx) -> {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                row.add(value instanceof OffsetDateTime || value instanceof java.sql.Timestamp
                        ? rs.getObject(i, OffsetDateTime.class).toInstant().toString()
                        : value == null ? null : value.toString());
            }
            return row;
        }).list();
    }

    private static EvidenceRun run(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant at = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
        String reports = rs.getString("reports");
        return new EvidenceRun(rs.getInt("number"), at, rs.getString("recorded_by"), rs.getString("commit_id"),
                rs.getString("build_url"), reports.isEmpty() ? List.of() : Arrays.asList(reports.split("\n")),
                rs.getInt("test_cases"), rs.getInt("linked_tests"), rs.getInt("unlinked"));
    }
}
