package org.hazardlog.app;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hazardlog.domain.version.Approval;
import org.hazardlog.domain.version.VersionSummary;
import org.hazardlog.store.VersionRepository.StoredVersion;
import org.hazardlog.transfer.json.HazardLogJson;

/**
 * The JSON export of an issued version: the ordinary JSON export (import reads it like any other)
 * made from the version's stored snapshot text rather than from the live tables, with the
 * approval beside it. Each hazard is written from exactly the text that was hashed when the CSO
 * signed, so {@link ExportVerification} can recompute the content hash from the file alone.
 */
final class IssuedJson {

    static final String DOCUMENT_STATUS = HazardLogJson.DOCUMENT_STATUS;
    static final String ISSUED = "ISSUED";
    static final String APPROVAL = HazardLogJson.APPROVAL;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IssuedJson() {
    }

    static String write(StoredVersion v, List<VersionSummary> allVersions) {
        Approval approval = new Approval(v.number(), v.summary(), v.signature(), v.contentHash(), v.anchor(), allVersions);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", HazardLogJson.FORMAT);
        root.put("formatVersion", HazardLogJson.FORMAT_VERSION);
        root.put(DOCUMENT_STATUS, ISSUED);
        root.set(APPROVAL, approval(approval));
        root.set("riskScheme", parse(v.schemeJson()));
        ArrayNode hazards = root.putArray("hazards");
        for (Map.Entry<Integer, String> e : v.hazardJson().entrySet()) {
            hazards.add(parse(e.getValue()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write version " + v.number() + " as JSON", e);
        }
    }

    private static ObjectNode approval(Approval a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("version", a.version());
        n.put("summary", a.summary());
        n.put("signedBy", a.signature().name());
        n.put("role", a.signature().role().name());
        n.put("roleTitle", a.roleTitle());
        n.put("signedAt", a.signature().time().toString());
        n.put("meaning", a.signature().meaning());
        ObjectNode hash = n.putObject("contentHash");
        hash.put("algorithm", "SHA-256");
        hash.put("value", a.contentHash());
        hash.put("howToVerify", Approval.HOW_TO_VERIFY);
        ObjectNode anchor = n.putObject("auditAnchor");
        anchor.put("sequence", a.anchor().sequence());
        anchor.put("hash", a.anchor().hash());
        ArrayNode history = n.putArray("revisionHistory");
        for (VersionSummary s : a.history()) {
            history.addObject().put("version", s.number()).put("signedAt", s.signature().time().toString())
                    .put("signedBy", s.signature().name()).put("role", s.signature().role().name())
                    .put("summary", s.summary()).put("hazards", s.hazardCount()).put("contentHash", s.contentHash());
        }
        return n;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // The snapshot was written by HazardLog and is covered by the version's hash: damage, not a user error.
            throw new IllegalStateException("a stored snapshot is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
