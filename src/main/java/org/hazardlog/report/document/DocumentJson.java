package org.hazardlog.report.document;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A document as one JSON text, written the same way every time: what a safety case approval signs
 * (its SHA-256) and keeps, so that an approved report renders from exactly the content signed.
 * The running header and footer are not part of it: they say whether a rendering is approved.
 */
public final class DocumentJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "hazardlog-document-v1";

    private DocumentJson() {
    }

    /** {@code extra}: a number the caller keeps with the content, such as where the signature goes. */
    public static String write(SafetyDocument d, int extra) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("title", d.title());
        root.put("runningHeader", d.runningHeader());
        root.put("landscape", d.landscape());
        root.put("extra", extra);
        ArrayNode blocks = root.putArray("blocks");
        for (Block b : d.blocks()) {
            blocks.add(block(b));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document could not be written as JSON", e);
        }
    }

    /** A document and the number kept with it. */
    public record Read(SafetyDocument document, int extra) {
    }

    public static Read read(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("not a " + FORMAT + " document");
            }
            List<Block> blocks = new ArrayList<>();
            for (JsonNode b : root.get("blocks")) {
                blocks.add(block(b));
            }
            return new Read(new SafetyDocument(root.get("title").asText(), root.get("runningHeader").asText(),
                    root.get("landscape").asBoolean(), blocks), root.get("extra").asInt());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored document is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode block(Block b) {
        ObjectNode n = JSON.createObjectNode();
        if (b instanceof Heading h) {
            n.put("type", "heading").put("level", h.level()).put("text", h.text());
        } else if (b instanceof Paragraph p) {
            n.put("type", "paragraph").put("kind", p.kind().name()).set("spans", spans(p.spans()));
        } else if (b instanceof BulletList l) {
            n.put("type", "list").put("numbered", l.numbered());
            ArrayNode items = n.putArray("items");
            l.items().forEach(i -> items.add(spans(i)));
        } else if (b instanceof Table t) {
            n.put("type", "table").put("keyValue", t.keyValue());
            ArrayNode columns = n.putArray("columns");
            t.columns().forEach(c -> columns.addObject().put("title", c.title()).put("width", c.width()));
            ArrayNode rows = n.putArray("rows");
            for (List<Table.Cell> row : t.rows()) {
                ArrayNode r = rows.addArray();
                for (Table.Cell c : row) {
                    r.addObject().put("text", c.text()).put("fill", c.fill()).put("colour", c.colour())
                            .put("bold", c.bold()).put("centred", c.centred()).put("titled", c.titled());
                }
            }
        } else if (b instanceof PageBreak) {
            n.put("type", "pageBreak");
        } else if (b instanceof PageLayout l) {
            n.put("type", "pageLayout").put("landscape", l.landscape());
        } else if (b instanceof Contents) {
            n.put("type", "contents");
        }
        return n;
    }

    private static Block block(JsonNode n) {
        return switch (n.get("type").asText()) {
            case "heading" -> new Heading(n.get("level").asInt(), n.get("text").asText());
            case "paragraph" -> new Paragraph(spans(n.get("spans")), Paragraph.Kind.valueOf(n.get("kind").asText()));
            case "list" -> {
                List<List<Span>> items = new ArrayList<>();
                n.get("items").forEach(i -> items.add(spans(i)));
                yield new BulletList(items, n.get("numbered").asBoolean());
            }
            case "table" -> {
                List<Table.Column> columns = new ArrayList<>();
                n.get("columns").forEach(c -> columns.add(new Table.Column(c.get("title").asText(), (float) c.get("width").asDouble())));
                List<List<Table.Cell>> rows = new ArrayList<>();
                for (JsonNode r : n.get("rows")) {
                    List<Table.Cell> row = new ArrayList<>();
                    r.forEach(c -> row.add(new Table.Cell(c.get("text").asText(), text(c.get("fill")), text(c.get("colour")),
                            c.get("bold").asBoolean(), c.get("centred").asBoolean(), c.get("titled").asBoolean())));
                    rows.add(row);
                }
                yield new Table(columns, rows, n.get("keyValue").asBoolean());
            }
            case "pageBreak" -> new PageBreak();
            case "pageLayout" -> new PageLayout(n.get("landscape").asBoolean());
            case "contents" -> new Contents();
            default -> throw new IllegalArgumentException("unknown block " + n.get("type").asText());
        };
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static ArrayNode spans(List<Span> spans) {
        ArrayNode a = JSON.createArrayNode();
        spans.forEach(s -> a.addObject().put("text", s.text()).put("bold", s.bold()).put("italic", s.italic()));
        return a;
    }

    private static List<Span> spans(JsonNode a) {
        List<Span> spans = new ArrayList<>();
        a.forEach(s -> spans.add(new Span(s.get("text").asText(), s.get("bold").asBoolean(), s.get("italic").asBoolean())));
        return spans;
    }
}
