package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hazardlog.domain.evidence.EvidenceCheck;
import org.hazardlog.domain.evidence.EvidenceRun;
import org.hazardlog.domain.evidence.LinkResult;

/** The evidence commands' JSON output. Field names are a public interface: add, never rename. */
final class EvidenceJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvidenceJson() {
    }

    static void writeCheck(String log, Optional<EvidenceRun> latest, EvidenceCheck check, boolean evidenceRequired,
                           PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("log", log);
        root.put("passed", check.passes());
        root.put("evidenceRequired", evidenceRequired);
        if (latest.isPresent()) {
            run(root.putObject("latestRun"), latest.get());
        } else {
            root.putNull("latestRun");
        }
        ObjectNode counts = root.putObject("counts");
        check.counts().forEach((v, n) -> counts.put(v.word(), n));
        ArrayNode unverified = root.putArray("residualUnverified");
        check.unverifiedHazards().forEach(unverified::add);
        ArrayNode controls = root.putArray("controls");
        for (EvidenceCheck.Finding f : check.findings()) {
            ObjectNode c = controls.addObject();
            c.put("hazardNumber", f.hazard().number());
            c.put("hazardName", f.hazard().name());
            c.put("control", f.control().text());
            c.put("verification", f.verification().word());
            c.put("residualRestsOn", f.residualRestsOn());
            c.put("fails", f.fails());
            ArrayNode tests = c.putArray("tests");
            if (f.results().isEmpty()) {
                f.control().tests().forEach(t -> tests.addObject().put("pattern", t.pattern()).put("kind", t.kind().word())
                        .putNull("outcome"));
            } else {
                f.results().forEach(r -> result(tests.addObject(), r));
            }
        }
        print(root, out);
    }

    static void writeRuns(List<EvidenceRun> runs, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("runs");
        runs.forEach(r -> run(list.addObject(), r));
        print(root, out);
    }

    static void writeRun(EvidenceRun run, List<LinkResult> results, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        run(root.putObject("run"), run);
        ArrayNode list = root.putArray("results");
        for (LinkResult r : results) {
            ObjectNode n = list.addObject();
            n.put("hazardNumber", r.hazardNumber());
            result(n, r);
        }
        print(root, out);
    }

    private static void run(ObjectNode n, EvidenceRun r) {
        n.put("number", r.number());
        n.put("recordedAt", r.recordedAt().toString());
        n.put("recordedBy", r.recordedBy());
        n.put("commit", r.commit());
        n.put("buildUrl", r.buildUrl());
        ArrayNode reports = n.putArray("reports");
        r.reports().forEach(reports::add);
        n.put("testCases", r.testCases());
        n.put("linkedTests", r.linkedTests());
        n.put("unlinkedTests", r.unlinked());
    }

    private static void result(ObjectNode n, LinkResult r) {
        n.put("pattern", r.pattern());
        n.put("kind", r.kind().word());
        n.put("outcome", r.outcome().word());
        n.put("matched", r.matched());
        n.put("failed", r.failed());
        n.put("skipped", r.skipped());
        n.put("failedTests", r.failedTests());
    }

    private static void print(ObjectNode root, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
