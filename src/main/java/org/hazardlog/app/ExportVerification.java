package org.hazardlog.app;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.ChainHead;
import org.hazardlog.domain.version.Signature;
import org.hazardlog.transfer.json.HazardLogJson;

/**
 * Checks the JSON export of an issued version on its own, without the log: recomputes the content
 * hash from the approval, risk scheme and hazards the file holds, exactly as it was computed when
 * the CSO signed, and compares it with the hash the file states. Anything that cannot be read or
 * recomputed is a failure with its reason, never a pass.
 *
 * <p>The hash has no secret: it shows the file is the one that was signed only when compared with a
 * hash kept elsewhere (the signed safety case, {@code hazardlog versions}, a release note).
 */
public final class ExportVerification {

    /** The outcome: {@code matches} and what was found (or why it does not match). */
    public record Result(boolean matches, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportVerification() {
    }

    public static Result verify(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return fail("the file is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !HazardLogJson.FORMAT.equals(root.path("format").asText(null))) {
            return fail("the file is not a HazardLog JSON export (it has no \"format\": \"hazardlog\")");
        }
        JsonNode a = root.get(IssuedJson.APPROVAL);
        if (a == null || !a.isObject()) {
            return fail("the file is not the export of an issued version: it has no approval"
                    + (root.path(IssuedJson.DOCUMENT_STATUS).asText("").startsWith("DRAFT")
                    ? " (it is a DRAFT export of the log as it was, which no one signed)" : ""));
        }
        try {
            int number = integer(a, "version");
            String summary = text(a, "summary");
            Role role = Role.valueOf(text(a, "role"));
            Instant time = Instant.parse(text(a, "signedAt"));
            String timeText = text(a, "signedAt");
            Signature s = new Signature(text(a, "signedBy"), role, time, text(a, "meaning"));
            String stated = text(a.path("contentHash"), "value");
            JsonNode anchorNode = a.path("auditAnchor");
            ChainHead anchor = new ChainHead(integer(anchorNode, "sequence"), text(anchorNode, "hash"));
            JsonNode scheme = root.get("riskScheme");
            if (scheme == null || !scheme.isObject()) {
                return fail("the file has no \"riskScheme\"");
            }
            Map<Integer, String> hazards = hazards(root.get("hazards"));
            if (!time.toString().equals(timeText)) {
                return fail("\"signedAt\" is not written as HazardLog writes it (" + timeText + ")");
            }
            for (String schemeJson : schemeTexts(scheme)) {
                String recomputed = Snapshots.contentHash(number, summary, s, schemeJson, hazards, anchor);
                if (recomputed.equals(stated)) {
                    return new Result(true, "The content hash matches: version " + number + " (\"" + summary + "\"), "
                            + hazards.size() + (hazards.size() == 1 ? " hazard" : " hazards") + ", " + s
                            + "; content SHA-256 " + stated + ". Compare this hash with the one in the signed "
                            + "safety case or with \"hazardlog versions\" on the log.");
                }
            }
            return fail("the content hash does not match: the file states " + stated + " but its contents hash to "
                    + Snapshots.contentHash(number, summary, s, schemeTexts(scheme).iterator().next(), hazards, anchor)
                    + ". The file was changed after it was exported (a hazard, the risk scheme or the approval), "
                    + "so it is not the version that was signed");
        } catch (Invalid e) {
            return fail(e.getMessage());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return fail("the approval cannot be read: " + e.getMessage());
        }
    }

    private static Result fail(String reason) {
        return new Result(false, reason);
    }

    /** Each hazard exactly as its snapshot was written (compact JSON), keyed and ordered by number. */
    private static Map<Integer, String> hazards(JsonNode list) {
        if (list == null || !list.isArray()) {
            throw new Invalid("the file has no \"hazards\" list");
        }
        Map<Integer, String> byNumber = new TreeMap<>();
        for (JsonNode h : list) {
            JsonNode n = h.get("number");
            if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
                throw new Invalid("a hazard in the file has no number; an issued version's hazards all have one");
            }
            if (byNumber.put(n.intValue(), h.toString()) != null) {
                throw new Invalid("hazard " + n.intValue() + " is in the file twice");
            }
        }
        return new LinkedHashMap<>(byNumber);
    }

    /**
     * The risk scheme as it was stored: pretty-printed JSON, whose line ends are those of the computer
     * that issued the version. The same scheme with either line end is the same content.
     */
    private static Set<String> schemeTexts(JsonNode scheme) {
        String printed;
        try {
            printed = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scheme);
        } catch (JsonProcessingException e) {
            throw new Invalid("the risk scheme cannot be written out again: " + e.getOriginalMessage());
        }
        String lf = printed.replace("\r\n", "\n");
        Set<String> texts = new LinkedHashSet<>();
        texts.add(printed);
        texts.add(lf);
        texts.add(lf.replace("\n", "\r\n"));
        return texts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new Invalid("the approval has no \"" + field + "\"");
        }
        return v.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new Invalid("the approval has no whole-number \"" + field + "\"");
        }
        return v.intValue();
    }

    private static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }
}
