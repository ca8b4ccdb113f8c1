package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;

/**
 * A whole hazard log in one Markdown file, each hazard a section with a two-column field table:
 * {@code ### H-001 Wrong patient shown} then {@code | Field | Value |} rows, as teams keep a
 * HAZARD-LOG.md. The tables may be HTML instead of Markdown, as on NHS England's UK Core hazard
 * log pages. Everything outside the field tables is named in a warning, never silently dropped.
 */
final class FieldTableLog {

    /** Header rows that only name the columns. */
    private static final Set<String> COLUMN_NAMES = Set.of("field", "value", "property", "item", "details", "attribute",
            "", "hazard field", "entry");

    private FieldTableLog() {
    }

    /** The hazards, or an empty list when the text has no field table: then it is not this form. */
    static List<FieldEntry> read(Node document, List<String> outside) {
        List<FieldEntry> entries = new ArrayList<>();
        String heading = null;
        int headingLine = 0;
        FieldEntry current = null;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                heading = CommonMarkText.inline(h);
                headingLine = CommonMarkText.lineOf(h);
                current = null;
                continue;
            }
            List<List<String>> rows = rows(n);
            if (rows != null && isFieldTable(rows)) {
                if (current == null) {
                    current = new FieldEntry(heading, heading == null ? CommonMarkText.lineOf(n) : headingLine);
                    entries.add(current);
                }
                for (List<String> row : rows) {
                    if (row.size() >= 2 && !isColumnNames(row)) {
                        current.fields.add(row.get(0), List.of(row.get(1).split("\n", -1)), CommonMarkText.lineOf(n));
                    }
                }
                if (heading == null) {
                    current = null; // without headings, each table is one hazard
                }
            } else if (!(n instanceof ThematicBreak)) {
                String what = kind(n) + " at line " + CommonMarkText.lineOf(n);
                if (current != null) {
                    current.leftOut.add(what);
                } else {
                    outside.add(what);
                }
            }
        }
        return entries;
    }

    private static String kind(Node n) {
        String simple = n.getClass().getSimpleName();
        return switch (simple) {
            case "Paragraph" -> "a paragraph";
            case "BulletList", "OrderedList" -> "a list";
            case "TableBlock" -> "a table that is not a field table";
            case "FencedCodeBlock", "IndentedCodeBlock" -> "a code block";
            case "BlockQuote" -> "a quotation";
            default -> "text";
        };
    }

    /** The rows of a Markdown or HTML table, or null when the block is no table. */
    private static List<List<String>> rows(Node n) {
        if (n instanceof TableBlock) {
            List<List<String>> rows = new ArrayList<>();
            collectRows(n, rows);
            return rows;
        }
        if (n instanceof HtmlBlock h && h.getLiteral().toLowerCase(java.util.Locale.ROOT).contains("<table")) {
            return CommonMarkText.htmlRows(h.getLiteral());
        }
        return null;
    }

    private static void collectRows(Node n, List<List<String>> rows) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = c.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(CommonMarkText.inline(cell));
                    }
                }
                rows.add(cells);
            } else {
                collectRows(c, rows);
            }
        }
    }

    /** Two columns, and at least two rows whose first cell names a hazard field. */
    static boolean isFieldTable(List<List<String>> rows) {
        long known = rows.stream().filter(r -> r.size() == 2 && FieldLabels.isKnown(r.get(0))).count();
        long wide = rows.stream().filter(r -> r.size() > 2).count();
        return known >= 2 && wide == 0;
    }

    private static boolean isColumnNames(List<String> row) {
        return COLUMN_NAMES.contains(SectionKey.normalise(row.get(0))) && COLUMN_NAMES.contains(SectionKey.normalise(row.get(1)));
    }
}
