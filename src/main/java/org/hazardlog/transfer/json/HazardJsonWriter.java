package org.hazardlog.transfer.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;

/**
 * Writes hazards as HazardLog's JSON export: the format name and version, the risk scheme the
 * scores belong to, and every field of every hazard. Risk levels are written for readers of the
 * file; they are worked out from the scheme, and checked again when the file is read.
 */
public final class HazardJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RiskScheme scheme;
    private final ControlVerification evidence;

    public HazardJsonWriter(RiskScheme scheme) {
        this(scheme, null);
    }

    private HazardJsonWriter(RiskScheme scheme, ControlVerification evidence) {
        this.scheme = scheme;
        this.evidence = evidence;
    }

    /**
     * A writer that also states each control's {@code "verification"} and each hazard's
     * {@code "residualUnverified"}, derived from the recorded test evidence. Left out of issued
     * snapshots, which record what was signed, not what tests said later.
     */
    public HazardJsonWriter withEvidence(ControlVerification verification) {
        return new HazardJsonWriter(scheme, verification);
    }

    public String write(List<Hazard> hazards) {
        try {
            return JSON.writeValueAsString(toTree(hazards)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the hazards as JSON", e);
        }
    }

    /** The export of the log as it is, marked as a draft that no one has approved. */
    public String writeDraft(List<Hazard> hazards) {
        ObjectNode tree = toTree(hazards);
        ObjectNode root = JSON.createObjectNode();
        tree.fields().forEachRemaining(e -> {
            root.set(e.getKey(), e.getValue());
            if (e.getKey().equals("formatVersion")) {
                root.put(HazardLogJson.DOCUMENT_STATUS, HazardLogJson.DRAFT);
            }
        });
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the hazards as JSON", e);
        }
    }

    public void write(Path file, List<Hazard> hazards) throws IOException {
        Files.writeString(file, write(hazards), StandardCharsets.UTF_8);
    }

    public ObjectNode toTree(List<Hazard> hazards) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", HazardLogJson.FORMAT);
        root.put("formatVersion", HazardLogJson.FORMAT_VERSION);
        root.set("riskScheme", RiskSchemeFile.toTree(scheme));
        ArrayNode list = root.putArray("hazards");
        for (Hazard h : hazards) {
            list.add(hazard(h));
        }
        return root;
    }

    private ObjectNode hazard(Hazard h) {
        scheme.check(h.initial());
        scheme.check(h.residual());
        ObjectNode n = JSON.createObjectNode();
        if (h.number() == null) {
            n.putNull("number");
        } else {
            n.put("number", h.number());
        }
        n.put("name", h.name());
        n.put("description", h.description());
        strings(n.putArray("causes"), h.causes());
        n.put("effect", h.effect());
        n.put("hazard", h.hazard());
        strings(n.putArray("hazardTypes"), h.hazardTypes());
        n.put("harm", h.harm());
        n.put("existingControls", h.existingControls());
        n.put("assignment", h.assignment());
        n.put("labelling", h.labelling());
        n.put("project", h.project());
        ArrayNode labels = n.putArray("utilityLabels");
        for (UtilityLabel l : UtilityLabel.values()) {
            if (h.utilityLabels().contains(l)) {
                labels.add(l.number());
            }
        }
        n.set("initial", assessment(h.initial()));
        ObjectNode residual = assessment(h.residual());
        residual.put("assessment", h.residualAssessment());
        n.set("residual", residual);
        n.put("actionSummary", h.actionSummary());
        n.put("status", h.status().name());
        n.put("statusText", h.statusText());
        ArrayNode controls = n.putArray("controls");
        for (Control c : h.controls()) {
            ObjectNode control = controls.addObject()
                    .put("category", c.category().name())
                    .put("party", c.party().name())
                    .put("text", c.text())
                    .put("status", c.status().name())
                    .put("owner", c.owner())
                    .put("evidence", c.evidence());
            if (!c.tests().isEmpty()) {
                ArrayNode tests = control.putArray("tests");
                for (TestLink t : c.tests()) {
                    tests.addObject().put("pattern", t.pattern()).put("kind", t.kind().word());
                }
            }
            if (evidence != null) {
                control.put("verification", evidence.of(c).word());
            }
        }
        if (evidence != null) {
            n.put("residualUnverified", evidence.residualUnverified(h, scheme));
        }
        ArrayNode code = n.putArray("codeLocations");
        for (CodeLocation c : h.codeLocations()) {
            ObjectNode o = code.addObject();
            o.put("path", c.path());
            o.put("startLine", c.startLine());
            o.put("endLine", c.endLine());
            o.put("note", c.note());
        }
        return n;
    }

    private ObjectNode assessment(Assessment a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("likelihood", a.likelihood());
        n.put("severity", a.severity());
        Integer risk = scheme.riskLevel(a).map(r -> r.number()).orElse(null);
        n.put("riskLevel", risk);
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
