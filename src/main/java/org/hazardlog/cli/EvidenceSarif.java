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
import org.hazardlog.domain.evidence.Verification;

/**
 * The evidence check as SARIF 2.1.0: one result per control that fails the gate. Tests are not
 * code locations, so results carry the hazard, control and patterns as properties, not a file.
 */
final class EvidenceSarif {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<Verification> RULES = List.of(Verification.FAILING, Verification.MISSING,
            Verification.SKIPPED, Verification.NONE);

    private EvidenceSarif() {
    }

    static void write(Optional<EvidenceRun> latest, EvidenceCheck check, PrintWriter out) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", CodeCheckSarif.SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "HazardLog");
        driver.put("version", AppVersion.current());
        ArrayNode rules = driver.putArray("rules");
        for (Verification v : RULES) {
            ObjectNode r = rules.addObject();
            r.put("id", "evidence-" + v.word());
            r.put("name", "Evidence" + v.label().replace(" ", ""));
            r.putObject("shortDescription").put("text", "Control evidence " + v.word());
            r.putObject("fullDescription").put("text", description(v));
            r.putObject("defaultConfiguration").put("level", "error");
        }
        ArrayNode results = run.putArray("results");
        for (EvidenceCheck.Finding f : check.failures()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", "evidence-" + f.verification().word());
            r.put("ruleIndex", RULES.indexOf(f.verification()));
            r.put("level", "error");
            r.putObject("message").put("text", "Hazard " + f.hazard().number() + " (" + f.hazard().name()
                    + "): the residual risk relies on the control \"" + f.control().text() + "\", whose evidence is "
                    + f.verification().word() + detail(f) + ".");
            ObjectNode p = r.putObject("properties");
            p.put("hazardNumber", f.hazard().number());
            p.put("control", f.control().text());
            ArrayNode patterns = p.putArray("tests");
            f.control().tests().forEach(t -> patterns.add(t.pattern()));
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        latest.ifPresent(l -> {
            ObjectNode props = run.putObject("properties");
            props.put("evidenceRun", l.number());
            if (l.commit() != null) {
                props.put("gitCommit", l.commit());
            }
        });
        try {
            out.println(JSON.writeValueAsString(log));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF", e);
        }
    }

    private static String detail(EvidenceCheck.Finding f) {
        List<String> parts = f.results().stream().filter(r -> !r.outcome().word().equals("passed"))
                .map(r -> r.pattern() + " " + EvidenceText.result(r)).toList();
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static String description(Verification v) {
        return switch (v) {
            case FAILING -> "A test linked to a control the residual risk relies on failed in the latest evidence run.";
            case MISSING -> "A test linked to a control the residual risk relies on is not in the latest evidence run.";
            case SKIPPED -> "Tests linked to a control the residual risk relies on were skipped in the latest run.";
            case NONE -> "A control the residual risk relies on has no evidence from the latest run.";
            default -> v.label();
        };
    }
}
