package org.hazardlog.transfer.testissue;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.testissue.NewTestIssue;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueDetails;
import org.hazardlog.domain.testissue.TestIssueStatus;

/**
 * Test issues as JSON: an array of objects, one per issue. Reading is strict and all or nothing:
 * every problem of every entry is collected and named with the entry's position and identifier,
 * and any problem refuses the whole file. Writing gives the same shape with who recorded and
 * resolved each issue and when, which reading accepts and leaves to the log to record afresh.
 */
public final class TestIssueJson {

    /** Strict, as the hazard reader: a key given twice or text after the array would be silently lost. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static final Set<String> FIELDS = Set.of("id", "title", "description", "hazards", "safetyImpact", "status",
            "resolution");
    /** Written by {@link #write}; on reading, the importing log records its own who and when instead. */
    static final Set<String> RECORD_FIELDS = Set.of("recordedBy", "recordedAt", "resolvedBy", "resolvedAt");

    /** The entries of a file, and whether it gave who/when fields the log does not take from a file. */
    public record Reading(List<NewTestIssue> entries, boolean hadRecordFields) {
    }

    private TestIssueJson() {
    }

    public static Reading read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidValueException("the file is not valid JSON" + where + ": " + plainReason(e.getOriginalMessage())
                    + "; nothing imported");
        }
        if (root == null || !root.isArray()) {
            throw new InvalidValueException("the file is not a list of test issues: it must be a JSON array "
                    + "[ {\"title\": ...}, ... ]; nothing imported");
        }
        List<String> problems = new ArrayList<>();
        List<NewTestIssue> entries = new ArrayList<>();
        boolean recordFields = false;
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String where = "entry " + (i + 1);
            if (!node.isObject()) {
                problems.add(where + ": is not an object {\"title\": ...}");
                continue;
            }
            JsonNode id = node.get("id");
            if (id != null && id.isTextual() && !id.asText().isBlank()) {
                where += " (" + id.asText().strip() + ")";
            }
            Entry e = new Entry(node, where, problems);
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (RECORD_FIELDS.contains(name)) {
                    recordFields = true;
                } else if (!FIELDS.contains(name)) {
                    problems.add(where + ": unknown field \"" + name + "\" (the fields are id, title, description, "
                            + "hazards, safetyImpact, status, resolution)");
                }
            }
            e.toNewIssue().ifPresent(entries::add);
        }
        if (root.isEmpty()) {
            problems.add("the list is empty");
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException("nothing imported: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + ":\n    " + String.join("\n    ", problems));
        }
        return new Reading(entries, recordFields);
    }

    /** One entry's fields, each problem recorded with where it is. */
    private record Entry(JsonNode node, String where, List<String> problems) {

        java.util.Optional<NewTestIssue> toNewIssue() {
            int before = problems.size();
            String id = text("id");
            String title = text("title");
            if (title == null || title.isBlank()) {
                problems.add(where + ": the title is missing");
            }
            String description = text("description");
            String impact = text("safetyImpact");
            List<Integer> hazards = hazards();
            String statusText = text("status");
            TestIssueStatus status = TestIssueStatus.OPEN;
            if (statusText != null) {
                try {
                    status = TestIssueStatus.parse(statusText);
                } catch (InvalidValueException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
            String resolution = text("resolution");
            boolean hasResolution = resolution != null && !resolution.isBlank();
            if (status == TestIssueStatus.RESOLVED && !hasResolution) {
                problems.add(where + ": it is resolved but has no resolution; say how it was resolved");
            } else if (status == TestIssueStatus.OPEN && hasResolution) {
                problems.add(where + ": it has a resolution but its status is open; give \"status\": \"resolved\" "
                        + "or leave the resolution out");
            }
            if (problems.size() > before) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(new NewTestIssue(id, new TestIssueDetails(title, description, hazards, impact),
                        status == TestIssueStatus.RESOLVED ? resolution : null));
            } catch (InvalidValueException e) {
                problems.add(where + ": " + e.getMessage());
                return java.util.Optional.empty();
            }
        }

        private String text(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                problems.add(where + ": \"" + field + "\" must be text");
                return null;
            }
            return v.asText();
        }

        private List<Integer> hazards() {
            JsonNode v = node.get("hazards");
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                problems.add(where + ": \"hazards\" must be a list of hazard numbers, such as [3, 7]");
                return List.of();
            }
            List<Integer> numbers = new ArrayList<>();
            for (JsonNode n : v) {
                if (!n.isInt() || n.asInt() < 1) {
                    problems.add(where + ": \"hazards\" holds " + n + ", which is not a hazard number (1, 2, 3 ...)");
                } else {
                    numbers.add(n.asInt());
                }
            }
            return numbers;
        }
    }

    /** The issues as a JSON array, in the shape {@link #read} reads, with who recorded and resolved each. */
    public static String write(List<TestIssue> issues) {
        ArrayNode array = JSON.createArrayNode();
        for (TestIssue t : issues) {
            ObjectNode o = array.addObject();
            o.put("id", t.id());
            o.put("title", t.title());
            o.put("description", t.details().description());
            ArrayNode hazards = o.putArray("hazards");
            t.details().hazards().forEach(hazards::add);
            o.put("safetyImpact", t.details().safetyImpact());
            o.put("status", t.status().name().toLowerCase(java.util.Locale.ROOT));
            t.resolved().ifPresent(r -> o.put("resolution", r.text()));
            o.put("recordedBy", t.recordedBy());
            o.put("recordedAt", DateTimeFormatter.ISO_INSTANT.format(t.recordedAt()));
            t.resolved().ifPresent(r -> {
                o.put("resolvedBy", r.by());
                o.put("resolvedAt", DateTimeFormatter.ISO_INSTANT.format(r.at()));
            });
        }
        try {
            return JSON.writeValueAsString(array) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("test issues could not be written as JSON", e);
        }
    }

    /** The parser's reason without its own account of the source and settings, which mean nothing to a reader. */
    static String plainReason(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("").strip();
        String plain = first.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*(at )?\\[Source:.*$", "")
                .replaceAll("\\s*\\(code \\d+\\)", "").strip();
        return plain.isEmpty() ? "the text is not well-formed" : plain;
    }
}
