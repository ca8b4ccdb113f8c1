package org.hazardlog.transfer.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import org.hazardlog.transfer.Findings;
import org.hazardlog.transfer.ProblemKind;

/**
 * Typed access to the fields of one JSON object, recording a problem that names the field's path
 * ({@code hazards[3].initial.likelihood}) whenever a value has the wrong type, and remembering
 * fields this version does not know.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final Findings findings;
    private final Set<String> known = new TreeSet<>();

    JsonFields(JsonNode node, String path, Findings findings) {
        this.node = node;
        this.path = path;
        this.findings = findings;
    }

    /** The same object, recording its problems in {@code other}. */
    JsonFields reportingTo(Findings other) {
        return new JsonFields(node, path, other);
    }

    /** Where this object is in the file: {@code hazards[3]}. */
    String where() {
        return path;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private JsonNode get(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    boolean has(String field) {
        known.add(field);
        return get(field) != null;
    }

    /** A text field; missing or null is empty. */
    String text(String field) {
        JsonNode v = get(field);
        if (v == null) {
            return "";
        }
        if (!v.isTextual()) {
            wrongType(field, "a text", v);
            return "";
        }
        return v.textValue();
    }

    /** A text field that may be null. */
    String nullableText(String field) {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            wrongType(field, "a text or null", v);
            return null;
        }
        return v.textValue();
    }

    Integer integer(String field) {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            wrongType(field, "a whole number or null", v);
            return null;
        }
        return v.intValue();
    }

    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = get(field);
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            wrongType(field, "a list of texts", v);
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).isTextual()) {
                out.add(v.get(i).textValue());
            } else {
                wrongType(field + "[" + i + "]", "a text", v.get(i));
            }
        }
        return out;
    }

    List<JsonFields> objects(String field) {
        List<JsonFields> out = new ArrayList<>();
        JsonNode v = get(field);
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            wrongType(field, "a list", v);
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).isObject()) {
                out.add(new JsonFields(v.get(i), path(field) + "[" + i + "]", findings));
            } else {
                wrongType(field + "[" + i + "]", "an object", v.get(i));
            }
        }
        return out;
    }

    JsonFields object(String field) {
        JsonNode v = get(field);
        if (v != null && !v.isObject()) {
            wrongType(field, "an object", v);
            v = null;
        }
        return new JsonFields(v == null ? MissingNode.getInstance() : v, path(field), findings);
    }

    List<Integer> integers(String field) {
        List<Integer> out = new ArrayList<>();
        JsonNode v = get(field);
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            wrongType(field, "a list of whole numbers", v);
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).isIntegralNumber() && v.get(i).canConvertToInt()) {
                out.add(v.get(i).intValue());
            } else {
                wrongType(field + "[" + i + "]", "a whole number", v.get(i));
            }
        }
        return out;
    }

    /** An enum constant by its exact name, such as {@code "OPEN"}; missing gives {@code missing}. */
    <E extends Enum<E>> E constant(String field, Class<E> type, E missing) {
        String value = nullableText(field);
        if (value == null) {
            if (missing == null) {
                findings.problem(ProblemKind.MALFORMED, path(field) + " is missing; it must be one of " + names(type));
            }
            return missing;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        findings.problem(ProblemKind.MALFORMED, path(field) + " is \"" + value + "\"; it must be one of " + names(type));
        return missing;
    }

    /** The fields present that no accessor asked for. */
    List<String> unknownFields() {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                unknown.add(path(f));
            }
        }
        return unknown;
    }

    private void wrongType(String field, String expected, JsonNode actual) {
        String shown = actual.isTextual() ? "\"" + actual.textValue() + "\"" : actual.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        findings.problem(ProblemKind.MALFORMED, path(field) + " must be " + expected + ", not " + shown);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return String.join(", ", names).toUpperCase(Locale.ROOT);
    }
}
