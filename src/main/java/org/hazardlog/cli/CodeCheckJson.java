package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hazardlog.app.RecordedReview;
import org.hazardlog.cli.CodeCheckCommand.CheckOutcome;
import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.LineRange;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.SourceTree;
import org.hazardlog.domain.CodeLocation;

/**
 * The code check for machines ({@code --format json}). The field names are a promise to the
 * scripts that read them, documented in docs/user-guide.md: add fields, never rename or remove.
 */
final class CodeCheckJson {

    /** Raised only when the meaning of an existing field changes. */
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CodeCheckJson() {
    }

    static void write(CheckOutcome outcome, PrintWriter out) {
        CodeCheckReport report = outcome.report();
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("log", outcome.log());
        root.put("repositoryRoot", report.root().toString());
        root.put("gitCommit", report.gitCommit());
        root.put("passed", report.passes(outcome.reviewRequired()));
        root.put("reviewRequired", outcome.reviewRequired());
        ObjectNode summary = root.putObject("summary");
        summary.put("locations", report.findings().size());
        for (LocationState s : LocationState.values()) {
            summary.put(s.jsonName(), report.count(s));
        }
        ArrayNode findings = root.putArray("findings");
        for (LocationFinding f : report.findings()) {
            ObjectNode node = findings.addObject();
            finding(node, f, outcome.reviewRequired());
            if (outcome.diffsFrom() != null) {
                List<String> diff = outcome.diff(f);
                if (diff.isEmpty()) {
                    node.putNull("diff");
                } else {
                    ArrayNode lines = node.putArray("diff");
                    diff.forEach(lines::add);
                }
            }
        }
        ArrayNode moves = root.putArray("movesFixed");
        for (LocationFinding m : outcome.movesFixed()) {
            ObjectNode move = moves.addObject();
            move.put("hazardNumber", m.hazard().number());
            move.put("from", m.location().reference());
            CodeLocation was = m.location();
            move.put("to", new CodeLocation(was.path(), m.movedTo().first(), m.movedTo().last(), null).reference());
        }
        RecordedReview recorded = outcome.recorded();
        if (recorded == null) {
            root.putNull("recorded");
        } else {
            ObjectNode r = root.putObject("recorded");
            r.put("locations", recorded.locations());
            r.put("files", recorded.files());
            r.put("gitCommit", recorded.gitCommit());
            ArrayNode not = r.putArray("notRecorded");
            for (LocationFinding f : recorded.notRecordable()) {
                finding(not.addObject(), f, outcome.reviewRequired());
            }
            ArrayNode warnings = r.putArray("warnings");
            recorded.warnings().forEach(warnings::add);
        }
        print(root, out);
    }

    private static void finding(ObjectNode node, LocationFinding f, boolean reviewRequired) {
        CodeLocation location = f.location();
        node.put("hazardNumber", f.hazard().number());
        node.put("hazardName", f.hazard().name());
        node.put("location", location.reference());
        node.put("path", location.path());
        node.put("startLine", f.lines().map(LineRange::first).orElse(null));
        node.put("endLine", f.lines().map(LineRange::last).orElse(null));
        node.put("file", f.file());
        if (f.symbolLines() == null) {
            node.putNull("symbolLines");
        } else {
            ObjectNode at = node.putObject("symbolLines");
            at.put("startLine", f.symbolLines().first());
            at.put("endLine", f.symbolLines().last());
        }
        node.put("state", f.state().jsonName());
        node.put("fails", f.failsCheck(reviewRequired));
        if (f.movedTo() == null) {
            node.putNull("movedTo");
        } else {
            ObjectNode to = node.putObject("movedTo");
            to.put("startLine", f.movedTo().first());
            to.put("endLine", f.movedTo().last());
        }
        node.put("reviewedAt", f.review() == null ? null : f.review().reviewedAt().toString());
        node.put("reviewedCommit", f.review() == null ? null : f.review().gitCommit());
        node.put("detail", f.detail());
        ArrayNode warnings = node.putArray("warnings");
        f.warnings().forEach(warnings::add);
    }

    static void writeUnlinked(SourceTree tree, List<String> globs, List<String> files, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("repositoryRoot", tree.root().toString());
        ArrayNode patterns = root.putArray("clinicalGlobs");
        globs.forEach(patterns::add);
        ArrayNode unlinked = root.putArray("unlinked");
        files.forEach(unlinked::add);
        print(root, out);
    }

    private static void print(ObjectNode root, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
