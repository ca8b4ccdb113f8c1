package org.hazardlog.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.evidence.EvidenceRun;
import org.hazardlog.domain.evidence.LinkResult;
import org.hazardlog.domain.evidence.TestOutcome;

/** Evidence runs ({@code evidence_run}) and their results per control link ({@code evidence_result}). Append only. */
public final class EvidenceRepository {

    private static final String RUN_COLUMNS = "number, recorded_at, recorded_by, commit_id, build_url, reports, "
            + "test_cases, linked_tests, unlinked";

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

    private static EvidenceRun run(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant at = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
        String reports = rs.getString("reports");
        return new EvidenceRun(rs.getInt("number"), at, rs.getString("recorded_by"), rs.getString("commit_id"),
                rs.getString("build_url"), reports.isEmpty() ? List.of() : Arrays.asList(reports.split("\n")),
                rs.getInt("test_cases"), rs.getInt("linked_tests"), rs.getInt("unlinked"));
    }
}
