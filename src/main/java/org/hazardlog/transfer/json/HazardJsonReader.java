package org.hazardlog.transfer.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.Findings;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.TextDecoding;
import org.hazardlog.transfer.WarningKind;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * Reads HazardLog's JSON export. The file must say it is one ({@code "format": "hazardlog"}) in a
 * version this HazardLog knows, and must have been scored with the log's risk scheme; every stated
 * risk level must be the one the scheme gives. Anything else is a problem naming the field, and the
 * file gives no hazards.
 */
public final class HazardJsonReader {

    /**
     * Strict: a key given twice or anything after the top-level value is refused, since either
     * would mean part of the file is silently ignored (which of two values a lenient parser keeps is
     * not something a safety record should depend on).
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final RiskScheme logScheme;
    private final HazardTypeTaxonomy taxonomy;

    public HazardJsonReader(RiskScheme logScheme, HazardTypeTaxonomy taxonomy) {
        this.logScheme = logScheme;
        this.taxonomy = taxonomy;
    }

    /**
     * The risk scheme a JSON export was scored with, for a caller that wants to create a log with
     * it before importing. Throws {@link InvalidValueException} if the file has no usable scheme.
     */
    public static RiskScheme schemeOf(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.has("riskScheme")) {
                throw new InvalidValueException("the file has no \"riskScheme\"");
            }
            return RiskSchemeFile.fromTree(root.get("riskScheme"));
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("the file is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public FileReading read(Path file) {
        try {
            return read(file, Files.readAllBytes(file));
        } catch (IOException e) {
            return FileReading.rejected(file, ProblemKind.UNREADABLE, "cannot be read: " + e.getMessage());
        }
    }

    public FileReading read(Path source, byte[] bytes) {
        Findings findings = new Findings(source);
        Optional<String> text = TextDecoding.decode(bytes, findings);
        if (text.isEmpty()) {
            return FileReading.rejected(source, findings.problems());
        }
        return read(source, text.get());
    }

    public FileReading read(Path source, String json) {
        try {
            return readChecked(source, json);
        } catch (RuntimeException | StackOverflowError e) {
            return FileReading.failed(source, e);
        }
    }

    private FileReading readChecked(Path source, String json) {
        Findings findings = new Findings(source);
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return FileReading.rejected(source, ProblemKind.MALFORMED, "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return FileReading.rejected(source, ProblemKind.MALFORMED, "is not a HazardLog export: the JSON is not an object");
        }
        JsonFields top = new JsonFields(root, "", findings);
        String format = top.nullableText("format");
        if (!HazardLogJson.FORMAT.equals(format)) {
            return FileReading.rejected(source, ProblemKind.UNSUPPORTED, format == null
                    ? "is not a HazardLog export: it has no \"format\": \"hazardlog\""
                    : "is not a HazardLog export: its \"format\" is \"" + format + "\", not \"hazardlog\"");
        }
        Integer version = top.integer("formatVersion");
        if (findings.hasProblems() || version == null || version < 1) {
            return FileReading.rejected(source, ProblemKind.MALFORMED,
                    "has no valid \"formatVersion\" (a whole number from 1); this HazardLog reads version " + HazardLogJson.FORMAT_VERSION);
        }
        if (version > HazardLogJson.FORMAT_VERSION) {
            return FileReading.rejected(source, ProblemKind.NEWER_FORMAT, "was written by a newer HazardLog (format version "
                    + version + "); this HazardLog reads format version " + HazardLogJson.FORMAT_VERSION
                    + " and older. Update HazardLog to import it");
        }
        top.has("riskScheme");
        // What the file says about itself is for people and verify-export: the hazards read the same.
        top.has(HazardLogJson.DOCUMENT_STATUS);
        top.has(HazardLogJson.APPROVAL);
        RiskScheme fileScheme = scheme(root, findings);
        if (fileScheme == null) {
            return FileReading.rejected(source, findings.problems());
        }
        if (!root.has("hazards") || !root.get("hazards").isArray()) {
            return FileReading.rejected(source, ProblemKind.MALFORMED, "has no \"hazards\" list");
        }
        List<ParsedHazard> hazards = new ArrayList<>();
        for (JsonFields h : top.objects("hazards")) {
            Findings own = new Findings(source);
            Hazard hazard = hazard(h.reportingTo(own), fileScheme, own);
            own.problems().forEach(p -> findings.problem(p.kind(), p.message()));
            if (hazard != null && !own.hasProblems()) {
                hazards.add(new ParsedHazard(hazard, source, own.warnings()));
            }
        }
        List<String> unknown = top.unknownFields();
        if (findings.hasProblems()) {
            return FileReading.rejected(source, findings.problems());
        }
        List<ImportWarning> fileWarnings = new ArrayList<>();
        if (!unknown.isEmpty()) {
            fileWarnings.add(new ImportWarning(source, WarningKind.UNKNOWN_FIELD,
                    "fields this HazardLog does not know were ignored: " + String.join(", ", unknown)));
        }
        return FileReading.of(source, hazards, fileWarnings);
    }

