package org.hazardlog.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ScaleLevel;

/**
 * Reads and writes a risk scheme as JSON, the form of the files in {@code templates/risk-schemes/}
 * that an organisation edits to state its own Clinical Risk Management Plan's criteria.
 */
public final class RiskSchemeFile {

    /** The DCB0129 IG v3.2 example, shipped inside the application. */
    public static final String DEFAULT_RESOURCE = "/templates/risk-schemes/dcb0129-ig-v3.2.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RiskSchemeFile() {
    }

    public static RiskScheme defaultScheme() {
        try (InputStream in = RiskSchemeFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default risk scheme " + DEFAULT_RESOURCE + " is missing from the application");
            }
            return fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RiskScheme read(Path file) throws IOException {
        try {
            return fromJson(Files.readString(file));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(file + ": " + e.getMessage());
        }
    }

    public static RiskScheme fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("the risk scheme is not valid JSON: " + e.getOriginalMessage());
        }
        return fromTree(root);
    }

    public static RiskScheme fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidValueException("the risk scheme must be a JSON object");
        }
        List<ScaleLevel> likelihoods = scale(root, "likelihood");
        List<ScaleLevel> severities = scale(root, "severity");
        List<RiskLevel> levels = new ArrayList<>();
        for (JsonNode n : array(root, "riskLevels")) {
            levels.add(new RiskLevel(n.path("number").asInt(), text(n, "name"), text(n, "acceptability")));
        }
        ArrayNode rows = array(root, "matrix");
        int[][] matrix = new int[rows.size()][];
        for (int l = 0; l < rows.size(); l++) {
            JsonNode row = rows.get(l);
            if (!row.isArray()) {
                throw new InvalidValueException("risk scheme matrix row " + (l + 1) + " is not a list of levels");
            }
            matrix[l] = new int[row.size()];
            for (int s = 0; s < row.size(); s++) {
                if (!row.get(s).canConvertToInt()) {
                    throw new InvalidValueException("risk scheme matrix cell " + (l + 1) + "," + (s + 1) + " is not a number");
                }
                matrix[l][s] = row.get(s).asInt();
            }
        }
        return new RiskScheme(text(root, "name"), root.path("source").asText(""), likelihoods, severities, levels, matrix);
    }

    private static List<ScaleLevel> scale(JsonNode root, String field) {
        List<ScaleLevel> levels = new ArrayList<>();
        for (JsonNode n : array(root, field)) {
            levels.add(new ScaleLevel(n.path("number").asInt(), text(n, "name"), n.path("definition").asText("")));
        }
        return levels;
    }

    private static ArrayNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new InvalidValueException("risk scheme has no \"" + field + "\" list");
        }
        return (ArrayNode) value;
    }

    private static String text(JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new InvalidValueException("risk scheme entry has no \"" + field + "\": " + node);
        }
        return value;
    }

    public static ObjectNode toTree(RiskScheme scheme) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", scheme.name());
        root.put("source", scheme.source());
        writeScale(root.putArray("likelihood"), scheme.likelihoods());
        writeScale(root.putArray("severity"), scheme.severities());
        ArrayNode levels = root.putArray("riskLevels");
        for (RiskLevel r : scheme.riskLevels()) {
            levels.addObject().put("number", r.number()).put("name", r.name()).put("acceptability", r.acceptability());
        }
        ArrayNode matrix = root.putArray("matrix");
        for (int[] row : scheme.matrix()) {
            ArrayNode r = matrix.addArray();
            for (int cell : row) {
                r.add(cell);
            }
        }
        return root;
    }

    public static String toJson(RiskScheme scheme) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(scheme));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeScale(ArrayNode out, List<ScaleLevel> scale) {
        for (ScaleLevel s : scale) {
            out.addObject().put("number", s.number()).put("name", s.name()).put("definition", s.definition());
        }
    }
}
