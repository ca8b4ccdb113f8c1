package org.hazardlog.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hazardlog.cli.CodeCheckCommand.CheckOutcome;
import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.Glob;
import org.hazardlog.code.LineRange;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.SourceTree;

/**
 * The code check as a SARIF 2.1.0 log ({@code --format sarif}), the format code-scanning services
 * (GitHub code scanning among them) read: one result per location that fails the check, with its
 * file and lines, so that the failure shows beside the code in a pull request.
 */
final class CodeCheckSarif {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Where the paths of the results start: the repository root, given as an absolute address in the log. */
    static final String ROOT_BASE = "%SRCROOT%";
    static final String UNLINKED_RULE = "unlinked";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CodeCheckSarif() {
    }

    static void write(CheckOutcome outcome, PrintWriter out) {
        CodeCheckReport report = outcome.report();
        List<LocationState> rules = ruleStates();
        ObjectNode log = JSON.createObjectNode();
        ObjectNode run = start(log, report.root().toString());
        ArrayNode ruleNodes = run.with("tool").with("driver").putArray("rules");
        for (LocationState s : rules) {
            rule(ruleNodes.addObject(), s.jsonName(), "Code location " + s.label(), description(s));
        }
        ArrayNode results = run.putArray("results");
        for (LocationFinding f : report.failures(outcome.reviewRequired())) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.state().jsonName());
            r.put("ruleIndex", rules.indexOf(f.state()));
            r.put("level", "error");
            r.putObject("message").put("text", message(f));
            path(f).ifPresent(p -> location(r, p, f.codeLines()));
            ObjectNode properties = r.putObject("properties");
            properties.put("hazardNumber", f.hazard().number());
            properties.put("hazardName", f.hazard().name());
            properties.put("location", f.location().reference());
        }
        end(run, report.gitCommit());
        print(log, out);
    }

    static void writeUnlinked(SourceTree tree, List<String> globs, List<String> files, PrintWriter out) {
        ObjectNode log = JSON.createObjectNode();
        ObjectNode run = start(log, tree.root().toString());
        rule(run.with("tool").with("driver").putArray("rules").addObject(), UNLINKED_RULE,
                "Clinically relevant code linked to no hazard",
                "A file matching the log's clinical patterns (" + String.join(", ", globs) + ") that no hazard's "
                        + "code location covers: code that may carry clinical risk nobody has assessed.");
        ArrayNode results = run.putArray("results");
        for (String file : files) {
            ObjectNode r = results.addObject();
            r.put("ruleId", UNLINKED_RULE);
            r.put("ruleIndex", 0);
            r.put("level", "error");
            r.putObject("message").put("text", file + " is clinically relevant code that no hazard links to.");
            location(r, file, Optional.empty());
        }
        end(run, tree.commit().orElse(null));
        print(log, out);
    }

    private static ObjectNode start(ObjectNode log, String root) {
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "HazardLog");
        driver.put("version", AppVersion.current());
        String uri = java.nio.file.Path.of(root).toUri().toString();
        run.putObject("originalUriBaseIds").putObject(ROOT_BASE).put("uri", uri.endsWith("/") ? uri : uri + "/");
        return run;
    }

    private static void end(ObjectNode run, String commit) {
        run.putArray("invocations").addObject().put("executionSuccessful", true);
        if (commit != null) {
            run.putObject("properties").put("gitCommit", commit);
        }
    }

    private static void rule(ObjectNode rule, String id, String name, String description) {
        rule.put("id", id);
        rule.put("name", pascal(id));
        rule.putObject("shortDescription").put("text", name);
        rule.putObject("fullDescription").put("text", description);
        rule.putObject("defaultConfiguration").put("level", "error");
    }

    /** The states a result can be in: those that fail the check, at least with reviews required. */
    private static List<LocationState> ruleStates() {
        List<LocationState> states = new ArrayList<>();
        for (LocationState s : LocationState.values()) {
            if (s.failsCheck(true)) {
                states.add(s);
            }
        }
        return states;
    }

    private static String description(LocationState s) {
        return switch (s) {
            case CHANGED -> "The code a hazard links to changed since the Clinical Safety Officer reviewed it.";
            case MISSING -> "The file a hazard links to is not in the repository.";
            case BEYOND_END -> "The lines a hazard links to are past the end of the file.";
            case NEVER_REVIEWED -> "Nobody has recorded a review of the code a hazard links to.";
            case OUTSIDE_REPOSITORY -> "The path leads out of the repository through a symbolic link; it was not read.";
            case TOO_LARGE -> "The file is too large to be read; it was not compared with its review.";
            case BINARY -> "A line range in a binary file, which has no lines to review.";
            case INVALID_LOCATION -> "The code location cannot name code (a folder with lines, a bad line number, "
                    + "or text that is no path).";
            case REMOVED_CHANGED -> "A reviewed location was removed from its hazard while its code changed; only the "
                    + "CSO's new review accepts the removal.";
            default -> s.label();
        };
    }

    /** One finding in words, for an annotation: hazard, location, state, why and when reviewed. */
    static String message(LocationFinding f) {
        StringBuilder m = new StringBuilder("Hazard ").append(f.hazard().number()).append(" (").append(f.hazard().name())
                .append("), ").append(f.location().reference()).append(": ").append(f.state().label()).append('.');
        if (!f.detail().isEmpty()) {
            m.append(' ').append(f.detail());
        }
        if (f.review() != null) {
            m.append(' ').append(f.review().describe()).append('.');
        }
        return m.toString();
    }

    /** The file to show the result at: the finding's file, else the location's path when it is one. */
    static Optional<String> path(LocationFinding f) {
        // An invalid location names no file one could open: "app/main.py:12-13" is not a path.
        if (f.state() == LocationState.INVALID_LOCATION) {
            return Optional.empty();
        }
        if (f.file() != null) {
            return Optional.of(f.file());
        }
        String p = f.location().path();
        boolean usable = !p.startsWith("/") && !p.contains("..") && p.chars().noneMatch(Character::isISOControl)
                && !p.contains("://") && !Glob.looksLikeGlob(p);
        return usable ? Optional.of(p) : Optional.empty();
    }

    private static void location(ObjectNode result, String file, Optional<LineRange> lines) {
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(file));
        artifact.put("uriBaseId", ROOT_BASE);
        lines.ifPresent(r -> {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", r.first());
            region.put("endLine", r.last());
        });
    }

    /** A relative path as a URI reference: spaces and other characters a URI cannot hold are escaped. */
    static String uri(String path) {
        try {
            String u = new java.net.URI(null, null, path, null).toASCIIString();
            // A colon in the first segment would read as a scheme (run:12 as the scheme "run").
            int colon = u.indexOf(':');
            return colon >= 0 && (u.indexOf('/') < 0 || colon < u.indexOf('/')) ? "./" + u : u;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a path without a scheme always makes a URI reference", e);
        }
    }

    private static String pascal(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static void print(ObjectNode root, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