    private RiskScheme scheme(JsonNode root, Findings findings) {
        JsonNode node = root.get("riskScheme");
        if (node == null || node.isNull()) {
            findings.problem(ProblemKind.MALFORMED, "has no \"riskScheme\": an export must say which risk scheme its scores use");
            return null;
        }
        RiskScheme fileScheme;
        try {
            fileScheme = RiskSchemeFile.fromTree(node);
        } catch (InvalidValueException e) {
            findings.problem(ProblemKind.MALFORMED, "riskScheme: " + e.getMessage());
            return null;
        }
        if (!fileScheme.equals(logScheme)) {
            findings.problem(ProblemKind.SCHEME_MISMATCH, "was scored with the risk scheme \"" + fileScheme.name() + "\""
                    + (fileScheme.name().equals(logScheme.name()) ? " (with different levels or table)" : "")
                    + ", but this hazard log uses \"" + logScheme.name()
                    + "\"; its scores would mean something else here");
            return null;
        }
        return fileScheme;
    }

    private Hazard hazard(JsonFields h, RiskScheme scheme, Findings findings) {
        Integer number = h.integer("number");
        String label = h.where() + (number == null ? "" : " (hazard " + number + ")");
        String name = h.text("name");
        if (name.isBlank()) {
            findings.problem(ProblemKind.NO_NAME, label + " has no name; every hazard needs a name");
        }
        Set<UtilityLabel> labels = EnumSet.noneOf(UtilityLabel.class);
        for (Integer n : h.integers("utilityLabels")) {
            Optional<UtilityLabel> l = UtilityLabel.ofNumber(n);
            if (l.isPresent()) {
                labels.add(l.get());
            } else {
                findings.problem(ProblemKind.UNKNOWN_UTILITY_LABEL, label + " utility label " + n
                        + " is not one of 1 (hazard logged), 2 (new hazard for triage), 3 (deprecated hazard)");
            }
        }
        JsonFields initialNode = h.object("initial");
        JsonFields residualNode = h.object("residual");
        Assessment initial = assessment(label + " initial", initialNode, scheme, findings);
        Assessment residual = assessment(label + " residual", residualNode, scheme, findings);
        String residualText = residualNode.text("assessment");
        HazardStatus status = h.constant("status", HazardStatus.class, null);
        List<Control> controls = new ArrayList<>();
        for (JsonFields c : h.objects("controls")) {
            ControlCategory category = c.constant("category", ControlCategory.class, null);
            ControlParty party = c.has("party") ? c.constant("party", ControlParty.class, null) : null;
            ControlStatus controlStatus = c.constant("status", ControlStatus.class, null);
            String text = c.text("text");
            String owner = c.text("owner");
            String evidence = c.text("evidence");
            List<TestLink> tests = tests(c, findings);
            c.has("verification"); // derived from recorded runs when exported; never read back as a claim
            warnUnknown(c, findings);
            if (category == null || controlStatus == null) {
                continue;
            }
            try {
                controls.add(new Control(null, category, party, text, controlStatus, owner, evidence, tests));
            } catch (InvalidValueException e) {
                findings.problem(kindOf(e), c.where() + ": " + e.getMessage());
            }
        }
        List<CodeLocation> locations = new ArrayList<>();
        for (JsonFields c : h.objects("codeLocations")) {
            String path = c.text("path");
            Integer start = c.integer("startLine");
            Integer end = c.integer("endLine");
            String note = c.nullableText("note");
            warnUnknown(c, findings);
            try {
                locations.add(new CodeLocation(path, start, end, note));
            } catch (InvalidValueException e) {
                findings.problem(kindOf(e), c.where() + ": " + e.getMessage());
            }
        }
        Hazard.Builder b = Hazard.builder()
                .number(number)
                .name(name)
                .description(h.text("description"))
                .causes(h.texts("causes"))
                .effect(h.text("effect"))
                .hazard(h.text("hazard"))
                .hazardTypes(h.texts("hazardTypes"))
                .harm(h.text("harm"))
                .existingControls(h.text("existingControls"))
                .assignment(h.text("assignment"))
                .labelling(h.text("labelling"))
                .project(h.text("project"))
                .utilityLabels(labels)
                .initial(initial)
                .residual(residual)
                .residualAssessment(residualText)
                .actionSummary(h.text("actionSummary"))
                .status(status)
                .statusText(h.text("statusText"))
                .controls(controls)
                .codeLocations(locations);
        warnUnknown(initialNode, findings);
        warnUnknown(residualNode, findings);
        h.has("residualUnverified"); // derived, like a control's verification
        warnUnknown(h, findings);
        if (findings.hasProblems()) {
            return null;
        }
        try {
            Hazard hazard = b.build();
            for (String t : hazard.hazardTypes()) {
                if (!taxonomy.contains(t)) {
                    findings.warn(WarningKind.UNKNOWN_HAZARD_TYPE, label + " hazard type \"" + t
                            + "\" is not in the hazard-type taxonomy; kept as written");
                }
            }
            return hazard;
        } catch (InvalidValueException e) {
            findings.problem(kindOf(e), label + ": " + e.getMessage());
            return null;
        }
    }

    private static Assessment assessment(String label, JsonFields node, RiskScheme scheme, Findings findings) {
        int before = findings.problems().size();
        Integer likelihood = node.integer("likelihood");
        Integer severity = node.integer("severity");
        Integer stated = node.integer("riskLevel");
        if (findings.problems().size() > before) {
            // A score of the wrong type: a risk-level complaint on top would only confuse.
            return Assessment.UNSCORED;
        }
        if (likelihood != null && (likelihood < 1 || likelihood > scheme.likelihoods().size())) {
            findings.problem(ProblemKind.SCORE_OUTSIDE_SCHEME, label + " likelihood " + likelihood
                    + " is not a level of the risk scheme \"" + scheme.name() + "\" (1 to " + scheme.likelihoods().size() + ")");
            return Assessment.UNSCORED;
        }
        if (severity != null && (severity < 1 || severity > scheme.severities().size())) {
            findings.problem(ProblemKind.SCORE_OUTSIDE_SCHEME, label + " severity " + severity
                    + " is not a level of the risk scheme \"" + scheme.name() + "\" (1 to " + scheme.severities().size() + ")");
            return Assessment.UNSCORED;
        }
        Assessment a = new Assessment(likelihood, severity);
        if (stated != null) {
            Optional<Integer> derived = scheme.riskLevel(a).map(r -> r.number());
            if (derived.isEmpty()) {
                findings.problem(ProblemKind.RISK_LEVEL_MISMATCH, label + " riskLevel is " + stated
                        + ", but the likelihood and severity are not both scored, so there is no risk level yet");
            } else if (!derived.get().equals(stated)) {
                findings.problem(ProblemKind.RISK_LEVEL_MISMATCH, label + " riskLevel is " + stated + ", but likelihood "
                        + likelihood + " and severity " + severity + " give risk level "
                        + scheme.riskLevel(likelihood, severity).label() + " in the risk scheme \"" + scheme.name() + "\"");
            }
        }
        return a;
    }

    /** A control's {@code "tests": [{"pattern": "...", "kind": "implementation" | "effectiveness"}]}. */
    private static List<TestLink> tests(JsonFields control, Findings findings) {
        List<TestLink> links = new ArrayList<>();
        for (JsonFields t : control.objects("tests")) {
            String pattern = t.text("pattern");
            String word = t.text("kind");
            warnUnknown(t, findings);
            Optional<TestKind> kind = TestKind.ofWord(word);
            if (kind.isEmpty()) {
                findings.problem(ProblemKind.MALFORMED, t.path("kind") + " is \"" + word
                        + "\"; it must be implementation or effectiveness");
                continue;
            }
            try {
                links.add(new TestLink(pattern, kind.get()));
            } catch (InvalidValueException e) {
                findings.problem(kindOf(e), t.where() + ": " + e.getMessage());
            }
        }
        return links;
    }

    private static void warnUnknown(JsonFields node, Findings findings) {
        List<String> unknown = node.unknownFields();
        if (!unknown.isEmpty()) {
            findings.warn(WarningKind.UNKNOWN_FIELD, "fields this HazardLog does not know were ignored: " + String.join(", ", unknown));
        }
    }

    private static ProblemKind kindOf(InvalidValueException e) {
        return e.getMessage().contains("the limit is") ? ProblemKind.TOO_LONG : ProblemKind.INVALID_VALUE;
    }
}
